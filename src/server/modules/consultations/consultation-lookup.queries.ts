import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { consultations } from './consultations.schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { consultationScope } from './consultations.policy.ts';

/** The id of the consultation with this reference, if the actor may see it. */
export async function findVisibleConsultationId(db: Db | Tx, actor: Actor, reference: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.reference, reference), consultationScope(actor)));
  return row?.id;
}

/** The references of those of the consultations the actor may see, by id; the others are left out. */
export async function visibleConsultationReferences(db: Db | Tx, actor: Actor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: consultations.id, reference: consultations.reference })
    .from(consultations)
    .where(and(inArray(consultations.id, [...new Set(ids)]), consultationScope(actor)));
  return new Map(rows.map((r) => [r.id, r.reference]));
}
