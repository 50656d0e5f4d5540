import { type SQL, and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { CaseSummary } from '../../../shared/schemas/cases.ts';
import type { CaseExportFilter } from '../../../shared/schemas/exports.ts';
import type { Db } from '../../db/client.ts';
import { persons } from '../persons/persons.schema.ts';
import { sortColumns, summaryColumns, toSummary } from './cases.queries.ts';
import { cases } from './cases.schema.ts';

/** The ids of the cases inside the scope, in the list's order. */
export async function caseIdsInOrder(db: Db, where: SQL, filter: Pick<CaseExportFilter, 'sort' | 'order'>): Promise<string[]> {
  const direction = filter.order === 'asc' ? asc : desc;
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(where)
    .orderBy(direction(sortColumns[filter.sort]), direction(cases.id));
  return rows.map((row) => row.id);
}

/** The list rows of these cases that are still inside the scope, in the order of `ids`. */
export async function caseSummariesOf(db: Db, where: SQL, ids: string[]): Promise<CaseSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(where, inArray(cases.id, ids)));
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
