import { z } from 'zod';
import { casePhases, exploitationForms, policeRegions } from '../enums.ts';
import { caseSortKeys } from '../schemas/cases.ts';
import { exportFormats, exportLists } from '../schemas/exports.ts';
import { quarter, statisticsExportLanguages } from '../schemas/statistics.ts';
import { about, count, flag } from './vocabulary.ts';

/** The case list's filters as an export records them: enums and flags only, never a search text. */
const caseFilter = z.strictObject({
  sort: z.enum(caseSortKeys),
  order: z.enum(['asc', 'desc']),
  phase: z.enum(casePhases).optional(),
  region: z.enum(policeRegions).optional(),
  exploitationForm: z.enum(exploitationForms).optional(),
  mine: flag.optional(),
  overdue: flag.optional(),
  isChild: flag.optional(),
});

/** The statistics' filters as an export records them: quarters and enums only. */
const statisticsFilter = z.strictObject({
  from: quarter.optional(),
  to: quarter.optional(),
  region: z.enum(policeRegions).optional(),
  form: z.enum(exploitationForms).optional(),
  language: z.enum(statisticsExportLanguages),
});

/** Exports of lists: asked for (with the filter), made (with the row count), fetched. Never the password. */
export const exportEvents = {
  'export.requested': about('export', { list: z.enum(exportLists), format: z.enum(exportFormats), filter: z.union([caseFilter, statisticsFilter]) }),
  'export.completed': about('export', { list: z.enum(exportLists), rowCount: count }),
  'export.failed': about('export', { list: z.enum(exportLists) }),
  'export.downloaded': about('export', { list: z.enum(exportLists), rowCount: count }),
} as const;
