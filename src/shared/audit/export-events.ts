import { z } from 'zod';
import { casePhases, exploitationForms, policeRegions } from '../enums.ts';
import { caseSortKeys } from '../schemas/cases.ts';
import { exportFormats, exportLists } from '../schemas/exports.ts';
import { returnExportFilter } from '../schemas/returns.ts';
import { trainingExportFilter, trainingRegistrationsExportFilter } from '../schemas/trainings.ts';
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

/**
 * Each list's export filter, strict: the case list's above, the return programme's (it has none: an
 * empty object), the trainings list's (upcoming or past) and one event's registrations (its id).
 */
const listFilter = z.union([caseFilter, returnExportFilter, trainingExportFilter, trainingRegistrationsExportFilter]);

/** Exports of lists: asked for (with the filter), made (with the row count), fetched. Never the password. */
export const exportEvents = {
  'export.requested': about('export', { list: z.enum(exportLists), format: z.enum(exportFormats), filter: listFilter }),
  'export.completed': about('export', { list: z.enum(exportLists), rowCount: count }),
  'export.failed': about('export', { list: z.enum(exportLists) }),
  'export.downloaded': about('export', { list: z.enum(exportLists), rowCount: count }),
} as const;
