import type { RegistrationItem, TrainingRegistrationsExportFilter } from '../../../shared/schemas/trainings.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { notFound } from '../../platform/problems.ts';
import { presentRegistration } from './training-registrants.service.ts';
import { trainingScope } from './trainings.policy.ts';
import { findTrainingWithCounts, listRegistrationsOf } from './trainings.queries.ts';

export interface ExportableRegistrations {
  total: number;
  batches(): AsyncGenerator<RegistrationItem[]>;
}

/**
 * One event's registrations as its organiser sees them on the registrations page: the event only
 * within trainingScope (trainers and NMT every event, a regional coordinator their region's), seats
 * first, then the waiting list in order, then cancelled ones. An event outside the scope (or none)
 * gives an empty file, the same for both, so the export tells nothing of an event the caller may
 * not see. The export's own audit events record the event's id and the row count.
 */
export async function exportableRegistrations(db: Db, actor: Actor, filter: TrainingRegistrationsExportFilter): Promise<ExportableRegistrations> {
  const training = await findTrainingWithCounts(db, trainingScope(actor), filter.trainingId);
  const rows = training ? await listRegistrationsOf(db, training.training.id) : [];
  let position = 0;
  const items = rows.map((row) => presentRegistration(row, row.status === 'waiting' ? ++position : null));
  return {
    total: items.length,
    async *batches() {
      if (items.length > 0) yield items;
    },
  };
}

/** Refuses, when the export is asked for, an event outside the organiser's scope: 404, as for one that does not exist. */
export async function verifyRegistrationsExport(db: Db, actor: Actor, filter: TrainingRegistrationsExportFilter): Promise<void> {
  if (!(await findTrainingWithCounts(db, trainingScope(actor), filter.trainingId))) throw notFound('No such training event.');
}
