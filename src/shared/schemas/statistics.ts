import { z } from 'zod';
import { exploitationForms, policeRegions } from '../enums.ts';
import { maxStatisticsQuarters } from '../statistics-terms.ts';

/** A calendar quarter, YYYY-Qn (Swedish time). */
export const quarter = z.string().regex(/^(19|20)\d\d-Q[1-4]$/, { error: 'quarter_format' });
export type Quarter = z.infer<typeof quarter>;


const quarterIndex = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;

/**
 * GET /api/statistics: the period (from and to quarter, both included), one police region and one
 * form of exploitation, each optional. Without a period, the last eight quarters.
 */
export const statisticsQuery = z
  .object({
    /** First quarter counted, YYYY-Qn. */
    from: quarter.optional(),
    /** Last quarter counted, YYYY-Qn. */
    to: quarter.optional(),
    /** Count one police region only (a regional coordinator: one of theirs). */
    region: z.enum(policeRegions).optional(),
    /** Count only cases (and consultations) with this form of exploitation. */
    form: z.enum(exploitationForms).optional(),
  })
  .refine((q) => !q.from || !q.to || quarterIndex(q.from) <= quarterIndex(q.to), { path: ['to'], error: 'period_reversed' })
  .refine((q) => !q.from || !q.to || quarterIndex(q.to) - quarterIndex(q.from) < maxStatisticsQuarters, {
    path: ['from'],
    error: 'period_too_long',
  });
export type StatisticsQuery = z.infer<typeof statisticsQuery>;

/** The languages the statistics export writes its headings and labels in. */
export const statisticsExportLanguages = ['sv', 'en'] as const;

/**
 * The statistics export's filter: the page's query (the same period, region and form, refused the
 * same way) and the language of the file's headings and labels. Unknown keys are refused: every
 * filter of an export is written to the audit log.
 */
export const statisticsExportFilter = z
  .strictObject({
    from: quarter.optional(),
    to: quarter.optional(),
    region: z.enum(policeRegions).optional(),
    form: z.enum(exploitationForms).optional(),
    language: z.enum(statisticsExportLanguages).default('sv'),
  })
  .refine((q) => !q.from || !q.to || quarterIndex(q.from) <= quarterIndex(q.to), { path: ['to'], error: 'period_reversed' })
  .refine((q) => !q.from || !q.to || quarterIndex(q.to) - quarterIndex(q.from) < maxStatisticsQuarters, {
    path: ['from'],
    error: 'period_too_long',
  });
export type StatisticsExportFilter = z.infer<typeof statisticsExportFilter>;

/** A published cell: its count, or hidden by disclosure control. A hidden count is never sent. */
/**
 * Why a count is hidden. `small`: it is 1 to 4 (shown as "<5"). `secondary`: it is 5 or more, hidden
 * so that no small count can be worked out from the totals (shown as ".."). Saying which is safe:
 * disclosure control counts on readers knowing these bounds.
 */
export const suppressionReasons = ['small', 'secondary'] as const;
export type SuppressionReason = (typeof suppressionReasons)[number];

export const publishedCell = z.union([z.object({ value: z.int().nonnegative() }), z.object({ suppressed: z.enum(suppressionReasons) })]);
export type PublishedCell = z.infer<typeof publishedCell>;

export const statisticsTableIds = [
  'new_cases_by_region',
  'exploitation_forms',
  'gender_and_age',
  'citizenship',
  'phases_reached',
  'consultations_by_source',
  'calls_by_caller',
  'return_outcomes',
] as const;
export type StatisticsTableId = (typeof statisticsTableIds)[number];

export const statisticsDimensions = [
  'quarter',
  'region',
  'exploitation_form',
  'gender',
  'age_band',
  'citizenship',
  'phase',
  'consultation_source',
  'caller_category',
  'return_status',
] as const;
export type StatisticsDimension = (typeof statisticsDimensions)[number];

export { ageBands, type AgeBand, maxStatisticsQuarters } from '../statistics-terms.ts';

/** Which of the request's filters a table honours (calls carry no form of exploitation). */
export const statisticsFilters = ['period', 'region', 'form'] as const;

/**
 * One table after disclosure control: every count of 1..4 (totals included) and enough other cells
 * that none of them can be worked out from the rest are `{ suppressed: 'small' | 'secondary' }`.
 */
export const statisticsTable = z.object({
  id: z.enum(statisticsTableIds),
  rows: z.object({ dimension: z.enum(statisticsDimensions), labels: z.array(z.string()) }),
  columns: z.object({ dimension: z.enum(statisticsDimensions), labels: z.array(z.string()) }),
  /** cells[row][column]. */
  cells: z.array(z.array(publishedCell)),
  rowTotals: z.array(publishedCell),
  columnTotals: z.array(publishedCell),
  grandTotal: publishedCell,
  filtersApplied: z.array(z.enum(statisticsFilters)),
});
export type StatisticsTable = z.infer<typeof statisticsTable>;

export const statisticsMedianIds = ['days_first_contact_to_case', 'days_referral_to_acceptance'] as const;

/** A median in whole days per quarter, null where fewer than five values were counted. */
export const statisticsMedian = z.object({
  id: z.enum(statisticsMedianIds),
  quarters: z.array(z.object({ quarter, days: z.number().nonnegative().nullable() })),
  overall: z.number().nonnegative().nullable(),
});
export type StatisticsMedian = z.infer<typeof statisticsMedian>;

export const statistics = z.object({
  /** True when every region is counted. */
  national: z.boolean(),
  /** The regions counted. */
  regions: z.array(z.enum(policeRegions)),
  /** The regions the caller may pick from. */
  selectableRegions: z.array(z.enum(policeRegions)),
  from: quarter,
  to: quarter,
  form: z.enum(exploitationForms).nullable(),
  quarters: z.array(quarter),
  tables: z.array(statisticsTable),
  medians: z.array(statisticsMedian),
});
export type Statistics = z.infer<typeof statistics>;
