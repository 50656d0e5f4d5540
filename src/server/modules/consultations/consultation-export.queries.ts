import { type SQL, and, eq, inArray } from 'drizzle-orm';
import type { ConsultationListQuery, ConsultationSummary } from '../../../shared/schemas/consultations.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/identity.ts';
import { consultationOrder, summaryColumns, toSummary } from './consultations.queries.ts';
import { consultations } from './consultations.schema.ts';

/** The ids of the consultations inside the scope, in the list's order. */
export async function consultationIdsInOrder(db: Db, where: SQL, sort: ConsultationListQuery['sort']): Promise<string[]> {
  const rows = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(where)
    .orderBy(...consultationOrder(sort));
  return rows.map((row) => row.id);
}

/** The list rows of these consultations that are still inside the scope, in the order of `ids`. */
export async function consultationSummariesOf(db: Db, where: SQL, ids: string[]): Promise<ConsultationSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(consultations)
    .leftJoin(users, eq(users.id, consultations.assigneeUserId))
    .where(and(where, inArray(consultations.id, ids)));
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
