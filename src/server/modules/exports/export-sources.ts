import type { ExportFilterOf, ExportList } from '../../../shared/schemas/exports.ts';
import { callListExport } from './call-list-export.ts';
import { caseListExport } from './case-list-export.ts';
import { caseSummaryExport } from './case-summary-export.ts';
import { consultationListExport } from './consultation-list-export.ts';
import type { ExportSource } from './export-source.ts';
import { htcdsExport } from './htcds-export.ts';
import { returnListExport } from './return-list-export.ts';
import { trainingListExport } from './training-list-export.ts';
import { trainingRegistrationsExport } from './training-registrations-export.ts';
import { statisticsExport } from './statistics-export.ts';

/** Every exportable thing by its name in the request (shared/schemas/exports.ts exportLists). */
export const exportSources: { [L in ExportList]: ExportSource<ExportFilterOf<L>> } = {
  cases: caseListExport,
  consultations: consultationListExport,
  calls: callListExport,
  case_summary: caseSummaryExport,
  htcds: htcdsExport,
  returns: returnListExport,
  trainings: trainingListExport,
  training_registrations: trainingRegistrationsExport,
  statistics: statisticsExport,
};

export function exportSourceOf(list: ExportList): ExportSource<unknown> {
  return exportSources[list];
}
