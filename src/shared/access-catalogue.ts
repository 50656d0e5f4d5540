import type { Role } from './enums.ts';

/**
 * Every action of every module, with who may call it at all (DESIGN.md §2): `public`, `signedIn`,
 * or the roles that pass the gate. It is the one list the server's policies, the route table, the
 * access sweep and the web app's `me.can` are made from; each module's policy then narrows the
 * gate to records (scopes) and to facts of a record (abilities).
 */
export type Gate = 'public' | 'signedIn' | readonly Role[];

const coordinators = ['national_coordinator', 'regional_coordinator'] as const satisfies readonly Role[];
/** Roles that work with case content; the case scope narrows it to cases (DESIGN.md §6). */
const caseRoles = [...coordinators, 'case_worker'] as const satisfies readonly Role[];
const admins = ['system_admin', 'org_admin'] as const satisfies readonly Role[];
/** Who reads consultations: the region's coordinators, and the professionals and operators who opened them. */
const consultationRoles = [...coordinators, 'support_line_operator', 'case_worker'] as const satisfies readonly Role[];
/**
 * Who organises training events and sees their registrants (DESIGN.md §2): trainers and NMT all
 * events, regional coordinators their region's (the trainings scope narrows it).
 */
const trainingOrganisers = ['trainer', ...coordinators] as const satisfies readonly Role[];
/** Who may export something: whoever sees a list, the statistics or the HTCDS microdata (each source narrows it). */
const exporters = [...coordinators, 'case_worker', 'support_line_operator', 'return_officer', 'trainer', 'analyst'] as const satisfies readonly Role[];
/**
 * Who may export the HTCDS microdata (issue 12): NMT only. Not an action of the catalogue: it is
 * asked for through `exports.request` (every action must be served by exactly one route of its own),
 * so the htcds export source and the web's button test it with `passesGate`, one rule for both.
 */
export const htcdsExporters = ['national_coordinator'] as const satisfies readonly Role[];
/** Who publishes method materials: trainers and NMT. */
const materialPublishers = ['trainer', 'national_coordinator'] as const satisfies readonly Role[];

