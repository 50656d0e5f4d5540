import { caseExportFilter, type ExportList } from '../../../shared/schemas/exports.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import type { RequestContext } from '../../platform/request-context.ts';
import { loadUserActor } from '../../platform/sessions.ts';
import { caseListColumns, caseListRows } from './case-list-export.ts';
import { csvBuffer } from './csv.ts';
import { claimExport, type ExportRow, failExport, findExportForJob, finishExport, recordProgress } from './exports.queries.ts';
import { encryptedXlsx } from './xlsx.ts';

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
 * password is erased with it, so a retry could not encrypt): the user asks again.
 */
export async function runExport({ db, keyring }: ExportJobDeps, exportId: string): Promise<void> {
  const row = await findExportForJob(db, exportId);
  if (!row || !(await claimExport(db, exportId))) return;
  const list = row.list as ExportList;
  const actor = await loadUserActor(db, row.requestedByUserId, `export:${exportId}`);
  const ctx: RequestContext = { actor, requestId: row.requestId, clientAddress: row.clientAddress };
  try {
    if (!actor) throw new Error('The requester is no longer active.');
    const { file, rowCount } = await writeFile(db, keyring, row, actor);
    await db.transaction(async (tx) => {
      await finishExport(tx, exportId, keyring.encrypt(file.toString('base64')), rowCount);
      await recordAudit(tx, ctx, { action: 'export.completed', subjectId: exportId, details: { list, rowCount } });
    });
  } catch (error) {
    await db.transaction(async (tx) => {
      await failExport(tx, exportId);
      await recordAudit(tx, ctx, { action: 'export.failed', subjectId: exportId, details: { list } });
    });
    throw error;
  }
}

async function writeFile(db: Db, keyring: Keyring, row: ExportRow, actor: NonNullable<Awaited<ReturnType<typeof loadUserActor>>>) {
  const { total, batches } = await caseListRows(db, actor, caseExportFilter.parse(row.filter));
  let written = 0;
  async function* rows() {
    for await (const batch of batches()) {
      yield* batch;
      written += batch.length;
      // Reading is most of the work; the last percent waits for the file to be stored.
      await recordProgress(db, row.id, Math.min(99, Math.floor((written / Math.max(total, 1)) * 100)));
    }
  }
  if (row.format === 'xlsx') {
    if (!row.sealedPassword) throw new Error('The export has no password to encrypt with.');
    return encryptedXlsx(rows(), caseListColumns, { sheetName: 'Ärenden', password: keyring.decrypt(row.sealedPassword) });
  }
  const file = await csvBuffer(rows(), caseListColumns);
  return { file, rowCount: written };
}
