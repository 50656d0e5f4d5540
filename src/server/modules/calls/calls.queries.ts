import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { cases } from '../cases/cases.schema.ts';
import { consultations } from '../consultations/consultations.schema.ts';
import { calls } from './calls.schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { caseScope } from '../cases/cases.policy.ts';
import { consultationScope } from '../consultations/consultations.policy.ts';

export type CallRow = typeof calls.$inferSelect;
export type CallInsert = typeof calls.$inferInsert;
export type CallChanges = Partial<
  Pick<
    CallInsert,
    'startedAt' | 'endedAt' | 'callerCategory' | 'topic' | 'regionCode' | 'language' | 'adviceGiven' | 'followUpNeeded' | 'consultationId' | 'caseId'
  >
>;

/** A call with the references of what it links to, each only when the actor may see it. */
export interface CallWithLinks {
  call: CallRow;
  consultationReference: string | null;
  visibleCaseId: string | null;
  caseReference: string | null;
}

/** The actor's own calls (a call's operator is the only one who reads it), joined with what they may see. */
function selectOwnCalls(db: Db | Tx, actor: Actor) {
  return db
    .select({
      call: calls,
      consultationReference: consultations.reference,
      visibleCaseId: cases.id,
      caseReference: cases.reference,
    })
    .from(calls)
    .leftJoin(consultations, and(eq(consultations.id, calls.consultationId), consultationScope(actor)))
    .leftJoin(cases, and(eq(cases.id, calls.caseId), caseScope(actor)));
}

export async function listOwnCalls(db: Db | Tx, actor: Actor, from: Date, until: Date): Promise<CallWithLinks[]> {
  return selectOwnCalls(db, actor)
    .where(and(eq(calls.operatorUserId, actor.userId), gte(calls.startedAt, from), lt(calls.startedAt, until)))
    .orderBy(desc(calls.startedAt), desc(calls.createdAt));
}

export async function findOwnCall(db: Db | Tx, actor: Actor, callId: string): Promise<CallWithLinks | undefined> {
  const [row] = await selectOwnCalls(db, actor).where(and(eq(calls.id, callId), eq(calls.operatorUserId, actor.userId)));
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

/** The id of the consultation with this reference, if the actor may see it. */
export async function findVisibleConsultationId(db: Db | Tx, actor: Actor, reference: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.reference, reference), consultationScope(actor)));
  return row?.id;
}

/** The id of the case with this reference, if the actor may see it. */
export async function findVisibleCaseId(db: Db | Tx, actor: Actor, reference: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.reference, reference), caseScope(actor)));
  return row?.id;
}
