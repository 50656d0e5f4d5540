import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { type JobQueue, startJobQueue } from '../../src/server/platform/jobs.ts';
import { createEmptyDatabase, createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';

/**
 * The job queue on each database: a job runs once, a failing one is tried again, and on
 * PostgreSQL two instances working the same queue never run one job twice.
 */
describe('background jobs', () => {
  let created: TestDatabase & { url?: string };
  const opened: JobQueue[] = [];
  const errors: unknown[] = [];
  let counter = 0;
  /** A queue name of its own per test, so no test sees another's jobs. */
  const freshQueue = () => `test-${++counter}`;

  const start = async (database: Database = created.database) => {
    const jobs = await startJobQueue(database, { pollingIntervalSeconds: 0.5, onError: (error) => errors.push(error) });
    opened.push(jobs);
    return jobs;
  };
  const settled = (jobs: JobQueue, queue: string, id: string, state: string) =>
    vi.waitFor(async () => expect(await jobs.state(queue, id)).toBe(state), { timeout: 60_000, interval: 200 });

  beforeAll(async () => {
    created = await createTestDatabase();
  });
  afterEach(() => expect(errors).toEqual([]));
  afterAll(async () => {
    for (const jobs of opened) await jobs.stop();
    await created?.dispose();
  });

  it('runs a queued job once, with its data, and records it as completed', async () => {
    const jobs = await start();
    const queue = freshQueue();
    const seen: unknown[] = [];
    await jobs.work<{ exportId: string }>(queue, async (job) => void seen.push(job.data));
    const id = await jobs.send(queue, { exportId: 'e-1' });

    await settled(jobs, queue, id, 'completed');
    expect(seen).toEqual([{ exportId: 'e-1' }]);
  });

  it('tries a failed job again, and gives up after its retry limit', async () => {
    const jobs = await start();
    const queue = freshQueue();
    const attempts = new Map<string, number>();
    await jobs.work<{ name: string }>(queue, async ({ data }) => {
      const attempt = (attempts.get(data.name) ?? 0) + 1;
      attempts.set(data.name, attempt);
      if (data.name === 'never' || attempt === 1) throw new Error('the SMTP server did not answer');
    });
    const flaky = await jobs.send(queue, { name: 'flaky' }, { retryLimit: 2, retryDelaySeconds: 0 });
    const broken = await jobs.send(queue, { name: 'never' }, { retryLimit: 1, retryDelaySeconds: 0 });

    await settled(jobs, queue, flaky, 'completed');
    await settled(jobs, queue, broken, 'failed');
    expect(attempts.get('flaky')).toBe(2);
    expect(attempts.get('never')).toBe(2);
  });

  it.runIf(testDatabaseKind === 'postgres')('runs each job once when two instances work the same queue (PostgreSQL only: PGlite has one connection)', async () => {
    const second = await openDatabase({ kind: 'postgres', url: created.url!, poolSize: 3 });
    try {
      const [one, two] = [await start(), await start(second)];
      const queue = freshQueue();
      const runs: string[] = [];
      const record = async ({ data }: { data: { n: string } }) => {
        runs.push(data.n);
        // A pause while holding the job, so the other instance polls meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 20));
      };
      await one.work(queue, record);
      await two.work(queue, record);
      const ids = await Promise.all(Array.from({ length: 20 }, (_, n) => one.send(queue, { n: String(n) })));

      for (const id of ids) await settled(one, queue, id, 'completed');
      expect(runs.toSorted()).toEqual(Array.from({ length: 20 }, (_, n) => String(n)).toSorted());
      await two.stop();
      opened.splice(opened.indexOf(two), 1);
    } finally {
      await second.close();
    }
  });

  it.runIf(testDatabaseKind === 'postgres')('starts and works one queue on several instances at once on a new database (PostgreSQL only)', async () => {
    // Several fresh databases and four instances: the race between the installs does not come every time.
    for (let round = 0; round < 5; round++) {
      const fresh = await createEmptyDatabase();
      const others = await Promise.all([1, 2, 3].map(() => openDatabase({ kind: 'postgres', url: fresh.url!, poolSize: 2 })));
      try {
        const queues = await Promise.all([fresh.database, ...others].map((database) => start(database)));
        // Each then works the same queue, which the first to get there makes.
        await Promise.all(queues.map((jobs) => jobs.work('exports', async () => {})));
        for (const jobs of queues) {
          await jobs.stop();
          opened.splice(opened.indexOf(jobs), 1);
        }
      } finally {
        for (const other of others) await other.close();
        await fresh.dispose();
      }
    }
  });
});
