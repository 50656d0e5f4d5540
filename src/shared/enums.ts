/** Closed vocabularies shared by server, database and web app (DESIGN.md §2–§4). */

export const roles = [
  'national_coordinator',
  'regional_coordinator',
  'case_worker',
  'support_line_operator',
  'return_officer',
  'trainer',
  'analyst',
  'auditor',
  'org_admin',
  'system_admin',
] as const;
export type Role = (typeof roles)[number];

export const organisationTypes = [
  'national_agency',
  'municipality',
  'police',
  'prosecution',
  'migration_agency',
  'tax_agency',
  'work_environment_authority',
  'customs',
  'county_board',
  'health_care',
  'ngo',
  'iom',
  'other_authority',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const exploitationForms = [
  'sexual_purposes',
  'prostitution',
  'forced_labour',
  'begging',
  'criminal_activity',
  'organ_removal',
  'military_service',
  'other_distress',
  'unknown',
] as const;
export type ExploitationForm = (typeof exploitationForms)[number];

export const casePhases = ['suspicion', 'assessment', 'protection', 'legal', 'long_term', 'closed'] as const;
export type CasePhase = (typeof casePhases)[number];

/** The seven police regions; a case and a regional coordinator belong to one. */
export const policeRegions = ['nord', 'mitt', 'bergslagen', 'stockholm', 'ost', 'vast', 'syd'] as const;
export type PoliceRegion = (typeof policeRegions)[number];

/** Gender as the person describes it; mapped onto HTCDS prs_Gender for exports. */
export const genders = ['female', 'male', 'non_binary', 'unknown'] as const;
export type Gender = (typeof genders)[number];
export const htcdsGender: Record<Gender, string> = {
  female: 'Feminine',
  male: 'Masculine',
  non_binary: 'NonConforming',
  unknown: 'NonSpecifiedUnknown',
};

/**
 * Trafficking indicators (DESIGN.md §3), each mapped to the HTCDS vic_MethodsOfControl value it
 * corresponds to, or null where the standard has none.
 */
export const indicatorHtcds = {
  deception: 'FalsePromises',
  coercion: 'PsychologicalAbuse',
  withheld_documents: 'WithholdsDocuments',
  debt_bondage: 'DebtBondage',
  restricted_movement: null,
  isolation: null,
  threats: 'PhysicalThreats',
  threats_to_family: 'ThreatensChildrenFamily',
  threats_of_authorities: 'ThreatsLawEnforcement',
  violence: 'PhysicalAbuse',
  sexual_violence: 'SexualAbuse',
  excessive_hours: 'ExcessiveWorkingHours',
  withheld_pay: 'TakesEarnings',
  restricted_finances: 'RestrictsFinancialAccess',
  denied_health_care: 'RestrictsMedicalCare',
  withheld_necessities: 'WithholdsNecessities',
  substance_control: 'PsychoactiveSubstance',
  poor_living_conditions: null,
} as const satisfies Record<string, string | null>;
export type Indicator = keyof typeof indicatorHtcds;
export const indicators = Object.keys(indicatorHtcds) as Indicator[];

/** How two cases relate (symmetric). */
export const caseLinkKinds = ['same_investigation', 'same_exploitation_situation', 'same_person', 'related'] as const;
export type CaseLinkKind = (typeof caseLinkKinds)[number];

export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** The paths of the long-term phase (DESIGN.md §4). */
export const longTermPaths = ['return', 'residence', 'exit_programme', 'other'] as const;
export type LongTermPath = (typeof longTermPaths)[number];

/** How a case ended. */
export const closureOutcomes = [
  'long_term_solution_reached',
  'returned_home',
  'moved_on',
  'declined_support',
  'not_trafficking',
  'contact_lost',
  'transferred',
  'other',
] as const;
export type ClosureOutcome = (typeof closureOutcomes)[number];

/** A direction through the phases: on, back with a reason, or reopened from closed with a reason. */
export const phaseMoveKinds = ['forward', 'back', 'reopen'] as const;
export type PhaseMoveKind = (typeof phaseMoveKinds)[number];

export const measureTypes = [
  'safe_housing',
  'health_care',
  'interpreter',
  'counsel_for_injured_party',
  'financial_support',
  'reflection_period_permit',
  'temporary_residence_permit',
  'exit_support',
  'other',
] as const;
export type MeasureType = (typeof measureTypes)[number];

export const measureStatuses = ['planned', 'active', 'ended', 'cancelled'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];

/** What lets an organisation onto a case team (DESIGN.md §3, §6). */
export const legalBasisKinds = ['consent', 'statute'] as const;
export type LegalBasisKind = (typeof legalBasisKinds)[number];

/**
 * Statutory provisions that allow disclosure between authorities without consent, chosen from a
 * list rather than typed (Offentlighets- och sekretesslagen 2009:400 and related acts).
 */
export const statutoryProvisions = [
  'osl_10_2',
  'osl_10_18a',
  'osl_10_19',
  'osl_10_21',
  'osl_10_27',
  'osl_25_12',
  'osl_26_9',
  'sol_14_1',
  'lvu',
  'other_statute',
] as const;
export type StatutoryProvision = (typeof statutoryProvisions)[number];

/** What a referral hands over: the whole case (null), or one service need. */
export const serviceNeeds = ['shelter', 'health_care', 'legal_aid', 'interpreter', 'return'] as const;
export type ServiceNeed = (typeof serviceNeeds)[number];

/** A referral hands over work (the receiving organisation joins the team); a transfer hands over the case. */
export const referralKinds = ['referral', 'transfer'] as const;
export type ReferralKind = (typeof referralKinds)[number];

/** pending → accepted | declined | revoked; a transfer across regions waits for approval after acceptance. */
export const referralStatuses = ['pending', 'awaiting_approval', 'accepted', 'declined', 'revoked'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Actions the policy holds for a second person (a national coordinator) to approve. */
export const approvalKinds = ['close_protected_case', 'transfer_across_regions'] as const;
export type ApprovalKind = (typeof approvalKinds)[number];

export const approvalStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];

/** Flags on a case, shown on the case and in the lists until removed. */
export const caseFlagKinds = ['risk_to_person', 'risk_to_staff', 'urgent'] as const;
export type CaseFlagKind = (typeof caseFlagKinds)[number];

/** Notifications about a person's roles and the grants waiting for them: about an organisation, not a case. */
export const accountNotificationKinds = ['roles_changed', 'role_request_pending', 'role_request_approved', 'role_request_rejected'] as const;
export type AccountNotificationKind = (typeof accountNotificationKinds)[number];
/** Notifications about work handed between organisations: about an organisation (and a referral or approval), shown whatever the case scope. */
export const workNotificationKinds = [
  'referral_received',
  'referral_accepted',
  'referral_declined',
  'referral_revoked',
  'transfer_received',
  'transfer_accepted',
  'transfer_declined',
  'approval_requested',
  'approval_decided',
  'approval_withdrawn',
  'case_flag_raised',
] as const;
export type WorkNotificationKind = (typeof workNotificationKinds)[number];
/** The return programme's steps and milestones; an IOM officer's names their organisation, never the case. */
export const returnNotificationKinds = [
  'return_referred',
  'return_approved',
  'return_declined',
  'return_assigned',
  'return_journey_planned',
  'return_arrived',
  'return_plan_recorded',
  'return_follow_up_recorded',
  'return_withdrawn',
  'return_ended',
  'return_plan_due',
  'return_follow_up_due',
] as const;
export type ReturnNotificationKind = (typeof returnNotificationKinds)[number];
/** Decisions about a possible duplicate, to the lead coordinators of both cases. */
export const duplicateNotificationKinds = ['duplicate_same_person', 'duplicate_not_same'] as const;
export type DuplicateNotificationKind = (typeof duplicateNotificationKinds)[number];

/** Kinds of in-app notification; the web app words them. */
export const notificationKinds = [
  'task_due',
  'task_overdue',
  'reflection_period_ending',
  'reflection_period_ended',
  'residence_permit_expiring',
  'consultation_new',
  'consultation_overdue',
  ...returnNotificationKinds,
  ...accountNotificationKinds,
  ...duplicateNotificationKinds,
  ...workNotificationKinds,
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Where a request for method support came from. */
export const consultationSources = ['public_form', 'support_line', 'professional'] as const;
export type ConsultationSource = (typeof consultationSources)[number];

/** new → claimed → closed, or escalated into a case. */
export const consultationStatuses = ['new', 'claimed', 'closed', 'escalated'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

export const consultationUrgencies = ['immediate_danger', 'urgent', 'normal'] as const;
export type ConsultationUrgency = (typeof consultationUrgencies)[number];

/** Whether a child may be involved, as the asker sees it. */
export const childInvolvement = ['yes', 'no', 'unknown'] as const;
export type ChildInvolvement = (typeof childInvolvement)[number];

/** How a consultation ended. */
export const consultationOutcomes = [
  'advice_given',
  'referred_to_authority',
  'referred_to_ngo',
  'no_trafficking_suspected',
  'escalated_to_case',
  'other',
] as const;
export type ConsultationOutcome = (typeof consultationOutcomes)[number];

/** Who called the support line (issue 5). */
export const callerCategories = ['professional', 'exposed_person', 'relative', 'sex_buyer', 'public', 'anonymous'] as const;
export type CallerCategory = (typeof callerCategories)[number];

export const callTopics = [
  'suspected_trafficking',
  'prostitution',
  'method_support',
  'exit_support',
  'return',
  'legal_questions',
  'protection',
  'other',
] as const;
export type CallTopic = (typeof callTopics)[number];

/** Who a training event is for (DESIGN.md §3 "utbildning"). */
export const trainingAudiences = ['municipality', 'authority', 'ngo', 'other'] as const;
export type TrainingAudience = (typeof trainingAudiences)[number];

/** Held at a place, or online with a link. */
export const trainingFormats = ['on_site', 'online'] as const;
export type TrainingFormat = (typeof trainingFormats)[number];

/** draft (only trainers see it) → published (open for registration) → cancelled. */
export const trainingStatuses = ['draft', 'published', 'cancelled'] as const;
export type TrainingStatus = (typeof trainingStatuses)[number];

/** Kinds of method material (issue 11): checklists, guides and templates. */
export const materialKinds = ['checklist', 'guide', 'template'] as const;
export type MaterialKind = (typeof materialKinds)[number];

/** A registration holds a seat (confirmed), waits for one in order (waiting), or was cancelled. */
export const trainingRegistrationStatuses = ['confirmed', 'waiting', 'cancelled'] as const;
export type TrainingRegistrationStatus = (typeof trainingRegistrationStatuses)[number];

/** Problem codes (problem `code`) of refused registrations and cancellations, for the web app to word. */
export const trainingProblemCodes = ['registration_closed', 'already_registered', 'registration_already_cancelled', 'training_over'] as const;
export type TrainingProblemCode = (typeof trainingProblemCodes)[number];
