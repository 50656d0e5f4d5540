import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { PoliceRegion } from '../../../shared/enums.ts';
import type { Db, Tx } from '../../db/client.ts';
import { calls } from './calls.schema.ts';
import type { Actor } from '../../platform/actor.ts';

export type CallRow = typeof calls.$inferSelect;
export type CallInsert = typeof calls.$inferInsert;
export type CallChanges = Partial<
  Pick<
    CallInsert,
    'startedAt' | 'endedAt' | 'callerCategory' | 'topic' | 'regionCode' | 'language' | 'adviceGiven' | 'followUpNeeded' | 'consultationId' | 'caseId'
  >
>;

/** The actor's own calls (a call's operator is the only one who reads it) of a time span. */
export async function listOwnCalls(db: Db | Tx, actor: Actor, from: Date, until: Date): Promise<CallRow[]> {
  return db
    .select()
    .from(calls)
    .where(and(eq(calls.operatorUserId, actor.userId), gte(calls.startedAt, from), lt(calls.startedAt, until)))
    .orderBy(desc(calls.startedAt), desc(calls.createdAt));
}

export async function findOwnCall(db: Db | Tx, actor: Actor, callId: string): Promise<CallRow | undefined> {
  const [row] = await db
    .select()
    .from(calls)
    .where(and(eq(calls.id, callId), eq(calls.operatorUserId, actor.userId)));
  return row;
}

export async function insertCall(tx: Tx, values: CallInsert): Promise<string> {
  const [row] = await tx.insert(calls).values(values).returning({ id: calls.id });
  return row!.id;
}

/** Changes the call if it still has the expected version; the new version, or undefined. */
export async function updateCallFields(tx: Tx, callId: string, expectedVersion: number, changes: CallChanges): Promise<number | undefined> {
  const [row] = await tx
    .update(calls)
    .set({ ...changes, version: sql`${calls.version} + 1` })
    .where(and(eq(calls.id, callId), eq(calls.version, expectedVersion)))
    .returning({ version: calls.version });
  return row?.version;
}

/** Support-line calls started in [from, to), in the regions given (every call when null). */
export async function countCallsStarted(db: Db, regions: readonly PoliceRegion[] | null, from: Date, to: Date): Promise<number> {
  const conditions = [gte(calls.startedAt, from), lt(calls.startedAt, to)];
  if (regions !== null) conditions.push(regions.length === 1 ? eq(calls.regionCode, regions[0]!) : inArray(calls.regionCode, [...regions]));
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(calls)
    .where(and(...conditions));
  return row?.count ?? 0;
}
