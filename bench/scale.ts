/**
 * Scale (issue 13): the four figures Samverka must reach on PostgreSQL at national size, each
 * printed beside its target and beside a baseline measured in the same run on this machine:
 *
 *   1. case list, p99 < 50 ms at 100 concurrent connections over 100,000 cases;
 *   2. case view, the same;
 *   3. Swedish full-text search over 1,000,000 journal entries, p95 < 100 ms, common words included;
 *   4. the national dashboard over 1,000,000 cases (and as many consultations) < 300 ms.
 *
 *   npm run bench:scale                  (full size: takes several minutes to seed)
 *   SCALE=0.1 npm run bench:scale        (a tenth of every size, for a quick look)
 *   BENCH_ONLY=http BENCH_HTTP=view npm run bench:scale   (only the case view figures)
 *
 * Makes its own PostgreSQL database (BENCH_DATABASE_URL, else DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres is the admin connection), migrates it, seeds it with
 * bulk SQL (scale-seed.ts), runs the real server in a child process (pool BENCH_POOL_SIZE, 10 as in
 * production) and drives it over HTTP: an open-loop load (open-loop.ts: 100 requests/s at random moments
 * over 100 connections) for the concurrent figures, each also as autocannon's bursts, one request after
 * another for search and dashboard. Drops the database at the end, also on failure or Ctrl-C.
 * Missing a target is reported, not failed. Not a test: a report.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { testConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { prepareDatabase } from '../src/server/db/prepare.ts';
import { sessionCookieName } from '../src/server/platform/sessions.ts';
import { createScratchDatabase } from './database.ts';
import { signIn, spawnServer } from './harness.ts';
import { type OpenLoopResult, openLoop, percentile } from './open-loop.ts';
import { commonWords, rareWords, seedCases, seedConsultations, seedJournal, seedUsers } from './scale-seed.ts';

const scale = Number(process.env.SCALE ?? 1);
if (!(scale > 0 && scale <= 1)) throw new Error(`SCALE must be in (0, 1], not "${process.env.SCALE}".`);
const size = {
  listCases: Math.round(100_000 * scale),
  journalPerCase: 10,
  dashboardCases: Math.round(1_000_000 * scale),
  consultations: Math.round(1_000_000 * scale),
};
const settings = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 100),
  duration: Number(process.env.BENCH_DURATION ?? 10),
  poolSize: Number(process.env.BENCH_POOL_SIZE ?? 10),
  /** Requests per second over all connections: each of 100 people asking once a second. */
  rate: Number(process.env.BENCH_RATE ?? 100),
  searchRuns: Number(process.env.BENCH_SEARCH_RUNS ?? 20),
};
/** BENCH_ONLY=http (list and view), search or dashboard: one part, for a shorter run. */
const only = process.env.BENCH_ONLY;
const runs = (part: 'http' | 'search' | 'dashboard') => only === undefined || only === part;
/** BENCH_HTTP=list or view: one of the two concurrent figures (both when unset). */
const httpOnly = process.env.BENCH_HTTP;
const runsHttp = (part: 'list' | 'view') => httpOnly === undefined || httpOnly === part;
const batch = 100_000;
const log = (line: string) => process.stdout.write(`${line}\n`);
const cleanups: (() => Promise<void>)[] = [];
const figures: string[] = [];

