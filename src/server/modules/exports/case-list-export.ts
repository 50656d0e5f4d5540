import type { CaseSummary } from '../../../shared/schemas/cases.ts';
import type { CaseExportFilter } from '../../../shared/schemas/exports.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import { exportableCases } from '../cases/case-export.service.ts';
import { casesPolicy } from '../cases/cases.policy.ts';
import type { ExportColumn } from './cell-guard.ts';
import { tabularExport } from './export-source.ts';

/**
 * The case list's columns: what the list shows, pseudonymised (reference, code name, phase,
 * region, municipality, forms, child flag, date opened), never identity data. Values are the
 * system's codes (stable for anyone who reads the file with a program); headings are Swedish.
 */
export const caseListColumns: readonly ExportColumn<CaseSummary>[] = [
  { header: 'Ärendenummer', value: (c) => c.reference },
  { header: 'Kodnamn', value: (c) => c.codeName },
  { header: 'Fas', value: (c) => c.phase },
  { header: 'Polisregion', value: (c) => c.regionCode },
  { header: 'Kommunkod', value: (c) => c.municipalityCode },
  { header: 'Exploateringsformer', value: (c) => c.exploitationForms.join(', ') },
  { header: 'Barn', value: (c) => (c.isChild ? 'ja' : 'nej') },
  // The date in Sweden, so a case opened just after midnight is not dated the day before.
  { header: 'Öppnat', value: (c) => stockholmDate(new Date(c.createdAt)) },
];

/** The case list, read through the cases module's own scope and filters. */
export const caseListExport = tabularExport<CaseExportFilter, CaseSummary>({
  allows: (actor) => casesPolicy.allows(actor, 'list'),
  sheetName: 'Ärenden',
  columns: caseListColumns,
  read: exportableCases,
});
