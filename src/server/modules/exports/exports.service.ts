import { eq } from 'drizzle-orm';
import type { ExportList, ExportRequestInput, ExportState, ExportStatus } from '../../../shared/schemas/exports.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/identity.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { passwordFieldError } from '../../platform/password-policy.ts';
import { HttpProblem, badRequest, conflict, forbidden, gone, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { verifySecondFactor } from '../../platform/second-factor.ts';
import { accountKey, addressKey, assertNotThrottled, clearFailures, recordFailure } from '../../platform/sign-in-throttle.ts';
import { exportSourceOf } from './export-sources.ts';
import type { ExportWorker } from './export-worker.ts';
import { type ExportRow, failExport, findOwnExport } from './exports.queries.ts';
import { dataExports } from './exports.schema.ts';

const wrongCode = 'The code is not right.';

/**
 * The second-factor code typed again for an export (also a register extract's). Wrong codes count towards the sign-in
 * throttle (they guess the same secret) and are audited as a failed sign-in step.
 */
export async function confirmSecondFactor(db: Db, keyring: Keyring, ctx: ActorContext, code: string): Promise<void> {
  const keys = [accountKey(ctx.actor.email), addressKey(ctx.clientAddress)];
  await assertNotThrottled(db, keys);
  const [user] = await db
    .select({ id: users.id, totpSecret: users.totpSecret, totpLastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  if (!user || (await verifySecondFactor(db, keyring, user, code)) === null) {
    await recordFailure(db, keys);
    await recordAudit(db, ctx, { action: 'auth.sign_in_failed', actorUserId: ctx.actor.userId, details: { step: 'export' } });
    throw new HttpProblem(403, 'Forbidden', wrongCode, [{ field: 'code', code: 'wrong_code', message: wrongCode }]);
  }
  await clearFailures(db, accountKey(ctx.actor.email));
}

/**
 * Asks for an export: the password is checked first (a refusal costs no code), then the code; the
 * export is recorded and audited with its filter, and its job queued. The password waits sealed
 * with the keyring until the job has encrypted the file, and is never logged or audited.
 */
export async function requestExport(db: Db, keyring: Keyring, worker: ExportWorker, ctx: ActorContext, input: ExportRequestInput): Promise<{ id: string }> {
  const source = exportSourceOf(input.list);
  if (!source.allows(ctx.actor)) throw forbidden('You may not export this list.');
  await source.verify?.(db, ctx.actor, input.filter);
  if (input.password !== undefined) {
    const refusal = passwordFieldError('password', input.password, { email: ctx.actor.email });
    if (refusal) throw badRequest('The password cannot be used.', [refusal]);
  }
  await confirmSecondFactor(db, keyring, ctx, input.code);
  const id = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(dataExports)
      .values({
        requestedByUserId: ctx.actor.userId,
        list: input.list,
        format: input.format,
        filter: input.filter,
        sealedPassword: input.password === undefined ? null : keyring.encrypt(input.password),
        requestId: ctx.requestId,
        clientAddress: ctx.clientAddress,
      })
      .returning({ id: dataExports.id });
    await recordAudit(tx, ctx, {
      action: 'export.requested',
      subjectId: created!.id,
      details: { list: input.list, format: input.format, filter: input.filter },
    });
    return created!.id;
  });
  try {
    await worker.enqueue(id);
  } catch (error) {
    await failExport(db, id);
    throw error;
  }
  return { id };
}

/** A finished export whose hour has passed is expired, whether or not housekeeping has run yet. */
function statusOf(row: ExportRow, now: Date): ExportStatus {
  if (row.status === 'done' && row.expiresAt && row.expiresAt <= now) return 'expired';
  return row.status as ExportStatus;
}

function present(row: ExportRow, now: Date): ExportState {
  return {
    id: row.id,
    list: row.list as ExportState['list'],
    format: row.format as ExportState['format'],
    status: statusOf(row, now),
    progress: row.progress,
    rowCount: row.rowCount,
    suppressedRows: row.suppressedRows,
    requestedAt: row.requestedAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/** Where the caller's own export stands; anyone else's is 404. */
export async function readExportState(db: Db, ctx: ActorContext, unverifiedId: string): Promise<ExportState> {
  const row = await findOwnExport(db, ctx.actor.userId, unverifiedId);
  if (!row) throw notFound('No such export.');
  return present(row, new Date());
}

const fileTypes = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
} as const;

/** The caller's own finished export, once per request and audited; 410 after its hour. */
export async function downloadExport(db: Db, keyring: Keyring, ctx: ActorContext, unverifiedId: string) {
  const row = await findOwnExport(db, ctx.actor.userId, unverifiedId);
  if (!row) throw notFound('No such export.');
  const status = statusOf(row, new Date());
  if (status === 'expired') throw gone('The export has expired; make a new one.');
  if (status !== 'done' || !row.sealedFile) throw conflict('The export is not ready.');
  const file = Buffer.from(keyring.decrypt(row.sealedFile), 'base64');
  await recordAudit(db, ctx, { action: 'export.downloaded', subjectId: row.id, details: { list: row.list as ExportList, rowCount: row.rowCount ?? 0 } });
  const type = fileTypes[row.format as keyof typeof fileTypes];
  const date = stockholmDate(row.requestedAt);
  return { file, contentType: type.contentType, fileName: `samverka-${row.list}-${date}.${type.extension}` };
}

/** Housekeeping: expired files deleted, abandoned jobs given up (exports.queries). */
export { removeExpiredExports } from './exports.queries.ts';

/** The tagged, encrypted PDF of facts and sections, for other modules' documents (the register extract). */
export { caseSummaryPdf as sectionedPdf, type CaseSummary as SectionedDocument } from './pdf.ts';
