import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { CaseSummary } from '../../../shared/schemas/cases.ts';
import type { CaseExportFilter } from '../../../shared/schemas/exports.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { persons } from '../persons/persons.schema.ts';
import { caseScope } from './cases.policy.ts';
import { caseFilters, sortColumns, summaryColumns, toSummary } from './cases.queries.ts';
import { cases } from './cases.schema.ts';

/** Cases read per query while an export is written. */
const batchSize = 500;

export interface ExportableCases {
  /** How many cases the export holds. */
  total: number;
  /** The cases in the list's order, a batch at a time. */
  batches(): AsyncGenerator<CaseSummary[]>;
}

/**
 * Every case of the case list with the filter, as the actor sees it now: the list's own scope and
 * filters (caseScope, caseFilters), in its order. The ids are fixed first, so a case opened or
 * moved while the export is written neither shows twice nor pushes another out; each batch is read
 * inside the scope again, so a case the actor lost meanwhile is left out rather than shown.
 */
export async function exportableCases(db: Db, actor: Actor, filter: CaseExportFilter): Promise<ExportableCases> {
  const where = and(caseScope(actor), ...caseFilters(filter, actor.userId, stockholmDate(new Date())))!;
  const direction = filter.order === 'asc' ? asc : desc;
  const ids = (
    await db
      .select({ id: cases.id })
      .from(cases)
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(where)
      .orderBy(direction(sortColumns[filter.sort]), direction(cases.id))
  ).map((row) => row.id);
  return {
    total: ids.length,
    async *batches() {
      for (let start = 0; start < ids.length; start += batchSize) {
        const batch = ids.slice(start, start + batchSize);
        const rows = await db
          .select(summaryColumns)
          .from(cases)
          .innerJoin(persons, eq(persons.id, cases.personId))
          .where(and(where, inArray(cases.id, batch)));
        const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
        yield batch.flatMap((id) => byId.get(id) ?? []);
      }
    },
  };
}
