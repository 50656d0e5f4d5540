import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { cases } from './cases.schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { caseScope } from './cases.policy.ts';

/** The id of the case with this reference, if the actor may see it. */
export async function findVisibleCaseId(db: Db | Tx, actor: Actor, reference: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.reference, reference), caseScope(actor)));
  return row?.id;
}

/** The references of those of the cases the actor may see, by id; the others are left out. */
export async function visibleCaseReferences(db: Db | Tx, actor: Actor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: cases.id, reference: cases.reference })
    .from(cases)
    .where(and(inArray(cases.id, [...new Set(ids)]), caseScope(actor)));
  return new Map(rows.map((r) => [r.id, r.reference]));
}

/**
 * Makes changes to one case's parts take turns (e.g. two requests that would both find an
 * organisation missing from the team and add it). NO KEY UPDATE leaves inserts that reference the
 * case (journal, tasks) free to run.
 */
export async function lockCase(tx: Tx, caseId: string): Promise<void> {
  await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).for('no key update');
}
