import { and } from 'drizzle-orm';
import type { ConsultationExportFilter, ConsultationSummary } from '../../../shared/schemas/consultations.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { consultationIdsInOrder, consultationSummariesOf } from './consultation-export.queries.ts';
import { consultationScope } from './consultations.policy.ts';
import { consultationFilters } from './consultations.queries.ts';

/** Consultations read per query while an export is written. */
const batchSize = 500;

export interface ExportableConsultations {
  /** How many consultations the export holds. */
  total: number;
  /** The consultations in the list's order, a batch at a time. */
  batches(): AsyncGenerator<ConsultationSummary[]>;
}

/**
 * Every consultation of the queue with the filter, as the actor sees it now: the list's own scope
 * and filters (consultationScope, consultationFilters), in its order. The ids are fixed first, so
 * one that comes in while the export is written neither shows twice nor pushes another out; each
 * batch is read inside the scope again, so one the actor lost meanwhile is left out, not shown.
 */
export async function exportableConsultations(db: Db, actor: Actor, filter: ConsultationExportFilter): Promise<ExportableConsultations> {
  const where = and(consultationScope(actor), ...consultationFilters(filter, actor.userId, stockholmDate(new Date())))!;
  const ids = await consultationIdsInOrder(db, where, filter.sort);
  return {
    total: ids.length,
    async *batches() {
      for (let start = 0; start < ids.length; start += batchSize) {
        yield await consultationSummariesOf(db, where, ids.slice(start, start + batchSize));
      }
    },
  };
}