export const accessCatalogue = {
  auth: {
    meta: 'public',
    startSetup: 'public',
    finishSetup: 'public',
    signIn: 'public',
    confirmSecondFactor: 'public',
    signOut: 'signedIn',
    readMe: 'signedIn',
  },
  account: {
    listSessions: 'signedIn',
    endSession: 'signedIn',
    reauthenticate: 'signedIn',
    changePassword: 'signedIn',
    startSecondFactor: 'signedIn',
    finishSecondFactor: 'signedIn',
    renewRecoveryCodes: 'signedIn',
  },
  invitationAcceptance: {
    inspect: 'public',
    startAcceptance: 'public',
    finishAcceptance: 'public',
    acceptWithExistingAccount: 'public',
  },
  reference: { readGeography: 'public' },
  sso: { listOrganisations: 'public', start: 'public', callback: 'public' },
  intake: { issueFormToken: 'public', submit: 'public' },
  health: { live: 'public', ready: 'public' },
  // Case content: coordinators and case workers only; never admins, analysts or auditors (§2, §6).
  cases: {
    list: caseRoles,
    create: coordinators,
    read: caseRoles,
    update: caseRoles,
    listLeadCandidates: caseRoles,
    listLinks: caseRoles,
    addLink: caseRoles,
    removeLink: caseRoles,
    // Break the glass: regional coordinators open; auditors review (§6).
    breakGlass: ['regional_coordinator'],
    reviewBreakGlass: ['auditor'],
  },
  persons: { updatePerson: caseRoles, showIdentity: caseRoles, updateIdentity: caseRoles },
  // Possible duplicates: inside a case, those who run it see and decide them (the case's abilities, §9).
  duplicates: { list: caseRoles, markSamePerson: caseRoles, markNotSame: caseRoles },
  supportProcess: {
    read: caseRoles,
    movePhase: caseRoles,
    tickChecklist: caseRoles,
    // Phase checklists: everyone on cases reads them; national coordinators keep them (§4).
    listChecklistItems: caseRoles,
    createChecklistItem: ['national_coordinator'],
    updateChecklistItem: ['national_coordinator'],
  },
  caseTeam: {
    read: caseRoles,
    listCandidates: caseRoles,
    listParticipants: caseRoles,
    addLegalBasis: caseRoles,
    withdrawLegalBasis: caseRoles,
    addMember: caseRoles,
    updateMember: caseRoles,
    removeMember: caseRoles,
  },
  journal: { list: caseRoles, create: caseRoles, update: caseRoles, listRevisions: caseRoles },
  tasks: { list: caseRoles, create: caseRoles, update: caseRoles },
  measures: { list: caseRoles, create: caseRoles, update: caseRoles },
  documents: { list: caseRoles, upload: caseRoles, download: caseRoles },
  deadlines: { list: caseRoles },
  // Referrals and transfers between organisations (issue 11): case members send, the receiving organisation's case roles answer.
  referrals: {
    list: caseRoles,
    listRecipients: caseRoles,
    create: caseRoles,
    revoke: caseRoles,
    listIncoming: caseRoles,
    countIncoming: caseRoles,
    accept: caseRoles,
    decline: caseRoles,
    requestTransfer: caseRoles,
  },
  caseFlags: { list: caseRoles, listForCases: caseRoles, raise: caseRoles, remove: caseRoles },
  // Actions that need a second person: national coordinators decide, never on their own request (§9).
  // The one who asked withdraws (a transfer also whoever may revoke it): case roles, checked per request.
  approvals: {
    list: ['national_coordinator'],
    count: ['national_coordinator'],
    approve: ['national_coordinator'],
    reject: ['national_coordinator'],
    withdraw: caseRoles,
  },
  // Method support: consultations read by their askers and the region's coordinators, worked by coordinators.
  consultations: {
    list: consultationRoles,
    create: consultationRoles,
    read: consultationRoles,
    listAssignees: coordinators,
    claim: coordinators,
    assign: coordinators,
    advise: coordinators,
    close: coordinators,
    escalate: coordinators,
  },
  calls: { list: ['support_line_operator'], create: ['support_line_operator'], update: ['support_line_operator'] },
  dashboard: { read: coordinators },
  // Exports: every role that sees something exportable passes the gate; the export's source then
  // requires the gate of what it exports (the list's own `list` action, statistics' `read`), and
  // reads through that module's scope. Each export is the requester's alone (§6).
  exports: { request: exporters, readStatus: exporters, download: exporters },
  // Register extracts (GDPR Art. 15, issue 13): the data protection officer, who holds the auditor
  // role (§2). Answering a data subject's request is the DPO's duty, and the auditor already reads
  // the access log the extract's "who has seen it" comes from; system_admin keeps no case content
  // (separation of duties) and case roles see only their own scope, which is not "every record".
  // Each extract is searched, then delivered with the second-factor code again, both audited.
  registerExtract: { search: ['auditor'], extractJson: ['auditor'], extractPdf: ['auditor'] },
  // Suppressed statistics: NMT and analysts for the country, regional coordinators for their regions
  // (the service narrows it). Analysts see aggregated, suppressed figures only, never records (§2).
  statistics: { read: [...coordinators, 'analyst'] },
  // The IOM return programme: case members refer and follow it on the case; NMT decides and
  // assigns; the IOM organisation's return officers see only what the referral shares (§2).
  returns: {
    readForCase: caseRoles,
    refer: caseRoles,
    withdraw: caseRoles,
    list: ['national_coordinator', 'return_officer'],
    read: ['national_coordinator', 'return_officer'],
    listIomOrganisations: ['national_coordinator'],
    decide: ['national_coordinator'],
    assign: ['national_coordinator'],
    planJourney: ['national_coordinator', 'return_officer'],
    recordArrival: ['national_coordinator', 'return_officer'],
    recordPlan: ['national_coordinator', 'return_officer'],
    recordFollowUp: ['national_coordinator', 'return_officer'],
    // Ending before the 12-month follow-up: whoever carries out the programme, or works in the case.
    end: [...caseRoles, 'return_officer'],
  },
  // Each user's own notifications.
  notifications: { list: 'signedIn', markRead: 'signedIn', markAllRead: 'signedIn' },
  // Administration: system admins for organisations, org admins for their own members (issue 14).
  organisations: { list: admins, create: ['system_admin'], read: admins, update: ['system_admin'] },
  members: {
    list: admins,
    read: admins,
    setRoles: admins,
    deactivate: admins,
    reactivate: admins,
    endSessions: admins,
    listRoleRequests: admins,
    approveRoleRequest: admins,
    rejectRoleRequest: admins,
    withdrawRoleRequest: admins,
  },
  audit: { readRoleChanges: admins },
  // Retention periods and legal holds (issue 13): system administrators, by case reference only, no case content.
  retention: { readSettings: ['system_admin'], updateSettings: ['system_admin'], listHolds: ['system_admin'], placeHold: ['system_admin'], liftHold: ['system_admin'] },
  // Training events: organised by trainers and national coordinators (all events) and regional
  // coordinators (their region's), who alone see the registrants' names and addresses (never
  // administrators: separation of duties). Published events, registration and the registrant's
  // own cancellation are public; signed-in staff register and cancel themselves in the app.
  trainings: {
    list: 'signedIn',
    organiserRegions: trainingOrganisers,
    create: trainingOrganisers,
    read: trainingOrganisers,
    update: trainingOrganisers,
    recordEvaluation: trainingOrganisers,
    listRegistrations: trainingOrganisers,
    cancelRegistration: trainingOrganisers,
    markAttendance: trainingOrganisers,
    listPublished: 'public',
    readPublished: 'public',
    issueFormToken: 'public',
    register: 'public',
    readOwnRegistration: 'public',
    cancelOwnRegistration: 'public',
    listMyRegistrations: 'signedIn',
    registerSelf: 'signedIn',
    cancelMyRegistration: 'signedIn',
  },
  // Method materials: published by trainers and national coordinators, read by every signed-in
  // member; NMT (who keep the phase checklists) link them to checklist items.
  materials: {
    list: 'signedIn',
    read: 'signedIn',
    publish: materialPublishers,
    publishVersion: materialPublishers,
    listLinks: 'signedIn',
    link: ['national_coordinator'],
    unlink: ['national_coordinator'],
  },
  invitations: { list: admins, create: admins, resend: admins, approve: admins, reject: admins, revoke: admins },
} as const satisfies Record<string, Record<string, Gate>>;

export type AccessCatalogue = typeof accessCatalogue;
export type PolicyName = keyof AccessCatalogue;
export type ActionOf<P extends PolicyName> = keyof AccessCatalogue[P] & string;

/** Whether someone holding these roles passes the gate of the action (signed in, for `signedIn`). */
export function passesGate(gate: Gate, heldRoles: readonly Role[]): boolean {
  if (gate === 'public' || gate === 'signedIn') return true;
  return gate.some((role) => heldRoles.includes(role));
}

/**
 * What the signed-in user may call, action by action, as `me.can` carries it: the web app
 * shows links and buttons from this, never re-deriving rules; the server still checks each call.
 */
export type Can = { [P in PolicyName]: { [A in ActionOf<P>]: boolean } };

export function canOf(heldRoles: readonly Role[]): Can {
  const entries = Object.entries(accessCatalogue).map(([policy, actions]) => [
    policy,
    Object.fromEntries(Object.entries(actions).map(([action, gate]) => [action, passesGate(gate as Gate, heldRoles)])),
  ]);
  return Object.fromEntries(entries) as Can;
}
