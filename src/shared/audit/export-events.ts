import { z } from 'zod';
import { casePhases, consultationStatuses, exploitationForms, policeRegions } from '../enums.ts';
import { caseSortKeys } from '../schemas/cases.ts';
import { consultationAgeBuckets } from '../schemas/consultations.ts';
import { caseSummaryLanguages, exportFormats, exportLists } from '../schemas/exports.ts';
import { htcdsExportFilter } from '../schemas/htcds-export.ts';
import { quarter, statisticsExportLanguages } from '../schemas/statistics.ts';
import { returnExportFilter } from '../schemas/returns.ts';
import { trainingExportFilter, trainingRegistrationsExportFilter } from '../schemas/trainings.ts';
import { extractLanguages, extractSearchKinds } from '../schemas/register-extract.ts';
import { about, calendarDate, count, flag, id } from './vocabulary.ts';

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

/** The consultation queue's filters as an export records them: enums and flags only. */
const consultationFilter = z.strictObject({
  sort: z.enum(['received', 'due']),
  status: z.enum(consultationStatuses).optional(),
  region: z.enum(policeRegions).optional(),
  age: z.enum(consultationAgeBuckets).optional(),
  mine: flag.optional(),
  overdue: flag.optional(),
  newToday: flag.optional(),
});

/** The call log's filter as an export records it: the day. */
const callFilter = z.strictObject({ date: calendarDate });

/** A case summary's filter: the case and the language of the labels. */
const caseSummaryFilter = z.strictObject({ caseId: id, language: z.enum(caseSummaryLanguages) });

/** The statistics' filters as an export records them: quarters and enums only. */
const statisticsFilter = z.strictObject({
  from: quarter.optional(),
  to: quarter.optional(),
  region: z.enum(policeRegions).optional(),
  form: z.enum(exploitationForms).optional(),
  language: z.enum(statisticsExportLanguages),
});

/**
 * Every export's filter, strict: the lists' (the return programme has none: an empty object; the
 * trainings list upcoming or past; one event's registrations its id), a case summary's, the
 * statistics', the HTCDS years. Enums, flags, dates, years and ids only.
 */
const exportFilter = z.union([
  caseFilter,
  consultationFilter,
  callFilter,
  returnExportFilter,
  trainingExportFilter,
  trainingRegistrationsExportFilter,
  caseSummaryFilter,
  statisticsFilter,
  htcdsExportFilter,
]);

/** Exports: asked for (with the filter), made (with the row count), fetched. Never the password. */
export const exportEvents = {
  'export.requested': about('export', { list: z.enum(exportLists), format: z.enum(exportFormats), filter: exportFilter }),
  // suppressedRows: rows the HTCDS export left out to stay k-anonymous (that export only).
  'export.completed': about('export', { list: z.enum(exportLists), rowCount: count, suppressedRows: count.optional() }),
  'export.failed': about('export', { list: z.enum(exportLists) }),
  'export.downloaded': about('export', { list: z.enum(exportLists), rowCount: count }),
  // Register extracts (GDPR Art. 15): the search kind and how many persons were found, never the
  // number or name searched for; the delivery names the person's id, the format and the record count.
  'extract.requested': about(null, { by: z.enum(extractSearchKinds), count }),
  'extract.delivered': about(null, { personId: id, format: z.enum(['json', 'pdf']), records: count, protectedIdentity: flag, language: z.enum(extractLanguages).optional() }),
} as const;
