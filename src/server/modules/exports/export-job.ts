import { type ExportFormat, type ExportList, exportRequestInput } from '../../../shared/schemas/exports.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import type { ActorContext, RequestContext } from '../../platform/request-context.ts';
import { loadUserActor } from '../../platform/sessions.ts';
import { exportSourceOf } from './export-sources.ts';
import { claimExport, type ExportRow, failExport, findExportForJob, finishExport, recordProgress } from './exports.queries.ts';

/** The pg-boss queue exports run on. */
export const exportQueue = 'exports';

/** What the job needs besides the database. */
export interface ExportJobDeps {
  db: Db;
  keyring: Keyring;
}

/**
 * Makes one export: reads the list as its requester sees it now (current roles and scope), writes
 * the file, seals it with the keyring, and records the row count. Runs in the job queue for every
 * export, small or large, so there is one way an export is made. A failure is final (the sealed
 * password is erased with it, so a retry could not encrypt): the user asks again. A run that died
 * with its process recorded nothing; the export worker takes it back (takeBackStalledExports) and
 * runs it again, and only the latest run may finish it, so each export ends once.
 */
export async function runExport({ db, keyring }: ExportJobDeps, exportId: string): Promise<void> {
  const row = await findExportForJob(db, exportId);
  const attempt = row ? await claimExport(db, exportId) : null;
  if (!row || attempt === null) return;
  const list = row.list as ExportList;
  const actor = await loadUserActor(db, row.requestedByUserId, `export:${exportId}`);
  const ctx: RequestContext = { actor, requestId: row.requestId, clientAddress: row.clientAddress };
  try {
    if (!actor) throw new Error('The requester is no longer active.');
    if (!exportSourceOf(list).allows(actor)) throw new Error('The requester may no longer export this list.');
    const { file, rowCount, suppressedRows } = await writeFile(db, keyring, row, attempt, { ...ctx, actor });
    await db.transaction(async (tx) => {
      // A run taken to have died may still finish late: only the latest run's file counts.
      if (!(await finishExport(tx, exportId, attempt, keyring.encrypt(file.toString('base64')), { rowCount, suppressedRows }))) return;
      const details = suppressedRows === undefined ? { list, rowCount } : { list, rowCount, suppressedRows };
      await recordAudit(tx, ctx, { action: 'export.completed', subjectId: exportId, details });
    });
  } catch (error) {
    await db.transaction(async (tx) => {
      if (!(await failExport(tx, exportId, attempt))) return;
      await recordAudit(tx, ctx, { action: 'export.failed', subjectId: exportId, details: { list } });
    });
    throw error;
  }
}

/** The stored request read back through the request schema, so the source gets a filter it can trust. */
function writeFile(db: Db, keyring: Keyring, row: ExportRow, attempt: number, actorContext: ActorContext) {
  const password = row.sealedPassword ? keyring.decrypt(row.sealedPassword) : undefined;
  const request = exportRequestInput.parse({ list: row.list, format: row.format, filter: row.filter, password, code: 'stored' });
  return exportSourceOf(request.list).write({
    db,
    actor: actorContext.actor,
    actorContext,
    keyring,
    filter: request.filter,
    format: row.format as ExportFormat,
    password,
    progress: (percent) => recordProgress(db, row.id, attempt, percent),
  });
}
