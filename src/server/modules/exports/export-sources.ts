import type { ExportFilterOf, ExportList } from '../../../shared/schemas/exports.ts';
import { caseListExport } from './case-list-export.ts';
import type { ExportSource } from './export-source.ts';
import { htcdsExport } from './htcds-export.ts';

/** Every exportable thing by its name in the request (shared/schemas/exports.ts exportLists). */
export const exportSources: { [L in ExportList]: ExportSource<ExportFilterOf<L>> } = {
  cases: caseListExport,
  htcds: htcdsExport,
};

export function exportSourceOf(list: ExportList): ExportSource<unknown> {
  return exportSources[list];
}
