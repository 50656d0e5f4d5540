/**
 * Statistics over many cases (issue 12: under 300 ms on PostgreSQL at a few hundred thousand
 * cases). Seeds a scratch PostgreSQL database, then times the whole statistics read — every query,
 * disclosure control and the audit write — for NMT (every region, eight quarters) and for one
 * regional coordinator. Prints the median and slowest of the timed runs. Not a test: a report.
 *
 *   npm run bench:statistics            (BENCH_CASES=300000 by default)
 */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/server/db/client.ts';
import { prepareDatabase } from '../src/server/db/prepare.ts';
import { readStatistics } from '../src/server/modules/statistics/statistics.service.ts';
import { actorOfUser } from '../src/server/modules/notifications/notifications.queries.ts';
import { buildUser } from '../test/support/factories.ts';
import { createScratchDatabase } from './database.ts';
import { seedCases } from './seed.ts';

const total = Number(process.env.BENCH_CASES ?? 300_000);
const runs = 10;
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
      return { actor: (await actorOfUser(database.db, user.id))!, requestId: 'bench', clientAddress: '127.0.0.1' };
    };
    const views = [
      { name: 'national, 8 quarters', ctx: await asUser(['national_coordinator'], null) },
      { name: 'stockholm, 8 quarters', ctx: await asUser(['regional_coordinator'], 'stockholm') },
    ];
    for (const view of views) {
      await readStatistics(database.db, view.ctx, {});
      const times: number[] = [];
      for (let k = 0; k < runs; k++) {
        const started = performance.now();
        await readStatistics(database.db, view.ctx, {});
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      log(`${view.name}: median ${times[runs / 2]!.toFixed(0)} ms, slowest ${times.at(-1)!.toFixed(0)} ms (${runs} runs)`);
    }
  } finally {
    await database.close();
    await scratch.drop();
  }
}

await main();
