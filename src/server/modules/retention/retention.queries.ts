import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { RetentionRecordType } from '../../../shared/retention-terms.ts';
import type { LegalHold } from '../../../shared/schemas/retention.ts';
import { cases } from '../cases/cases.schema.ts';
import { legalHolds, retentionSettings, retentionTombstones } from './retention.schema.ts';

export async function readSetYears(db: Db | Tx): Promise<Map<RetentionRecordType, { years: number; updatedAt: Date }>> {
  const rows = await db.select().from(retentionSettings);
  return new Map(rows.map((row) => [row.recordType as RetentionRecordType, { years: row.years, updatedAt: row.updatedAt }]));
}

export async function upsertSetYears(tx: Tx, recordType: RetentionRecordType, years: number, userId: string): Promise<void> {
  await tx
    .insert(retentionSettings)
    .values({ recordType, years, updatedByUserId: userId })
    .onConflictDoUpdate({ target: retentionSettings.recordType, set: { years, updatedByUserId: userId, updatedAt: sql`now()` } });
}

export async function deleteSetYears(tx: Tx, recordType: RetentionRecordType): Promise<void> {
  await tx.delete(retentionSettings).where(eq(retentionSettings.recordType, recordType));
}

type HoldRow = typeof legalHolds.$inferSelect;

function present(row: HoldRow, caseReference: string): LegalHold {
  return {
    id: row.id,
    caseReference,
    reason: row.reason,
    placedAt: row.placedAt.toISOString(),
    liftedAt: row.liftedAt?.toISOString() ?? null,
    isActive: row.liftedAt === null,
  };
}

/** Every hold with its case's reference (nothing else of the case), active first, newest first. */
export async function listHolds(db: Db): Promise<LegalHold[]> {
  const rows = await db
    .select({ hold: legalHolds, reference: cases.reference })
    .from(legalHolds)
    .innerJoin(cases, eq(cases.id, legalHolds.caseId))
    .orderBy(sql`${legalHolds.liftedAt} is not null`, desc(legalHolds.placedAt))
    .limit(1000);
  return rows.map((row) => present(row.hold, row.reference));
}

/** A case's id by its reference number: all an administrator gives to place a hold. */
export async function findCaseIdByReference(db: Db | Tx, reference: string): Promise<string | undefined> {
  const [row] = await db.select({ id: cases.id }).from(cases).where(eq(cases.reference, reference));
  return row?.id;
}

export { present as presentHold };

export async function insertHold(tx: Tx, values: { caseId: string; reason: string; placedByUserId: string }): Promise<HoldRow | undefined> {
  const [row] = await tx.insert(legalHolds).values(values).onConflictDoNothing().returning();
  return row;
}

export async function liftHoldRow(tx: Tx, holdId: string, userId: string): Promise<HoldRow | undefined> {
  const [row] = await tx
    .update(legalHolds)
    .set({ liftedAt: sql`now()`, liftedByUserId: userId })
    .where(and(eq(legalHolds.id, holdId), isNull(legalHolds.liftedAt)))
    .returning();
  return row;
}

export async function findHold(db: Db | Tx, holdId: string): Promise<HoldRow | undefined> {
  const [row] = await db.select().from(legalHolds).where(eq(legalHolds.id, holdId));
  return row;
}

export async function insertTombstones(
  tx: Tx,
  rows: { recordType: RetentionRecordType; recordId: string; removedFields: string[]; closedAt: Date; retentionYears: number; runId: string }[],
): Promise<void> {
  if (rows.length > 0) await tx.insert(retentionTombstones).values(rows);
}
