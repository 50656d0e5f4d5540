import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db, Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { badRequest, conflict, notFound } from '../../platform/problems.ts';
import type { ActorContext, RequestContext } from '../../platform/request-context.ts';
import { type RetentionRecordType, retentionRecordTypes } from '../../../shared/retention-terms.ts';
import type { LegalHold, LegalHoldInput, RetentionRunSummary, RetentionSetting, RetentionSettingsInput } from '../../../shared/schemas/retention.ts';
import { anonymiseRecords, removedFields } from './retention-anonymise.queries.ts';
import { countExpiredAuditEvents, eraseExpiredAuditEvents } from './retention-audit.queries.ts';
import { type AnonymisedType, countExpired, nextExpiredBatch } from './retention-selection.queries.ts';
import {
  deleteSetYears,
  findCaseIdByReference,
  findHold,
  insertHold,
  insertTombstones,
  liftHoldRow,
  listHolds,
  presentHold,
  readSetYears,
  upsertSetYears,
} from './retention.queries.ts';

/** Runs of several instances take turns on this transaction lock, batch by batch. */
const retentionLockKey = 7_346_213;
const batchSize = 200;
/** Erasing an audit event's two fields is one small UPDATE, so these batches are larger. */
const auditBatchSize = 2_000;

async function settingsOf(db: Db, config: Config): Promise<RetentionSetting[]> {
  const set = await readSetYears(db);
  return retentionRecordTypes.map((recordType) => {
    const own = set.get(recordType);
    const defaultYears = config.retentionYears[recordType];
    return { recordType, defaultYears, setYears: own?.years ?? null, years: own?.years ?? defaultYears, updatedAt: own?.updatedAt.toISOString() ?? null };
  });
}

export async function readRetentionSettings(db: Db, ctx: ActorContext, config: Config): Promise<RetentionSetting[]> {
  await recordAudit(db, ctx, { action: 'retention.settings_read' });
  return settingsOf(db, config);
}

/** Sets or clears (null: back to the default) the period of the record types named. */
export async function updateRetentionSettings(db: Db, ctx: ActorContext, config: Config, input: RetentionSettingsInput): Promise<RetentionSetting[]> {
  const changes = retentionRecordTypes.flatMap((recordType) => {
    const years = input.years[recordType];
    return years === undefined ? [] : [{ recordType, years }];
  });
  await db.transaction(async (tx) => {
    for (const { recordType, years } of changes) {
      if (years === null) await deleteSetYears(tx, recordType);
      else await upsertSetYears(tx, recordType, years, ctx.actor.userId);
    }
    await recordAudit(tx, ctx, { action: 'retention.settings_changed', details: { changes } });
  });
  return settingsOf(db, config);
}

export async function listLegalHolds(db: Db, ctx: ActorContext): Promise<LegalHold[]> {
  const holds = await listHolds(db);
  await recordAudit(db, ctx, { action: 'legal_hold.list', details: { count: holds.length } });
  return holds;
}

/** Places a hold on the case with this reference; a case already held answers 409. */
export async function placeLegalHold(db: Db, ctx: ActorContext, input: LegalHoldInput): Promise<LegalHold> {
  return db.transaction(async (tx) => {
    const caseId = await findCaseIdByReference(tx, input.caseReference);
    if (!caseId) throw badRequest('No case has this reference.', [{ field: 'caseReference', code: 'not_found', message: 'No case has this reference.' }]);
    const row = await insertHold(tx, { caseId, reason: input.reason, placedByUserId: ctx.actor.userId });
    if (!row) throw conflict('The case is already on hold.');
    await recordAudit(tx, ctx, { action: 'legal_hold.placed', subjectId: caseId, details: { holdId: row.id } });
    return presentHold(row, input.caseReference);
  });
}

/** Lifts an active hold; the case's retention runs again from the next run. */
export async function liftLegalHold(db: Db, ctx: ActorContext, unverifiedHoldId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await liftHoldRow(tx, unverifiedHoldId, ctx.actor.userId);
    if (!row) {
      if (await findHold(tx, unverifiedHoldId)) throw conflict('The hold was already lifted.');
      throw notFound('No such legal hold.');
    }
    await recordAudit(tx, ctx, { action: 'legal_hold.lifted', subjectId: row.caseId, details: { holdId: row.id } });
  });
}

const anonymisedTypes = retentionRecordTypes.filter((t): t is AnonymisedType => t !== 'audit');

async function yearsInForce(db: Db, config: Config): Promise<Record<RetentionRecordType, number>> {
  const settings = await settingsOf(db, config);
  return Object.fromEntries(settings.map((s) => [s.recordType, s.years])) as Record<RetentionRecordType, number>;
}

/** Batches of `erase` under the run lock until one comes back short; answers the total. */
async function inBatches(db: Db, size: number, erase: (tx: Tx) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${retentionLockKey})`);
      return erase(tx);
    });
    total += done;
    if (done < size) return total;
  }
}

/**
 * Anonymises every record whose period has passed since it closed, in batches, each batch in one
 * transaction with its tombstones; a case on legal hold (and its journal, documents, calls and
 * the consultation it came from) is skipped. Audit events past their period lose their actor and
 * client address (the event, its details and its place in the hash chain stay; the row records
 * when), except those about a held case. A dry run only counts and writes nothing, not even an
 * audit event. Idempotent: a tombstoned record or erased event is never taken again.
 */
export async function runRetention(db: Db, ctx: RequestContext, config: Config, options: { dryRun: boolean; now?: Date }): Promise<RetentionRunSummary> {
  const now = options.now ?? new Date();
  const years = await yearsInForce(db, config);
  const types: RetentionRunSummary['types'] = [];
  const runId = randomUUID();
  for (const type of anonymisedTypes) {
    const counted = await countExpired(db, type, years[type], now);
    if (options.dryRun) {
      types.push({ recordType: type, years: years[type], ...counted });
      continue;
    }
    const anonymised = await inBatches(db, batchSize, async (tx) => {
      const batch = await nextExpiredBatch(tx, type, years[type], now, batchSize);
      if (batch.length === 0) return 0;
      await anonymiseRecords(tx, type, batch.map((row) => row.id));
      await insertTombstones(
        tx,
        batch.map((row) => ({ recordType: type, recordId: row.id, removedFields: [...removedFields[type]], closedAt: row.closedAt, retentionYears: years[type], runId })),
      );
      return batch.length;
    });
    types.push({ recordType: type, years: years[type], expired: anonymised, held: counted.held });
  }
  const auditCounted = await countExpiredAuditEvents(db, years.audit, now);
  const erased = options.dryRun ? auditCounted.expired : await inBatches(db, auditBatchSize, (tx) => eraseExpiredAuditEvents(tx, years.audit, now, auditBatchSize));
  types.push({ recordType: 'audit', years: years.audit, expired: erased, held: auditCounted.held });
  if (!options.dryRun) {
    await recordAudit(db, ctx, {
      action: 'retention.run',
      details: { runId, types: types.map((t) => ({ recordType: t.recordType, years: t.years, anonymised: t.expired, held: t.held })) },
    });
  }
  return { dryRun: options.dryRun, types };
}
