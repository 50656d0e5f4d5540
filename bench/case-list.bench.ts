/**
 * Case list: the real endpoint against a bare node:http + pg baseline running the same SQL
 * (DESIGN.md §8, "API overhead": the real one should serve ≥ 50% of the baseline's requests/s).
 *
 *   npm run bench
 *   BENCH_DURATION=3 BENCH_CONNECTIONS=10 npm run bench
 *
 * Makes its own PostgreSQL database (dropped at the end, also on failure or Ctrl-C), seeds it,
 * runs each server in its own child process and autocannon in this one, warms both up, then
 * measures them in alternating order (baseline, real, real, baseline, …) and prints the means.
 * Missing the target is reported, not failed; the exit code is non-zero only when the bench
 * itself is broken (a setup error, a non-2xx answer or a connection error under load).
 *
 * Environment: BENCH_DATABASE_URL (else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
 * is the admin connection; BENCH_DURATION (s per measured run, 10), BENCH_WARMUP (s, 3),
 * BENCH_CONNECTIONS (10), BENCH_ROUNDS (measured runs per side, 2), BENCH_CASES (10000),
 * BENCH_POOL_SIZE (database connections of each server, 10), BENCH_PROF (a folder for a CPU profile
 * of the real server).
 */
import autocannon from 'autocannon';
import { testConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { prepareDatabase } from '../src/server/db/prepare.ts';
import { loadActor, sessionCookieName } from '../src/server/platform/sessions.ts';
import { createScratchDatabase } from './database.ts';
import { signIn, spawnServer as spawnHarnessServer } from './harness.ts';
import { captureListStatements } from './list-sql.ts';
import { seedCases } from './seed.ts';
import type { ServerSpec } from './server-process.ts';

const settings = {
  cases: envInt('BENCH_CASES', 10_000),
  duration: envInt('BENCH_DURATION', 10),
  warmup: envInt('BENCH_WARMUP', 3),
  connections: envInt('BENCH_CONNECTIONS', 10),
  rounds: envInt('BENCH_ROUNDS', 2),
  poolSize: envInt('BENCH_POOL_SIZE', 10),
};
const listPath = '/api/cases?page=1&pageSize=25';
const target = 0.5;

type Side = 'baseline' | 'real';
interface Run {
  side: Side;
  phase: 'warm-up' | 'measured';
  round: number;
  result: autocannon.Result;
}

/** Undone in reverse order at the end, whatever happens. */
const cleanups: (() => Promise<void>)[] = [];

async function main(): Promise<number> {
  const config = testConfig();
  log(`Creating database and ${settings.cases.toLocaleString('en')} cases…`);
  const scratch = await createScratchDatabase();
  cleanups.push(() => scratch.drop());
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 4 });
  const closeDatabase = once(() => database.close());
  cleanups.push(closeDatabase);
  await prepareDatabase(database);
  const seeded = await seedCases(database.db, settings.cases);

  const real = await spawnServer({ kind: 'real', databaseUrl: scratch.url, poolSize: settings.poolSize });
  const token = await signIn(real.url, seeded.coordinator);
  const cookie = `${sessionCookieName(config)}=${token}`;

  // The same actor the endpoint will see behind this cookie, and the SQL it runs for it.
  const actor = await loadActor(database.db, token, config);
  await closeDatabase();
  if (!actor) throw new Error('The session from sign-in does not load.');
  const query = Object.fromEntries(new URL(listPath, real.url).searchParams);
  const statements = await captureListStatements(scratch.url, actor, query);
  const bare = await spawnServer({ kind: 'bare', databaseUrl: scratch.url, poolSize: settings.poolSize, statements });

  await checkSameAnswer(`${bare.url}${listPath}`, `${real.url}${listPath}`, cookie);
  log(`Baseline SQL (captured from listCases through Drizzle's logger):\n  ${statements.map((s) => s.text).join('\n  ')}`);
  log(
    `Coordinator for 'stockholm' sees ${seeded.visibleToCoordinator.toLocaleString('en')} cases. ` +
      `Load: GET ${listPath}, ${settings.connections} connections, pool ${settings.poolSize}; ` +
      `warm-up ${settings.warmup} s, then ${settings.rounds} × ${settings.duration} s per side.`,
  );

  const urls: Record<Side, { url: string; headers: Record<string, string> }> = {
    baseline: { url: `${bare.url}${listPath}`, headers: {} },
    real: { url: `${real.url}${listPath}`, headers: { cookie } },
  };
  const runs: Run[] = [];
  const measure = async (side: Side, phase: Run['phase'], round: number, duration: number) => {
    log(`  ${phase} ${side}${phase === 'measured' ? ` #${round}` : ''}…`);
    const result = await autocannon({ ...urls[side], connections: settings.connections, duration });
    runs.push({ side, phase, round, result });
  };
  if (settings.warmup > 0) {
    await measure('baseline', 'warm-up', 0, settings.warmup);
    await measure('real', 'warm-up', 0, settings.warmup);
  }
  // ABBA order: each side goes first as often as second, so drift (heat, the growing audit table, …) evens out.
  for (let round = 1; round <= settings.rounds; round += 1) {
    const order: Side[] = round % 2 === 1 ? ['baseline', 'real'] : ['real', 'baseline'];
    for (const side of order) await measure(side, 'measured', round, settings.duration);
  }

  return report(runs);
}

