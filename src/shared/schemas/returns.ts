import { z } from 'zod';
import { isCountryCode } from '../countries.ts';
import { genders } from '../enums.ts';
import { limits } from '../limits.ts';
import { uuid } from './common.ts';
import { deadlineStatuses } from './deadlines.ts';
import { dueDate } from './tasks.ts';

export {
  activeReturnStatuses,
  assessmentAreas,
  endableStatuses,
  followUpKinds,
  returnEndReasons,
  returnMilestoneKinds,
  returnStatuses,
  travelDocumentStatuses,
  withdrawableStatuses,
} from '../return-programme.ts';
export type { AssessmentArea, FollowUpKind, ReturnEndReason, ReturnMilestoneKind, ReturnStatus, TravelDocumentStatus } from '../return-programme.ts';
import { followUpKinds, returnEndReasons, returnMilestoneKinds, returnStatuses, travelDocumentStatuses } from '../return-programme.ts';

const reasonText = z.string().trim().min(1).max(limits.reasonMax);
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => isCountryCode(code), 'unknown country code');

export const returnReferInput = z.object({
  /** The country of origin the person wishes to return to: ISO 3166-1 alpha-2 (src/shared/countries.ts). */
  countryCode,
  /** Why the person wishes to return, in their words as recorded; never identity data. */
  reasons: reasonText,
  travelDocumentStatus: z.enum(travelDocumentStatuses),
  /** The person's consent to the referral: must be given. */
  consentGiven: z.literal(true, { error: 'the person must have consented' }),
  /** The day the consent was given (Swedish calendar). */
  consentOn: dueDate,
});
export type ReturnReferInput = z.infer<typeof returnReferInput>;
export type ReturnReferRequest = z.input<typeof returnReferInput>;

/** NMT's decision; a decline needs a reason. */
export const returnDecisionInput = z
  .object({
    decision: z.enum(['approve', 'decline']),
    /** Why it was declined (required for a decline). */
    reason: reasonText.optional(),
  })
  .refine((v) => v.decision === 'approve' || v.reason !== undefined, { message: 'a decline needs a reason', path: ['reason'] });
export type ReturnDecisionInput = z.infer<typeof returnDecisionInput>;

export const returnAssignInput = z.object({
  /** An active IOM organisation (GET /api/returns/iom-organisations). */
  organisationId: uuid,
});
export type ReturnAssignInput = z.infer<typeof returnAssignInput>;

export const returnJourneyInput = z.object({
  /** The planned day of travel (Swedish calendar). */
  journeyOn: dueDate,
});
export type ReturnJourneyInput = z.infer<typeof returnJourneyInput>;

export const returnArrivalInput = z.object({
  /** The day the person arrived in the country of origin: the follow-ups count from it. */
  arrivedOn: dueDate,
});
export type ReturnArrivalInput = z.infer<typeof returnArrivalInput>;

export const returnPlanInput = z.object({
  /** A short summary of the reintegration plan; never identity data. */
  summary: z.string().trim().min(1).max(limits.shortTextMax),
});
export type ReturnPlanInput = z.infer<typeof returnPlanInput>;

const score = z.int().min(1).max(5);
export const returnFollowUpInput = z.object({
  /** Which follow-up this is. */
  kind: z.enum(followUpKinds),
  housing: score,
  income: score,
  health: score,
  safety: score,
  socialNetwork: score,
  /** An optional short note; never identity data. */
  note: z.string().trim().max(limits.shortTextMax).nullable().default(null),
});
export type ReturnFollowUpInput = z.infer<typeof returnFollowUpInput>;
export type ReturnFollowUpRequest = z.input<typeof returnFollowUpInput>;

export const returnWithdrawInput = z.object({ reason: reasonText });
export type ReturnWithdrawInput = z.infer<typeof returnWithdrawInput>;

/** Ends the participation before the 12-month follow-up: the open plan and follow-ups are cancelled. */
export const returnEndInput = z.object({
  reason: z.enum(returnEndReasons),
  /** An optional short note; never identity data. */
  note: z.string().trim().max(limits.shortTextMax).nullable().default(null),
});
export type ReturnEndInput = z.infer<typeof returnEndInput>;
export type ReturnEndRequest = z.input<typeof returnEndInput>;

export const returnParams = z.object({ returnId: uuid });
export const caseReturnParams = z.object({ caseId: uuid });

