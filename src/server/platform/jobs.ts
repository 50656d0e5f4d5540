import PgBoss from 'pg-boss';
import type { Database } from '../db/client.ts';

/**
 * Background jobs (large exports, later e-mail retries and backups) on pg-boss, in the same
 * database as everything else: PostgreSQL, or PGlite through `Database.executeRaw`, which runs
 * pg-boss's multi-statement SQL. A job is stored in clear in `pgboss.job`, so its data holds ids
 * and choices only, never personal data. pg-boss claims each job with SKIP LOCKED, so with several
 * instances a job runs once; a job whose handler throws is retried up to its retry limit.
 */
export interface JobQueue {
  /** Queues a job and answers its id. */
  send(queue: string, data: object, options?: SendOptions): Promise<string>;
  /** Runs `handler` for each job of the queue, in this instance, until stop(). */
  work<T extends object>(queue: string, handler: (job: { id: string; data: T }) => Promise<void>): Promise<void>;
  /** The job's state: created, retry, active, completed, cancelled or failed; null if unknown. */
  state(queue: string, id: string): Promise<JobState | null>;
  /** Stops taking jobs, lets those under way finish, and lets go of the database. */
  stop(): Promise<void>;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface SendOptions {
  /** How many times a failed job is tried again (default 2). */
  retryLimit?: number;
  /** Seconds before a retry (default 5). */
  retryDelaySeconds?: number;
}

export interface JobQueueOptions {
  /** How often an idle worker asks for work (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Told about an error inside pg-boss (not a job's own failure); must not log personal data. */
  onError: (error: unknown) => void;
}

/** Starts pg-boss on the database, creating its schema (`pgboss`) on first use. */
export async function startJobQueue(database: Database, options: JobQueueOptions): Promise<JobQueue> {
  const boss = await startBoss(database, options);

  const queues = new Set<string>();
  const ensureQueue = async (queue: string) => {
    // create_queue fails on a queue that exists, and instances starting together may make the same
    // queue at once (PostgreSQL then ends one with a deadlock): look again, and try again.
    for (let attempt = 1; !queues.has(queue); attempt++) {
      if (await boss.getQueue(queue)) {
        queues.add(queue);
        return;
      }
      try {
        await boss.createQueue(queue);
        queues.add(queue);
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  };
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;

  return {
    async send(queue, data, { retryLimit = 2, retryDelaySeconds = 5 } = {}) {
      await ensureQueue(queue);
      const id = await boss.send(queue, data, { retryLimit, retryDelay: retryDelaySeconds });
      if (!id) throw new Error(`The job queue ${queue} refused a job.`);
      return id;
    },
    async work(queue, handler) {
      await ensureQueue(queue);
      await boss.work<object>(queue, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
        if (job) await handler({ id: job.id, data: job.data as never });
      });
    },
    async state(queue, id) {
      const job = await boss.getJobById(queue, id);
      return job?.state ?? null;
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 30_000 });
    },
  };
}

/**
 * Two instances starting together on a new database both install pg-boss's schema; PostgreSQL may
 * refuse the second `create schema if not exists` with a unique violation that pg-boss does not
 * take for the race it is. By then the first has installed it, so a fresh start finds it there.
 */
async function startBoss(database: Database, options: JobQueueOptions, attemptsLeft = 2): Promise<PgBoss> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeRaw(text, values) },
    schema: 'pgboss',
    // Finished jobs are kept a week for the record, then removed by pg-boss's maintenance.
    deleteAfterDays: 7,
    // No cron schedules: the reminder loop keeps its own timer (platform/periodic-job.ts).
    schedule: false,
  });
  boss.on('error', options.onError);
  try {
    await boss.start();
    return boss;
  } catch (error) {
    const isInstallRace = (error as { code?: unknown } | null)?.code === '23505';
    if (!isInstallRace || attemptsLeft === 0) throw error;
    return startBoss(database, options, attemptsLeft - 1);
  }
}
