import type { ExportFilterOf, ExportList } from '../../../shared/schemas/exports.ts';
import { caseListExport } from './case-list-export.ts';
import type { ExportSource } from './export-source.ts';
import { statisticsExport } from './statistics-export.ts';

/** Every exportable thing by its name in the request (shared/schemas/exports.ts exportLists). */
export const exportSources: { [L in ExportList]: ExportSource<ExportFilterOf<L>> } = {
  cases: caseListExport,
  statistics: statisticsExport,
};

export function exportSourceOf(list: ExportList): ExportSource<unknown> {
  return exportSources[list];
}
