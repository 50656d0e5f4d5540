import type { TrainingExportFilter, TrainingItem } from '../../../shared/schemas/trainings.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { trainingListScope, trainingScope } from './trainings.policy.ts';
import { listTrainingsWithCounts } from './trainings.queries.ts';
import { presentTraining } from './trainings.service.ts';

/** Events handed to the file writer at a time. */
const batchSize = 500;

export interface ExportableTrainings {
  /** How many events the export holds. */
  total: number;
  /** The events in the list's order, a batch at a time. */
  batches(): AsyncGenerator<TrainingItem[]>;
}

/**
 * Every event of the trainings list with the filter, as the actor sees it now: the list's own
 * query, scope (trainingListScope: all events for trainers and NMT, a regional coordinator's
 * region(s), and the published national and regional events every member may register for) and
 * order. The list is read once, with its counts, as one list request reads it: events are few
 * (hundreds a year), and one read gives the file one moment's counts.
 */
export async function exportableTrainings(db: Db, actor: Actor, filter: TrainingExportFilter, now = new Date()): Promise<ExportableTrainings> {
  const rows = await listTrainingsWithCounts(db, trainingListScope(actor), trainingScope(actor), filter.when, now);
  const items = rows.map((row) => presentTraining({ ...row, canManage: Boolean(row.canManage) }));
  return {
    total: items.length,
    async *batches() {
      for (let start = 0; start < items.length; start += batchSize) yield items.slice(start, start + batchSize);
    },
  };
}
