import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CasePhase } from '../../../shared/enums.ts';
import { type DuplicateDecision, type DuplicateReason, duplicateReasons, type PossibleDuplicate } from '../../../shared/schemas/duplicates.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { cases } from '../cases/cases.schema.ts';
import { caseScope } from '../cases/cases.policy.ts';
import { persons } from '../persons/persons.schema.ts';
import { duplicateDecisions, personMatchKeys } from './duplicates.schema.ts';
import type { MatchKey } from './match-keys.ts';

/** Replaces a person's keyed hashes (an empty list removes them). */
export async function replaceMatchKeys(tx: Db | Tx, personId: string, keys: readonly MatchKey[]): Promise<void> {
  await tx.delete(personMatchKeys).where(eq(personMatchKeys.personId, personId));
  if (keys.length === 0) return;
  await tx
    .insert(personMatchKeys)
    .values(keys.map((key) => ({ personId, ...key })))
    .onConflictDoNothing();
}

const theirs = alias(personMatchKeys, 'theirs');
const reasonRank = sql`array_position(array[${sql.join(duplicateReasons.map((r) => sql`${r}`), sql`, `)}]::text[], ${theirs.kind})`;

/**
 * The other cases whose person shares a keyed hash with this person, in one statement: only cases
 * inside the actor's scope, never a person with protected identity, never a pair marked "not the
 * same". What is left out is left out of the statement, so nothing about it reaches the answer.
 */
export async function findPossibleDuplicates(
  db: Db | Tx,
  actor: Actor,
  personId: string,
  unverifiedOtherCaseId?: string,
): Promise<PossibleDuplicate[]> {
  const pairFirst = sql`least(${personMatchKeys.personId}, ${theirs.personId})`;
  const pairSecond = sql`greatest(${personMatchKeys.personId}, ${theirs.personId})`;
  const rows = await db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      phase: cases.phase,
      codeName: persons.codeName,
      birthYear: persons.birthYear,
      reasons: sql<DuplicateReason[]>`array_agg(distinct ${theirs.kind})`,
      rank: sql<number>`min(${reasonRank})`,
      decision: duplicateDecisions.decision,
    })
    .from(personMatchKeys)
    .innerJoin(theirs, and(eq(theirs.keyId, personMatchKeys.keyId), eq(theirs.hash, personMatchKeys.hash), ne(theirs.personId, personId)))
    .innerJoin(persons, eq(persons.id, theirs.personId))
    .innerJoin(cases, eq(cases.personId, theirs.personId))
    .leftJoin(duplicateDecisions, and(eq(duplicateDecisions.personId, pairFirst), eq(duplicateDecisions.otherPersonId, pairSecond)))
    .where(
      and(
        eq(personMatchKeys.personId, personId),
        eq(persons.hasProtectedIdentity, false),
        sql`${duplicateDecisions.decision} is distinct from 'not_same'`,
        unverifiedOtherCaseId === undefined ? undefined : eq(cases.id, unverifiedOtherCaseId),
        caseScope(actor),
      ),
    )
    .groupBy(cases.id, cases.reference, cases.phase, persons.codeName, persons.birthYear, duplicateDecisions.decision)
    .orderBy(sql`min(${reasonRank})`, asc(cases.reference));
  return rows.map(({ rank: _rank, ...row }) => ({
    ...row,
    phase: row.phase as CasePhase,
    reasons: [...row.reasons].sort((a, b) => duplicateReasons.indexOf(a) - duplicateReasons.indexOf(b)),
    decision: row.decision === 'same_person' ? 'same_person' : null,
  }));
}

/** The person of a case the caller has already been let into. */
export async function personOfCase(db: Db | Tx, caseId: string): Promise<string | undefined> {
  const [row] = await db.select({ personId: cases.personId }).from(cases).where(eq(cases.id, caseId));
  return row?.personId;
}

/** Records a decision about two persons; undefined when one was recorded meanwhile. */
export async function insertDecision(
  tx: Tx,
  personIds: readonly [string, string],
  decision: DuplicateDecision,
  reason: string | null,
  userId: string,
): Promise<string | undefined> {
  const [first, second] = [...personIds].sort() as [string, string];
  const [row] = await tx
    .insert(duplicateDecisions)
    .values({ personId: first, otherPersonId: second, decision, reason, decidedByUserId: userId })
    .onConflictDoNothing()
    .returning({ id: duplicateDecisions.id });
  return row?.id;
}