async function main(): Promise<void> {
  const config = testConfig();
  const scratch = await createScratchDatabase();
  // BENCH_KEEP=1 leaves the database for EXPLAIN ANALYZE afterwards.
  if (process.env.BENCH_KEEP === '1') log(`Database (kept): ${scratch.url}`);
  else cleanups.push(() => scratch.drop());
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 2 });
  cleanups.push(() => database.close());
  const { db } = database;
  await prepareDatabase(database);
  const users = await seedUsers(db);

  await timed(`Seeding ${size.listCases.toLocaleString('en')} cases${runs('search') ? ` and ${(size.listCases * size.journalPerCase).toLocaleString('en')} journal entries` : ''}`, async () => {
    for (let from = 1; from <= size.listCases; from += batch) {
      const to = Math.min(from + batch - 1, size.listCases);
      await seedCases(db, from, to);
      if (runs('search')) await seedJournal(db, from, to, size.journalPerCase);
    }
    await db.execute(sql`vacuum analyze`);
  });

  const server = await spawnServer({ kind: 'real', databaseUrl: scratch.url, poolSize: settings.poolSize }, cleanups);
  const cookieOf = async (who: { email: string; password: string }) => `${sessionCookieName(config)}=${await signIn(server.url, who)}`;
  const as = {
    coordinator: await cookieOf(users.coordinator),
    national: await cookieOf(users.national),
    police: await cookieOf(users.police),
    ngo: await cookieOf(users.ngo),
  };
  const idsOf = async (where: string) =>
    (await db.execute<{ id: string }>(sql.raw(`select id from cases ${where} order by md5(id::text) limit 2000`))).rows.map((r) => r.id);
  // The cases an organisation's seat still lets in (not removed, consent not withdrawn).
  const seatedFor = (organisation: string) => `where id in (
    select t.case_id from case_team_members t join legal_bases b on b.id = t.legal_basis_id join organisations o on o.id = t.organisation_id
    where o.name = '${organisation}' and t.removed_at is null and b.consent_withdrawn_at is null)`;
  const viewIds = {
    coordinator: await idsOf(`where region_code = 'stockholm'`),
    national: await idsOf(''),
    police: await idsOf(seatedFor('Polisen stockholm')),
    ngo: await idsOf(seatedFor('Frivilligorganisationen')),
  };

  log(
    `\nLoad: ${settings.rate} requests/s in all at random moments over ${settings.connections} connections, ${settings.duration} s each, ` +
      `server pool ${settings.poolSize}; load average ${loadAverage()}`,
  );
  const baseline = await load(server.url, () => '/health/live', {});
  log(`  baseline GET /health/live: p50 ${ms(percentile(baseline.latencies, 50))}, p99 ${ms(percentile(baseline.latencies, 99))}`);
  // Who asks: the Stockholm regional coordinator, a national coordinator, and two case workers who
  // see cases through their organisation's team seats (the Stockholm police, on about 5,600 cases;
  // a national voluntary organisation, on about 18,000).
  for (const who of runs('http') ? (['coordinator', 'national', 'police', 'ngo'] as const) : []) {
    const listPath = () => '/api/cases?page=1&pageSize=25';
    const ids = viewIds[who];
    let next = 0;
    const viewPath = () => `/api/cases/${ids[next++ % ids.length]}`;
    for (const [what, nextPath] of [['case list', listPath], ['case view', viewPath]] as const) {
      if (!runsHttp(what === 'case list' ? 'list' : 'view')) continue;
      const name = `${what} (${who}), p99 at ${settings.rate} requests/s over ${settings.connections} connections, ${size.listCases.toLocaleString('en')} cases`;
      report(name, await load(server.url, nextPath, { cookie: as[who] }), baseline);
      const burst = await cannon(server.url, nextPath(), { cookie: as[who] }, (request) => ({ ...request, path: nextPath() }));
      log(`    the same as bursts (autocannon: all ${settings.connections} connections at once, each second): p50 ${burst.latency.p50} ms, p99 ${burst.latency.p99} ms`);
    }
  }

  log(`\nSearch over ${(size.listCases * size.journalPerCase).toLocaleString('en')} journal entries, ${settings.searchRuns} requests per word, one at a time:`);
  const searchTimes: number[] = [];
  for (const word of runs('search') ? [...commonWords, `${commonWords[0]} ${commonWords[3]}`, ...rareWords] : []) {
    const [share] = (
      await db.execute<{ n: number }>(sql`select count(*)::int as n from journal_entries where search_vector @@ websearch_to_tsquery('swedish', ${word})`)
    ).rows;
    const rawCount = await sample(settings.searchRuns, () =>
      db.execute(sql`select count(*) from journal_entries where search_vector @@ websearch_to_tsquery('swedish', ${word})`),
    );
    for (const who of ['national', 'coordinator'] as const) {
      const times = await sample(settings.searchRuns, () => get(server.url, `/api/cases?q=${encodeURIComponent(word)}&page=1&pageSize=25`, as[who]));
      searchTimes.push(...times);
      log(
        `  "${word}" (${who}): in ${share!.n.toLocaleString('en')} entries; p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}; ` +
          `baseline count(*) by the GIN index p50 ${ms(pct(rawCount, 50))}`,
      );
    }
  }
  if (runs('search')) figures.push(line(`search over ${(size.listCases * size.journalPerCase).toLocaleString('en')} journal entries, p95 of every search above`, pct(searchTimes, 95), 100));

  if (!runs('dashboard')) return printFigures();
  await timed(`Growing to ${size.dashboardCases.toLocaleString('en')} cases and ${size.consultations.toLocaleString('en')} consultations`, async () => {
    for (let from = size.listCases + 1; from <= size.dashboardCases; from += batch) await seedCases(db, from, Math.min(from + batch - 1, size.dashboardCases));
    for (let from = 1; from <= size.consultations; from += batch) await seedConsultations(db, from, Math.min(from + batch - 1, size.consultations));
    await db.execute(sql`vacuum analyze`);
  });
  const rawDashboard = await sample(settings.searchRuns, () => db.execute(sql`select count(*) from consultations`));
  const dashboard = await sample(settings.searchRuns, () => get(server.url, '/api/dashboard', as.national));
  log(`  national dashboard: p50 ${ms(pct(dashboard, 50))}, p95 ${ms(pct(dashboard, 95))}; baseline count(*) of consultations p50 ${ms(pct(rawDashboard, 50))}`);
  figures.push(line(`national dashboard over ${size.dashboardCases.toLocaleString('en')} cases, p95 of ${settings.searchRuns}`, pct(dashboard, 95), 300));

  printFigures();
}

