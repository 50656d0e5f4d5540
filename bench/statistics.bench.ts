/**
 * Statistics over many cases (issue 12: under 300 ms on PostgreSQL at a few hundred thousand
 * cases). Seeds a scratch PostgreSQL database, then times the whole statistics read — every query,
 * disclosure control and the audit write — for NMT (every region, eight quarters) and for one
 * regional coordinator. Prints the median and slowest of the timed runs beside the 300 ms target,
 * and beside a baseline timed in the same run: the plainest read of the same cases, a count(*) of
 * the cases opened in the period (and region) by the cases' own index, so the ratio says how far
 * the read is from the cost of merely touching those cases on this machine at this moment (the
 * machine is shared). Not a test: a report.
 *
 *   npm run bench:statistics            (BENCH_CASES=300000 by default)
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client.ts';
import { prepareDatabase } from '../src/server/db/prepare.ts';
import { readStatistics } from '../src/server/modules/statistics/statistics.service.ts';
import { loadUserActor } from '../src/server/platform/sessions.ts';
import { buildUser } from '../test/support/factories.ts';
import { createScratchDatabase } from './database.ts';
import { seedCases } from './seed.ts';

const total = Number(process.env.BENCH_CASES ?? 300_000);
const runs = 10;
const targetMs = 300;
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  log(`Creating database and ${total.toLocaleString('en')} cases…`);
  const scratch = await createScratchDatabase();
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 4 });
  try {
    await prepareDatabase(database);
    await seedCases(database.db, total);
    const asUser = async (roles: ['national_coordinator'] | ['regional_coordinator'], regionCode: 'stockholm' | null) => {
      const user = await buildUser(database.db, { roles, regionCode });
      return { actor: (await loadUserActor(database.db, user.id, 'bench'))!, requestId: 'bench', clientAddress: '127.0.0.1' };
    };
    const views = [
      { name: 'national, 8 quarters', ctx: await asUser(['national_coordinator'], null), region: null },
      { name: 'stockholm, 8 quarters', ctx: await asUser(['regional_coordinator'], 'stockholm'), region: 'stockholm' },
    ];
    const medianOf = async (run: () => Promise<unknown>) => {
      await run();
      const times: number[] = [];
      for (let k = 0; k < runs; k++) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      return { median: times[runs / 2]!, slowest: times.at(-1)! };
    };
    for (const view of views) {
      const since = new Date(Date.now() - 730 * 86_400_000);
      const baseline = await medianOf(() =>
        database.db.execute(
          sql`select count(*) from cases where created_at >= ${since.toISOString()}::timestamptz ${view.region ? sql`and region_code = ${view.region}` : sql``}`,
        ),
      );
      const read = await medianOf(() => readStatistics(database.db, view.ctx, {}));
      const verdict = read.median <= targetMs ? 'meets' : 'does NOT meet';
      log(
        `${view.name}: median ${read.median.toFixed(0)} ms, slowest ${read.slowest.toFixed(0)} ms (${runs} runs); ` +
          `target ${targetMs} ms: ${verdict}; baseline count(*) of the cases opened in the last two years ${baseline.median.toFixed(0)} ms, ` +
          `ratio ${(read.median / baseline.median).toFixed(1)}×`,
      );
    }
  } finally {
    await database.close();
    await scratch.drop();
  }
}

await main();
