import { type SQL, and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { CaseFlagKind } from '../../../shared/enums.ts';
import type { CaseFlag, CaseFlagSummary } from '../../../shared/schemas/case-flags.ts';
import type { Db, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/identity.ts';
import { cases } from '../cases/cases.schema.ts';
import { caseFlags } from './case-flags.schema.ts';

/** The active flags of a case, oldest first. Call only after requireCaseAccess. */
export async function listActiveFlags(db: Db | Tx, caseId: string, flagId?: string): Promise<CaseFlag[]> {
  const rows = await db
    .select({
      id: caseFlags.id,
      caseId: caseFlags.caseId,
      kind: caseFlags.kind,
      message: caseFlags.message,
      dueOn: caseFlags.dueOn,
      raisedByName: users.name,
      raisedAt: caseFlags.raisedAt,
      version: caseFlags.version,
    })
    .from(caseFlags)
    .innerJoin(users, eq(users.id, caseFlags.raisedByUserId))
    .where(and(eq(caseFlags.caseId, caseId), isNull(caseFlags.removedAt), flagId ? eq(caseFlags.id, flagId) : undefined))
    .orderBy(asc(caseFlags.raisedAt), asc(caseFlags.id));
  return rows.map((r) => ({ ...r, kind: r.kind as CaseFlagKind, raisedAt: r.raisedAt.toISOString() }));
}

/** The active flags of the given cases that lie in the scope: the condition is in the SQL. */
export async function listFlagsOfCases(db: Db, scope: SQL, caseIds: readonly string[]): Promise<CaseFlagSummary[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .select({ caseId: caseFlags.caseId, id: caseFlags.id, kind: caseFlags.kind, dueOn: caseFlags.dueOn })
    .from(caseFlags)
    .innerJoin(cases, eq(cases.id, caseFlags.caseId))
    .where(and(inArray(caseFlags.caseId, [...caseIds]), isNull(caseFlags.removedAt), scope))
    .orderBy(asc(caseFlags.raisedAt), asc(caseFlags.id));
  return rows.map((r) => ({ ...r, kind: r.kind as CaseFlagKind }));
}

export async function insertFlag(tx: Tx, values: typeof caseFlags.$inferInsert): Promise<string> {
  const [row] = await tx.insert(caseFlags).values(values).returning({ id: caseFlags.id });
  return row!.id;
}

/** An active flag of the case, locked for its removal. */
export async function lockActiveFlag(tx: Tx, caseId: string, flagId: string) {
  const [row] = await tx
    .select({ id: caseFlags.id, kind: caseFlags.kind, version: caseFlags.version })
    .from(caseFlags)
    .where(and(eq(caseFlags.id, flagId), eq(caseFlags.caseId, caseId), isNull(caseFlags.removedAt)))
    .for('update');
  return row ? { ...row, kind: row.kind as CaseFlagKind } : undefined;
}

/** Marks the locked flag removed. */
export async function markFlagRemoved(tx: Tx, flagId: string, userId: string): Promise<void> {
  await tx
    .update(caseFlags)
    .set({ removedAt: sql`now()`, removedByUserId: userId, version: sql`${caseFlags.version} + 1` })
    .where(eq(caseFlags.id, flagId));
}