function report(runs: Run[]): number {
  const measured = runs.filter((r) => r.phase === 'measured');
  const rows = measured.map((r) => [
    `#${r.round} ${r.side}`,
    r.result.requests.average.toFixed(0),
    r.result.latency.p50.toFixed(1),
    r.result.latency.p99.toFixed(1),
    String(r.result.non2xx),
    String(r.result.errors),
  ]);
  const mean = (side: Side, pick: (r: autocannon.Result) => number) => {
    const values = measured.filter((r) => r.side === side).map((r) => pick(r.result));
    return values.reduce((a, b) => a + b, 0) / values.length;
  };
  for (const side of ['baseline', 'real'] as const) {
    rows.push([
      `mean ${side}`,
      mean(side, (r) => r.requests.average).toFixed(0),
      mean(side, (r) => r.latency.p50).toFixed(1),
      mean(side, (r) => r.latency.p99).toFixed(1),
      '',
      '',
    ]);
  }
  printTable(['run', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'], rows);

  const ratio = mean('real', (r) => r.requests.average) / mean('baseline', (r) => r.requests.average);
  const broken = runs.filter((r) => r.result.non2xx > 0 || r.result.errors > 0 || r.result.timeouts > 0);
  const verdict =
    broken.length > 0
      ? 'Not judged against the target: some requests failed (below), so the figures mean nothing.'
      : `${ratio >= target ? 'Meets' : 'Does NOT meet'} the target of ≥ ${target * 100}% (DESIGN.md §8).`;
  const perRound = [...new Set(measured.map((r) => r.round))].map((round) => {
    const rate = (side: Side) => measured.find((r) => r.round === round && r.side === side)!.result.requests.average;
    return `${((rate('real') / rate('baseline')) * 100).toFixed(0)}%`;
  });
  log(`\nreal/baseline requests/s: ${(ratio * 100).toFixed(1)}% (per round: ${perRound.join(', ')})`);
  log(verdict);
  for (const r of broken) {
    log(
      `BROKEN: ${r.phase} ${r.side}${r.phase === 'measured' ? ` #${r.round}` : ''}: ${r.result.non2xx} non-2xx ` +
        `(4xx ${r.result['4xx']}, 5xx ${r.result['5xx']}), ${r.result.errors} errors, ${r.result.timeouts} timeouts`,
    );
  }
  return broken.length > 0 ? 1 : 0;
}

/** Both servers must give the same page of cases, or the comparison means nothing. */
async function checkSameAnswer(baselineUrl: string, realUrl: string, cookie: string): Promise<void> {
  type Page = { items: { id: string }[] };
  const get = async (url: string, headers: Record<string, string>): Promise<Page> => {
    const response = await fetch(url, { headers });
    if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Page;
  };
  const [baseline, real] = await Promise.all([get(baselineUrl, {}), get(realUrl, { cookie })]);
  const ids = (page: Page) => page.items.map((i) => i.id).join(',');
  if (ids(baseline) !== ids(real) || real.items.length === 0) {
    throw new Error(`Baseline and real answers differ: items ${baseline.items.length} / ${real.items.length}`);
  }
}

/** Starts a server in a child process; BENCH_PROF=<folder> writes a CPU profile of the real server there. */
function spawnServer(spec: ServerSpec): Promise<{ url: string }> {
  const profile = spec.kind === 'real' && process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : [];
  return spawnHarnessServer(spec, cleanups, profile);
}

async function cleanUp(): Promise<void> {
  for (const undo of cleanups.splice(0).reverse()) {
    await undo().catch((error: unknown) => log(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`));
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (name === 'BENCH_WARMUP' ? 0 : 1)) {
    throw new Error(`${name} must be a ${name === 'BENCH_WARMUP' ? 'non-negative' : 'positive'} integer, not "${raw}".`);
  }
  return value;
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    log(`\n${signal}: cleaning up…`);
    void cleanUp().finally(() => process.exit(code));
  });
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    process.stderr.write(`Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await cleanUp();
    process.exit(1);
  });
