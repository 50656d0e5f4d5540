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

/** Takes a queued export for the job; false when another run has it or it has ended. */
export async function claimExport(db: Db, id: string): Promise<boolean> {
  const taken = await db
    .update(dataExports)
    .set({ status: 'running' })
    .where(and(eq(dataExports.id, id), eq(dataExports.status, 'queued')))
    .returning({ id: dataExports.id });
  return taken.length > 0;
}

export async function recordProgress(db: Db, id: string, progress: number): Promise<void> {
  await db.update(dataExports).set({ progress }).where(eq(dataExports.id, id));
}

/** The finished file, sealed; downloadable for `downloadHours`. The password is erased. */
export async function finishExport(db: Db | Tx, id: string, sealedFile: string, counts: { rowCount: number; suppressedRows?: number | undefined }): Promise<void> {
  await db
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
    .where(eq(dataExports.id, id));
}

export async function failExport(db: Db | Tx, id: string): Promise<void> {
  await db.update(dataExports).set({ status: 'failed', sealedPassword: null, sealedFile: null, finishedAt: sql`now()` }).where(eq(dataExports.id, id));
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
