import { z } from 'zod';
import {
  type ConsultationOutcome,
  childInvolvement,
  consultationOutcomes,
  consultationSources,
  consultationStatuses,
  consultationUrgencies,
  exploitationForms,
  policeRegions,
} from '../enums.ts';
import { limits } from '../limits.ts';
import { pageQuery, uuid } from './common.ts';

const distinct = <T>(values: T[]) => new Set(values).size === values.length;
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .default(null);

/** Longest description or advice text. */
export const consultationTextMax = 5000;

/** A signed-in person's request for method support: the public form's fields without its abuse defences. */
export const consultationCreateInput = z.object({
  municipalityCode: z.string().regex(/^\d{4}$/, 'four digits'),
  description: z.string().trim().min(1).max(consultationTextMax),
  exploitationForms: z.array(z.enum(exploitationForms)).max(exploitationForms.length).refine(distinct, 'each form at most once').default([]),
  childInvolved: z.enum(childInvolvement).default('unknown'),
  urgency: z.enum(consultationUrgencies).default('normal'),
  requesterName: optionalText(limits.nameMax),
  requesterOrganisation: optionalText(limits.organisationNameMax),
  requesterPhone: optionalText(40),
  requesterEmail: z
    .string()
    .trim()
    .max(limits.emailMax)
    .transform((s) => (s === '' ? null : s.toLowerCase()))
    .pipe(z.email().nullable())
    .nullable()
    .default(null),
});
export type ConsultationCreateInput = z.infer<typeof consultationCreateInput>;
export type ConsultationCreateRequest = z.input<typeof consultationCreateInput>;

const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const consultationAgeBuckets = ['today', 'days_1_3', 'days_4_7', 'older'] as const;

export const consultationListQuery = pageQuery.extend({
  status: z.enum(consultationStatuses).optional(),
  region: z.enum(policeRegions).optional(),
  mine: flag,
  overdue: flag,
  newToday: flag,
  /** Open consultations by age in days since receipt (Swedish dates). */
  age: z.enum(consultationAgeBuckets).optional(),
  sort: z.enum(['received', 'due']).default('received'),
});
export type ConsultationListQuery = z.infer<typeof consultationListQuery>;

/**
 * The queue's filters as an export takes them: no paging (an export holds every matching
 * consultation) and flags as JSON booleans, where the list's query string has 'true'/'false'.
 * Enums and flags only: every filter of an export is written to the audit log.
 */
export const consultationExportFilter = consultationListQuery
  .pick({ status: true, region: true, age: true, sort: true })
  .extend({
    mine: z.boolean().optional(),
    overdue: z.boolean().optional(),
    newToday: z.boolean().optional(),
  })
  // A page (or anything else) is refused, not dropped: the file must hold what the user thinks it does.
  .strict();
export type ConsultationExportFilter = z.infer<typeof consultationExportFilter>;

export const consultationSummary = z.object({
  id: uuid,
  reference: z.string(),
  source: z.enum(consultationSources),
  status: z.enum(consultationStatuses),
  regionCode: z.enum(policeRegions),
  municipalityCode: z.string(),
  urgency: z.enum(consultationUrgencies),
  childInvolved: z.enum(childInvolvement),
  exploitationForms: z.array(z.enum(exploitationForms)),
  receivedAt: z.string(),
  firstResponseDueAt: z.string(),
  isOverdue: z.boolean(),
  assigneeName: z.string().nullable(),
  version: z.number().int(),
});
export type ConsultationSummary = z.infer<typeof consultationSummary>;

export const consultationListPage = z.object({
  items: z.array(consultationSummary),
  total: z.number().int(),
  /** True when there may be more than `total`: a list counts at most 1,000 (or to the end of the page asked for). */
  totalIsLowerBound: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ConsultationListPage = z.infer<typeof consultationListPage>;

export const consultationAdviceEntry = z.object({
  id: uuid,
  authorName: z.string(),
  createdAt: z.string(),
  body: z.string(),
});
export type ConsultationAdviceEntry = z.infer<typeof consultationAdviceEntry>;

export const consultationAbilities = z.object({
  claim: z.boolean(),
  assign: z.boolean(),
  advise: z.boolean(),
  close: z.boolean(),
  escalate: z.boolean(),
});
export type ConsultationAbilities = z.infer<typeof consultationAbilities>;

export const consultationDetail = consultationSummary.extend({
  countyCode: z.string(),
  description: z.string(),
  requesterName: z.string().nullable(),
  requesterOrganisation: z.string().nullable(),
  requesterPhone: z.string().nullable(),
  requesterEmail: z.string().nullable(),
  firstRespondedAt: z.string().nullable(),
  assigneeUserId: uuid.nullable(),
  claimedAt: z.string().nullable(),
  outcome: z.enum(consultationOutcomes).nullable(),
  closedAt: z.string().nullable(),
  escalatedCaseId: uuid.nullable(),
  escalatedCaseReference: z.string().nullable(),
  advice: z.array(consultationAdviceEntry),
  can: consultationAbilities,
});
export type ConsultationDetail = z.infer<typeof consultationDetail>;

export const consultationAssignee = z.object({ userId: uuid, name: z.string(), organisationName: z.string() });
export type ConsultationAssignee = z.infer<typeof consultationAssignee>;

export const consultationAssignInput = z.object({ userId: uuid });
export const consultationAdviceInput = z.object({ body: z.string().trim().min(1).max(consultationTextMax) });
export type ConsultationAdviceInput = z.infer<typeof consultationAdviceInput>;
/** Escalation is its own outcome; closing takes any other. */
export const consultationCloseOutcomes = [
  'advice_given',
  'referred_to_authority',
  'referred_to_ngo',
  'no_trafficking_suspected',
  'other',
] as const satisfies readonly ConsultationOutcome[];
export const consultationCloseInput = z.object({ outcome: z.enum(consultationCloseOutcomes) });
export const consultationEscalateInput = z.object({
  /** A pseudonym for the exposed person; never their real name. */
  codeName: z.string().trim().min(1).max(limits.codeNameMax),
});
export type ConsultationEscalateInput = z.infer<typeof consultationEscalateInput>;
export const consultationEscalated = z.object({ caseId: uuid, reference: z.string() });
export type ConsultationEscalated = z.infer<typeof consultationEscalated>;
