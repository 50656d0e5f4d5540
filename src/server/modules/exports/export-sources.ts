import type { ExportFilterOf, ExportList } from '../../../shared/schemas/exports.ts';
import { caseListExport } from './case-list-export.ts';
import { caseSummaryExport } from './case-summary-export.ts';
import type { ExportSource } from './export-source.ts';

/** Every exportable thing by its name in the request (shared/schemas/exports.ts exportLists). */
export const exportSources: { [L in ExportList]: ExportSource<ExportFilterOf<L>> } = {
  cases: caseListExport,
  case_summary: caseSummaryExport,
};

export function exportSourceOf(list: ExportList): ExportSource<unknown> {
  return exportSources[list];
}