function printFigures(): void {
  log(`\nScale figures (SCALE=${scale}${only ? `, BENCH_ONLY=${only}` : ''}; load average ${loadAverage()}):`);
  for (const figure of figures) log(`  ${figure}`);
}

/** The open-loop load for `settings.duration` seconds after a 2-second warm-up; fails on any non-2xx. */
async function load(url: string, nextPath: () => string, headers: Record<string, string>): Promise<OpenLoopResult> {
  const options = { url, nextPath, headers, rate: settings.rate, connections: settings.connections };
  await openLoop({ ...options, durationSeconds: 2 });
  const result = await openLoop({ ...options, durationSeconds: settings.duration });
  // A timeout is the server falling behind, which `report` counts against it; any other failure is the bench's.
  if (result.failures > 0) throw new Error(`GET ${nextPath()}: ${result.failures} failed requests`);
  return result;
}

/**
 * autocannon against the server for `settings.duration` seconds after a 2-second warm-up; fails on
 * any non-2xx. Its rate limit sends each second's requests of all connections at once (open-loop.ts).
 */
async function cannon(
  url: string,
  path: string,
  headers: Record<string, string>,
  setupRequest?: autocannon.Request['setupRequest'],
): Promise<autocannon.Result> {
  const options = {
    url: `${url}${path}`,
    headers,
    connections: settings.connections,
    overallRate: settings.rate,
    ...(setupRequest ? { requests: [{ setupRequest }] } : {}),
  };
  await autocannon({ ...options, duration: 2 });
  await drain(url, path, headers);
  const result = await autocannon({ ...options, duration: settings.duration });
  await drain(url, path, headers);
  // A timeout (no answer in 10 s) is the server falling behind, which `report` counts against it; any other failure is the bench's.
  if (result.non2xx > 0 || result.errors > result.timeouts) {
    throw new Error(`GET ${path}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return result;
}

/** One figure: p99 of the answered requests, and "saturated" when fewer than 95% were answered. */
function report(name: string, result: OpenLoopResult, baseline: OpenLoopResult): void {
  const answered = result.answered / Math.max(1, result.sent);
  const p99 = percentile(result.latencies, 99);
  log(
    `  ${name}: p50 ${ms(percentile(result.latencies, 50))}, p99 ${ms(p99)}, answered ${result.answered} of ${result.sent} ` +
      `(${result.timeouts} timeouts; baseline /health/live p99 ${ms(percentile(baseline.latencies, 99))})`,
  );
  figures.push(answered < 0.95 ? `${name}: saturated, ${(answered * 100).toFixed(0)}% of requests answered (target < 50 ms: does NOT meet)` : line(name, p99, 50));
}

function line(name: string, value: number, target: number): string {
  return `${name}: ${ms(value)} (target < ${target} ms: ${value < target ? 'meets' : 'does NOT meet'})`;
}

/**
 * Requests the server could not keep up with are still queued in it (its database pool) when
 * autocannon stops; one more request waits behind them, so the next run starts on an idle server.
 */
async function drain(url: string, path: string, headers: Record<string, string>): Promise<void> {
  await fetch(`${url}${path}`, { headers }).then((r) => r.arrayBuffer());
}

async function get(base: string, path: string, cookie: string): Promise<void> {
  const response = await fetch(`${base}${path}`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

/** Milliseconds of `runs` calls one after another, after one unmeasured warm-up call. */
async function sample(runs: number, run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

const pct = (values: number[], p: number) => percentile([...values].sort((a, b) => a - b), p);

const ms = (value: number) => `${value.toFixed(1)} ms`;
const loadAverage = () => loadavg().map((l) => l.toFixed(2)).join(' ');

async function timed(what: string, work: () => Promise<void>): Promise<void> {
  log(`${what}…`);
  const started = performance.now();
  await work();
  log(`  done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function cleanUp(): Promise<void> {
  for (const undo of cleanups.splice(0).reverse()) {
    await undo().catch((error: unknown) => log(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`));
  }
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(code)));
}

main()
  .then(async () => {
    await cleanUp();
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    const cause = error instanceof Error && error.cause instanceof Error ? `\nCause: ${error.cause.message}` : '';
    process.stderr.write(`Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}${cause}\n`);
    await cleanUp();
    process.exit(1);
  });
