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
 *   BENCH_ARRIVALS=paced ...             (list and view also at an even pace, paced-load.ts)
 *
 * Makes its own PostgreSQL database (BENCH_DATABASE_URL, else DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres is the admin connection), migrates it, seeds it with
 * bulk SQL (scale-seed.ts), runs the real server in a child process (pool BENCH_POOL_SIZE, 10 as in
 * production) and drives it over HTTP: autocannon for the concurrent figures, one request after
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
import { type LoadFigures, pacedLoad } from './paced-load.ts';
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
/**
 * BENCH_ARRIVALS=paced: the list and view figures under an even pace as well (paced-load.ts), beside
 * autocannon's bursts (100 requests at once every second).
 */
const paced = process.env.BENCH_ARRIVALS === 'paced';
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
  const as = { coordinator: await cookieOf(users.coordinator), national: await cookieOf(users.national) };
  const idsOf = async (where: string) =>
    (await db.execute<{ id: string }>(sql.raw(`select id from cases ${where} order by md5(id::text) limit 2000`))).rows.map((r) => r.id);
  const viewIds = { coordinator: await idsOf(`where region_code = 'stockholm'`), national: await idsOf('') };

  log(`\nLoad: ${settings.connections} connections, ${settings.rate} requests/s in all, ${settings.duration} s each, server pool ${settings.poolSize}; load average ${loadAverage()}`);
  const baseline = figuresOf(await cannon(server.url, '/health/live', {}));
  log(`  baseline GET /health/live: p50 ${baseline.p50} ms, p99 ${baseline.p99} ms, ${baseline.perSecond.toFixed(0)} req/s`);
  const pacedBaseline = paced ? await pace(server.url, () => '/health/live', {}) : undefined;
  if (pacedBaseline) log(`  baseline GET /health/live, paced: p50 ${ms(pacedBaseline.p50)}, p99 ${ms(pacedBaseline.p99)}`);
  for (const who of runs('http') ? (['coordinator', 'national'] as const) : []) {
    if (runsHttp('list')) {
      const list = figuresOf(await cannon(server.url, '/api/cases?page=1&pageSize=25', { cookie: as[who] }));
      report(`case list (${who}), p99 at ${settings.connections} connections over ${size.listCases.toLocaleString('en')} cases`, list, baseline);
      if (pacedBaseline) {
        const pacedList = await pace(server.url, () => '/api/cases?page=1&pageSize=25', { cookie: as[who] });
        report(`case list (${who}), paced, p99 at ${settings.connections} connections over ${size.listCases.toLocaleString('en')} cases`, pacedList, pacedBaseline);
      }
    }
    if (!runsHttp('view')) continue;
    const ids = viewIds[who];
    let next = 0;
    const view = figuresOf(await cannon(server.url, '/api/cases', { cookie: as[who] }, (request) => ({ ...request, path: `/api/cases/${ids[next++ % ids.length]}` })));
    report(`case view (${who}), p99 at ${settings.connections} connections over ${size.listCases.toLocaleString('en')} cases`, view, baseline);
    if (pacedBaseline) {
      const pacedView = await pace(server.url, () => `/api/cases/${ids[next++ % ids.length]}`, { cookie: as[who] });
      report(`case view (${who}), paced, p99 at ${settings.connections} connections over ${size.listCases.toLocaleString('en')} cases`, pacedView, pacedBaseline);
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

/** autocannon against the server for `settings.duration` seconds after a 2-second warm-up; fails on any non-2xx. */
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

/**
 * autocannon's figures as the report takes them. Its latencies are of the answered requests only;
 * when the server falls behind the rate, the unanswered ones (still queued when the run ends) would
 * be left out, so `report` compares what was answered with what was due. Due is the rate times the
 * duration: autocannon's own count of requests sent also holds the last second's burst, sent as
 * the run ends and never waited for, which made even /health/live look short of 95%.
 */
function figuresOf(result: autocannon.Result): LoadFigures {
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    perSecond: result.requests.average,
    answered: result.requests.total,
    due: settings.rate * settings.duration,
  };
}

/** The same load at an even pace, after a 2-second warm-up. */
async function pace(url: string, path: () => string, headers: Record<string, string>): Promise<LoadFigures> {
  const load = { url, path, headers, connections: settings.connections, rate: settings.rate };
  await pacedLoad({ ...load, seconds: 2 });
  return pacedLoad({ ...load, seconds: settings.duration });
}

/** A run that answers fewer than 95% of the requests due in it counts as missing the target whatever its p99. */
function report(name: string, result: LoadFigures, baseline: LoadFigures): void {
  const answered = result.answered / Math.max(1, result.due);
  log(
    `  ${name}: p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, ${result.perSecond.toFixed(0)} req/s, ` +
      `answered ${result.answered} of ${result.due} due (baseline /health/live p99 ${ms(baseline.p99)})`,
  );
  figures.push(answered < 0.95 ? `${name}: saturated, ${(answered * 100).toFixed(0)}% of requests answered in time (target < 50 ms: does NOT meet)` : line(name, result.p99, 50));
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

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

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
