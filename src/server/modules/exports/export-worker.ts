import type { Database } from '../../db/client.ts';
import { type JobQueue, startJobQueue } from '../../platform/jobs.ts';
import { startPeriodicJob } from '../../platform/periodic-job.ts';
import { type ExportJobDeps, exportQueue, runExport } from './export-job.ts';
import { takeBackStalledExports } from './exports.queries.ts';

/** The app's export jobs: queued in pg-boss, worked by this instance. */
export interface ExportWorker {
  /** Starts the queue and this instance's worker (once); later calls wait for the first. */
  start(): Promise<void>;
  /** Queues the export's job, starting the worker first if it is not running. */
  enqueue(exportId: string): Promise<void>;
  /** Stops the worker, letting a job under way finish. */
  stop(): Promise<void>;
}

export interface ExportWorkerOptions extends ExportJobDeps {
  database: Database;
  pollingIntervalSeconds: number;
  /** Told about failures of pg-boss and of jobs; must not log personal data. */
  onError: (error: unknown) => void;
}

/**
 * The worker starts on first use, or when main starts it at boot: a server that never exports
 * (and each of the many test apps) does not install pg-boss or poll the database for nothing.
 * main.ts starts it eagerly, so jobs a stopped instance left queued still run. Each minute it also
 * takes back the exports whose run died with another process (or this one before a restart).
 */
export function createExportWorker({ database, pollingIntervalSeconds, onError, ...deps }: ExportWorkerOptions): ExportWorker {
  let started: Promise<JobQueue> | undefined;
  let stopTakingBack: (() => Promise<void>) | undefined;
  const send = (jobs: JobQueue, exportId: string) =>
    // Not retried: a failed export has erased its sealed password, and the user asks again.
    jobs.send(exportQueue, { exportId }, { retryLimit: 0 });
  const start = () => {
    started ??= (async () => {
      const jobs = await startJobQueue(database, { pollingIntervalSeconds, onError });
      await jobs.work<{ exportId: string }>(exportQueue, async ({ data }) => {
        await runExport(deps, data.exportId).catch((error: unknown) => onError(error));
      });
      stopTakingBack ??= startPeriodicJob({
        run: async () => {
          for (const exportId of await takeBackStalledExports(database.db)) await send(jobs, exportId);
        },
        onError,
        intervalMs: 60_000,
        firstRunMs: 5_000,
      });
      return jobs;
    })();
    // A failed start may be tried again by the next export.
    started.catch(() => (started = undefined));
    return started;
  };
  return {
    start: async () => void (await start()),
    async enqueue(exportId) {
      await send(await start(), exportId);
    },
    async stop() {
      await stopTakingBack?.();
      stopTakingBack = undefined;
      if (!started) return;
      const jobs = await started.catch(() => undefined);
      started = undefined;
      await jobs?.stop();
    },
  };
}
