import { z } from 'zod';
import { limits } from '../limits.ts';
import { stockholmDate } from '../working-days.ts';
import { callExportFilter } from './calls.ts';
import { caseListQuery } from './cases.ts';
import { uuid } from './common.ts';
import { consultationExportFilter } from './consultations.ts';
import { htcdsExportFilter } from './htcds-export.ts';
import { returnExportFilter } from './returns.ts';
import { trainingExportFilter, trainingRegistrationsExportFilter } from './trainings.ts';
import { statisticsExportFilter } from './statistics.ts';

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The password a personal-data export (XLSX, PDF) is encrypted with. 12 to 64 characters,
 * no composition rules (NIST SP 800-63B), but no control characters (PDF readers and Excel
 * cannot take them from the keyboard), at most 127 bytes of UTF-8 (the most a PDF reader
 * reads) and not one character repeated. The server also checks it against the list of
 * breached passwords (platform/password-policy.ts) before it encrypts anything.
 */
export const exportPassword = z
  .string()
  .min(limits.exportPasswordMin)
  .max(limits.exportPasswordMax)
  .refine((password) => !controlCharacter.test(password), 'no control characters')
  .refine((password) => new TextEncoder().encode(password).length <= limits.exportPasswordBytesMax, `at most ${limits.exportPasswordBytesMax} bytes in UTF-8`)
  .refine((password) => new Set(password.toLowerCase()).size >= 4, 'at least 4 different characters');

/** What every export with personal data asks for besides the filter. */
export const encryptedExportInput = z.object({
  /** The password the file will open with; never stored, never logged. */
  password: exportPassword,
});
export type EncryptedExportInput = z.infer<typeof encryptedExportInput>;

/**
 * What can be exported. Each list exports exactly what its list shows the caller, with the list's
 * own filters; `case_summary` is one case as a PDF, `statistics` the suppressed tables, `htcds`
 * the k-anonymous microdata for NMT.
 */
export const exportLists = ['cases', 'consultations', 'calls', 'returns', 'trainings', 'training_registrations', 'case_summary', 'statistics', 'htcds'] as const;
export type ExportList = (typeof exportLists)[number];
/** CSV cannot be encrypted, so only a list of pseudonymised or aggregated fields offers it; XLSX and PDF are always encrypted. */
export const exportFormats = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportStatuses = ['queued', 'running', 'done', 'failed', 'expired'] as const;
export type ExportStatus = (typeof exportStatuses)[number];

/**
 * The case list's filters, without its search text (which may hold a name, and every filter of an
 * export is written to the audit log) and without paging (an export holds every matching case).
 * Flags are JSON booleans here, where the list's query string has 'true'/'false'.
 */
export const caseExportFilter = caseListQuery
  .pick({ sort: true, order: true, phase: true, region: true, exploitationForm: true })
  .extend({
    mine: z.boolean().optional(),
    overdue: z.boolean().optional(),
    isChild: z.boolean().optional(),
  })
  // A search text or a page is refused, not dropped: the file must hold what the user thinks it does.
  .strict();
export type CaseExportFilter = z.infer<typeof caseExportFilter>;

/** The languages a case summary is written in (its labels and headings; the case's own text is as written). */
export const caseSummaryLanguages = ['sv', 'en'] as const;
export type CaseSummaryLanguage = (typeof caseSummaryLanguages)[number];

/** One case as a summary PDF: which case, and the language of its labels. */
export const caseSummaryExportFilter = z.strictObject({ caseId: uuid, language: z.enum(caseSummaryLanguages) });
export type CaseSummaryExportFilter = z.infer<typeof caseSummaryExportFilter>;

/** A TOTP code (or a recovery code) typed again for this export. */
const secondFactorCode = z.string().trim().min(6).max(64);

/**
 * One list's export request: the list, the formats it offers, its filter (with the default used
 * when none is sent), the password (required for XLSX and PDF, refused for CSV) and the code.
 */
export function exportRequestOf<L extends ExportList, const Formats extends readonly [ExportFormat, ...ExportFormat[]], F extends z.ZodType>(list: L, formats: Formats, filter: F) {
  return z.object({
    list: z.literal(list),
    format: z.enum(formats),
    filter,
    password: exportPassword.optional(),
    code: secondFactorCode,
  });
}

/**
 * An export asked for. Every export needs the second-factor code again. XLSX and PDF are always
 * encrypted with the password; CSV, which cannot be, is offered only where the list holds no
 * identity data, and a password sent with it is refused rather than ignored.
 */
export const exportRequestInput = z
  .discriminatedUnion('list', [
    exportRequestOf('cases', ['csv', 'xlsx'], caseExportFilter.default({ sort: 'createdAt', order: 'desc' })),
    // Codes, references and dates only (no identity data, no free text), so CSV is offered too.
    exportRequestOf('consultations', ['xlsx', 'csv'], consultationExportFilter.default({ sort: 'received' })),
    exportRequestOf('calls', ['xlsx', 'csv'], callExportFilter.default(() => ({ date: stockholmDate(new Date()) }))),
    exportRequestOf('case_summary', ['pdf'], caseSummaryExportFilter),
    exportRequestOf('htcds', ['csv', 'xlsx'], htcdsExportFilter.default({})),
    exportRequestOf('returns', ['csv', 'xlsx'], returnExportFilter.default({})),
    exportRequestOf('trainings', ['csv', 'xlsx'], trainingExportFilter.default({ when: 'upcoming' })),
    exportRequestOf('training_registrations', ['xlsx'], trainingRegistrationsExportFilter),
    // Aggregated counts after disclosure control, no personal data: CSV is offered beside the encrypted formats.
    exportRequestOf('statistics', ['csv', 'xlsx', 'pdf'], statisticsExportFilter.default({ language: 'sv' })),
  ])
  .superRefine((input, ctx) => {
    if (input.format !== 'csv' && input.password === undefined) ctx.addIssue({ code: 'custom', path: ['password'], message: 'required for an encrypted file' });
    if (input.format === 'csv' && input.password !== undefined) ctx.addIssue({ code: 'custom', path: ['password'], message: 'a CSV file cannot be encrypted' });
  });
export type ExportRequestInput = z.infer<typeof exportRequestInput>;
/** The filter of one list's export request. */
export type ExportFilterOf<L extends ExportList> = Extract<ExportRequestInput, { list: L }>['filter'];

export const exportAccepted = z.object({ id: z.uuid() });

/** Where an export stands; the file can be fetched while status is done and expiresAt lies ahead. */
export const exportState = z.object({
  id: z.uuid(),
  list: z.enum(exportLists),
  format: z.enum(exportFormats),
  status: z.enum(exportStatuses),
  /** 0–100. */
  progress: z.int().min(0).max(100),
  rowCount: z.int().nullable(),
  /** Rows left out to keep the file k-anonymous (the HTCDS microdata only; null for every other export). */
  suppressedRows: z.int().nullable(),
  requestedAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ExportState = z.infer<typeof exportState>;
