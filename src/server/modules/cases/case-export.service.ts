import { and } from 'drizzle-orm';
import type { CaseSummary } from '../../../shared/schemas/cases.ts';
import type { CaseExportFilter } from '../../../shared/schemas/exports.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { caseIdsInOrder, caseSummariesOf } from './case-export.queries.ts';
import { caseScope } from './cases.policy.ts';
import { caseFilters } from './cases.queries.ts';

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
  const ids = await caseIdsInOrder(db, where, filter);
  return {
    total: ids.length,
    async *batches() {
      for (let start = 0; start < ids.length; start += batchSize) {
        yield await caseSummariesOf(db, where, ids.slice(start, start + batchSize));
      }
    },
  };
}
