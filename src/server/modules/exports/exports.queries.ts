import { and, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { dataExports } from './exports.schema.ts';

/** How long a finished export can be fetched. */
export const downloadHours = 1;
/** A job that has not finished after this long is given up, and its sealed password erased. */
export const abandonAfterHours = 24;

export type ExportRow = typeof dataExports.$inferSelect;

/** The export if it is the user's own; anyone else's answers as if it did not exist. */
export async function findOwnExport(db: Db | Tx, userId: string, unverifiedId: string): Promise<ExportRow | undefined> {
  const [row] = await db
    .select()
    .from(dataExports)
    .where(and(eq(dataExports.id, unverifiedId), eq(dataExports.requestedByUserId, userId)));
  return row;
}

export async function findExportForJob(db: Db, id: string): Promise<ExportRow | undefined> {
  const [row] = await db.select().from(dataExports).where(eq(dataExports.id, id));
  return row;
}

/** A running export that has not said it is alive for this long is taken to have died with its process. */
export const stalledAfterSeconds = 120;

/**
 * Takes a queued export for a run and answers the run's attempt number; null when another run has
 * it or it has ended. Only the run holding the latest attempt may finish the export.
 */
export async function claimExport(db: Db, id: string): Promise<number | null> {
  const [taken] = await db
    .update(dataExports)
    .set({ status: 'running', attempt: sql`${dataExports.attempt} + 1`, heartbeatAt: sql`now()` })
    .where(and(eq(dataExports.id, id), eq(dataExports.status, 'queued')))
    .returning({ attempt: dataExports.attempt });
  return taken?.attempt ?? null;
}

/** Progress of a run, which also says the run is alive. */
export async function recordProgress(db: Db, id: string, attempt: number, progress: number): Promise<void> {
  await db
    .update(dataExports)
    .set({ progress, heartbeatAt: sql`now()` })
    .where(and(eq(dataExports.id, id), eq(dataExports.attempt, attempt)));
}

/** The condition a run's own ending needs: the export is still running and still this run's. */
const heldBy = (id: string, attempt: number) => and(eq(dataExports.id, id), eq(dataExports.status, 'running'), eq(dataExports.attempt, attempt));

/**
 * The finished file, sealed; downloadable for `downloadHours`. The password is erased. False when
 * the run no longer holds the export (it was taken to have died and another run took it).
 */
export async function finishExport(
  db: Db | Tx,
  id: string,
  attempt: number,
  sealedFile: string,
  counts: { rowCount: number; suppressedRows?: number | undefined },
): Promise<boolean> {
  const finished = await db
    .update(dataExports)
    .set({
      status: 'done',
      progress: 100,
      rowCount: counts.rowCount,
      suppressedRows: counts.suppressedRows ?? null,
      sealedFile,
      sealedPassword: null,
      finishedAt: sql`now()`,
      expiresAt: sql`now() + make_interval(hours => ${downloadHours})`,
    })
    .where(heldBy(id, attempt))
    .returning({ id: dataExports.id });
  return finished.length > 0;
}

/** Gives the export up and erases its password: a run's own failure (with its attempt), or a job that could not be queued. */
export async function failExport(db: Db | Tx, id: string, attempt?: number): Promise<boolean> {
  const failed = await db
    .update(dataExports)
    .set({ status: 'failed', sealedPassword: null, sealedFile: null, finishedAt: sql`now()` })
    .where(attempt === undefined ? eq(dataExports.id, id) : heldBy(id, attempt))
    .returning({ id: dataExports.id });
  return failed.length > 0;
}

/**
 * Exports whose job was lost with its process: running but silent for `stalledAfterSeconds` (put
 * back in the queue), or queued that long (the instance may have died between the commit and
 * sending the job). Answers their ids for new jobs; a second job for one export finds it taken.
 */
export async function takeBackStalledExports(db: Db): Promise<string[]> {
  const stalled = sql`now() - make_interval(secs => ${stalledAfterSeconds})`;
  const requeued = await db
    .update(dataExports)
    .set({ status: 'queued', heartbeatAt: null })
    .where(and(eq(dataExports.status, 'running'), lt(dataExports.heartbeatAt, stalled)))
    .returning({ id: dataExports.id });
  const waiting = await db
    .select({ id: dataExports.id })
    .from(dataExports)
    .where(and(eq(dataExports.status, 'queued'), lt(dataExports.requestedAt, stalled)));
  return [...new Set([...requeued, ...waiting].map((row) => row.id))];
}

/**
 * Housekeeping: files past their hour are deleted (the row stays, as `expired`, for the record),
 * and a job that never finished is given up with its sealed password erased. Idempotent.
 */
export async function removeExpiredExports(db: Db): Promise<number> {
  const expired = await db
    .update(dataExports)
    .set({ status: 'expired', sealedFile: null })
    .where(and(eq(dataExports.status, 'done'), lt(dataExports.expiresAt, sql`now()`)))
    .returning({ id: dataExports.id });
  const abandoned = await db
    .update(dataExports)
    .set({ status: 'failed', sealedPassword: null, finishedAt: sql`now()` })
    .where(
      and(
        inArray(dataExports.status, ['queued', 'running']),
        lt(dataExports.requestedAt, sql`now() - make_interval(hours => ${abandonAfterHours})`),
      ),
    )
    .returning({ id: dataExports.id });
  // A failed export never keeps a file or a password, whatever left it so.
  await db
    .update(dataExports)
    .set({ sealedPassword: null, sealedFile: null })
    .where(and(eq(dataExports.status, 'failed'), or(isNotNull(dataExports.sealedPassword), isNotNull(dataExports.sealedFile))));
  return expired.length + abandoned.length;
}