export const returnAssessment = z.object({
  housing: score,
  income: score,
  health: score,
  safety: score,
  socialNetwork: score,
});

export const returnMilestone = z.object({
  id: uuid,
  kind: z.enum(returnMilestoneKinds),
  dueOn: z.iso.date(),
  status: z.enum(deadlineStatuses),
  /** Calendar days from today in Sweden to dueOn; negative once passed. */
  daysLeft: z.number().int(),
  doneAt: z.iso.datetime({ offset: true }).nullable(),
  /** A follow-up's assessment once recorded; null for the plan and for open follow-ups. */
  assessment: returnAssessment.nullable(),
  /** The plan's summary, or a follow-up's note. */
  note: z.string().nullable(),
});
export type ReturnMilestone = z.infer<typeof returnMilestone>;

/** What the caller may do next with the application (the server checks each call again). */
export const returnAbilities = z.object({
  decide: z.boolean(),
  assign: z.boolean(),
  planJourney: z.boolean(),
  recordArrival: z.boolean(),
  recordPlan: z.boolean(),
  recordFollowUp: z.boolean(),
  withdraw: z.boolean(),
  end: z.boolean(),
});
export type ReturnAbilities = z.infer<typeof returnAbilities>;

/** The person as the referral shares them: the pseudonymised facts only, never identity. */
export const returnPerson = z.object({
  codeName: z.string(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(genders),
  citizenships: z.array(z.string()),
  languages: z.array(z.string()),
});

export const returnApplication = z.object({
  id: uuid,
  /** The case; null for those who see the referral only (IOM). */
  caseId: uuid.nullable(),
  caseReference: z.string().nullable(),
  status: z.enum(returnStatuses),
  countryCode: z.string(),
  reasons: z.string(),
  travelDocumentStatus: z.enum(travelDocumentStatuses),
  consentGiven: z.boolean(),
  consentOn: z.iso.date(),
  person: returnPerson,
  referredAt: z.iso.datetime({ offset: true }),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  declineReason: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  /** Set when the participation was ended before the 12-month follow-up. */
  endReason: z.enum(returnEndReasons).nullable(),
  endNote: z.string().nullable(),
  endedAt: z.iso.datetime({ offset: true }).nullable(),
  iomOrganisationId: uuid.nullable(),
  iomOrganisationName: z.string().nullable(),
  journeyOn: z.iso.date().nullable(),
  arrivedOn: z.iso.date().nullable(),
  milestones: z.array(returnMilestone),
  can: returnAbilities,
  version: z.number().int(),
});
export type ReturnApplication = z.infer<typeof returnApplication>;

/** One row of the national list (and an IOM organisation's referrals). */
export const returnListItem = z.object({
  id: uuid,
  caseId: uuid.nullable(),
  caseReference: z.string().nullable(),
  codeName: z.string(),
  status: z.enum(returnStatuses),
  countryCode: z.string(),
  iomOrganisationName: z.string().nullable(),
  /** The earliest open milestone's date, if any. */
  nextDueOn: z.iso.date().nullable(),
  nextDueKind: z.enum(returnMilestoneKinds).nullable(),
  /** How many open milestones are past their date. */
  overdueCount: z.number().int(),
});
export type ReturnListItem = z.infer<typeof returnListItem>;

export const returnList = z.object({
  /** Overdue follow-ups first, then by the next due date, then the newest referral. */
  items: z.array(returnListItem),
  today: z.iso.date(),
});
export type ReturnList = z.infer<typeof returnList>;

/**
 * The return programme list's filters for an export: the list has none (NMT sees the country, an
 * IOM officer their organisation's referrals), so the filter is empty, and anything sent is refused.
 */
export const returnExportFilter = z.strictObject({});
export type ReturnExportFilter = z.infer<typeof returnExportFilter>;

export const caseReturns = z.object({
  /** The case's applications, the newest first. */
  items: z.array(returnApplication),
  /** Whether the caller may refer the person now (no application is active). */
  canRefer: z.boolean(),
});
export type CaseReturns = z.infer<typeof caseReturns>;

export const iomOrganisation = z.object({ id: uuid, name: z.string() });
export const iomOrganisationList = z.array(iomOrganisation);
export type IomOrganisation = z.infer<typeof iomOrganisation>;
