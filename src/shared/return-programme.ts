/** The return programme's closed lists, without Zod, so the web app's first download stays small. */

/**
 * The IOM return programme (assisted voluntary return and reintegration, issue 11 part 3):
 * submitted → approved or declined (NMT) → assigned to an IOM organisation → travel planned →
 * arrived → reintegration (plan recorded, follow-ups at 3, 6 and 12 months) → closed (after the
 * 12-month follow-up, or ended early with a reason); withdrawn
 * with a reason at any time before departure.
 */
export const returnStatuses = ['submitted', 'approved', 'declined', 'assigned', 'travel_planned', 'arrived', 'reintegration', 'closed', 'withdrawn'] as const;
export type ReturnStatus = (typeof returnStatuses)[number];

/** Statuses from which the person may still withdraw: before departure. */
export const withdrawableStatuses = ['submitted', 'approved', 'assigned', 'travel_planned'] as const satisfies readonly ReturnStatus[];
/** Statuses in which the application is still in the programme (not ended). */
/** Statuses from which participation may be ended early, before the 12-month follow-up: after arrival. */
export const endableStatuses = ['arrived', 'reintegration'] as const satisfies readonly ReturnStatus[];
/** Why participation ended before the 12-month follow-up. */
export const returnEndReasons = ['consent_withdrawn', 're_trafficked', 'moved', 'no_contact', 'completed_early', 'other'] as const;
export type ReturnEndReason = (typeof returnEndReasons)[number];
export const activeReturnStatuses = ['submitted', 'approved', 'assigned', 'travel_planned', 'arrived', 'reintegration'] as const satisfies readonly ReturnStatus[];

export const travelDocumentStatuses = ['valid_passport', 'expired_passport', 'other_travel_document', 'none', 'applied_for', 'unknown'] as const;
export type TravelDocumentStatus = (typeof travelDocumentStatuses)[number];

/** What the programme watches after arrival: the reintegration plan, then the three follow-ups. */
export const returnMilestoneKinds = ['reintegration_plan', 'follow_up_3', 'follow_up_6', 'follow_up_12'] as const;
export type ReturnMilestoneKind = (typeof returnMilestoneKinds)[number];
export const followUpKinds = ['follow_up_3', 'follow_up_6', 'follow_up_12'] as const satisfies readonly ReturnMilestoneKind[];
export type FollowUpKind = (typeof followUpKinds)[number];

/** The five parts of a follow-up's assessment, each on a 1–5 scale (5 best). */
export const assessmentAreas = ['housing', 'income', 'health', 'safety', 'socialNetwork'] as const;
export type AssessmentArea = (typeof assessmentAreas)[number];
