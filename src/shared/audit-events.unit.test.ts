import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { administrationEvents } from './audit/administration-events.ts';
import { caseEvents } from './audit/case-events.ts';
import { cooperationEvents } from './audit/cooperation-events.ts';
import { methodSupportEvents } from './audit/method-support-events.ts';
import { returnEvents } from './audit/return-events.ts';
import { retentionEvents } from './audit/retention-events.ts';
import { signInEvents } from './audit/sign-in-events.ts';
import { trainingEvents } from './audit/training-events.ts';
import { exportEvents } from './audit/export-events.ts';
import { type AuditAction, type AuditDetailsInput, auditActions, auditCatalogue, auditEventCatalogue, checkAuditDetails } from './audit-events.ts';

const [a, b, c] = ['0b6f1a52-5c1e-4b8e-9d3f-2a7c4e1f0a01', '1c7a2b63-6d2f-4c9f-8e4a-3b8d5f2a1b02', '2d8b3c74-7e3a-4daf-9f5b-4c9e6a3b2c03'];
const counted = { caseIds: [a, b], total: 2, page: 1 };

/** Representative details of every action, as its call sites write them: one entry per shape. */
const valid: { [A in AuditAction]: AuditDetailsInput<A>[] } = {
  'setup.completed': [{}],
  'auth.sign_in': [{ secondFactor: 'totp' }, { secondFactor: 'recovery_code' }],
  'auth.sign_in_failed': [{ step: 'password' }, { step: 'second_factor' }, { step: 'reauthenticate' }, { step: 'invitation' }, { step: 'export' }],
  'auth.sign_out': [{}],
  'auth.sso_sign_in': [{ organisationId: a, isNewLink: true }],
  'auth.sso_sign_in_failed': [{ reason: 'state_mismatch' }, { reason: 'no_matching_member', organisationId: a }],
  'auth.recovery_code_used': [{}],
  'account.reauthenticated': [{}],
  'account.password_changed': [{}],
  'account.second_factor_reset': [{}],
  'account.recovery_codes_renewed': [{}],
  'session.revoked': [{ own: true }, { organisationId: a, count: 3 }],
  'keys.rotated': [
    { keyId: 'k2', keyFileWritten: true, personIdentities: 4, organisationSecrets: 1, totpSecrets: 9, unreadable: 0 },
    { keyId: 'k2', keyFileWritten: true, personIdentities: 4, organisationSecrets: 1, totpSecrets: 9, matchKeyPersons: 4, unreadable: 0 },
  ],
  'duplicates.reindexed': [{ keyId: 'k2', persons: 12, unreadable: 0 }],
  'audit.chain_upgraded': [
    { toVersion: 2, events: 40, intact: true, previousHead: 'ab'.repeat(32) },
    { toVersion: 2, events: 40, intact: false, previousHead: 'ab'.repeat(32), brokenAtId: 17 },
  ],
  'retention.settings_read': [{}],
  'retention.settings_changed': [{ changes: [{ recordType: 'case', years: 12 }, { recordType: 'call', years: null }] }],
  'retention.run': [{ runId: a, types: [{ recordType: 'case', years: 10, anonymised: 2, held: 1 }] }],
  'legal_hold.list': [{ count: 2 }],
  'legal_hold.placed': [{ holdId: a }],
  'legal_hold.lifted': [{ holdId: a }],
  'backup.created': [{ databaseKind: 'pglite', cases: 3, journalEntries: 6, documents: 2, auditEvents: 40, keyFileIncluded: true }],
  'backup.restored': [{ fromDatabaseKind: 'postgres', cases: 3, journalEntries: 6, documents: 2, auditEvents: 41, migrationsApplied: 0 }],

  'case.create': [{}, { sourceConsultationId: a }],
  'case.read': [{}, { idempotentReplay: true }],
  'case.list': [counted, { caseIds: [], total: 0, page: 1 }],
  'case.search': [counted],
  'case.update': [{ fields: ['riskLevel', 'leadUserId'], version: 4 }],
  'case.phase_moved': [{ from: 'suspicion', to: 'assessment', kind: 'forward' }, { from: 'closed', to: 'long_term', kind: 'reopen' }],
  'case.phase_history_read': [{}],
  'case.checklist_ticked': [{ itemId: a, phase: 'protection' }],
  'case.checklist_unticked': [{ itemId: a, phase: 'protection' }],
  'case.link_added': [{ linkId: a, linkedCaseId: b }],
  'case.link_removed': [{ linkId: a, linkedCaseId: b }],
  'case.links_read': [{ linkIds: [a], count: 1 }],
  'case.lead_candidates_read': [{ userIds: [a, b, c] }],
  'case.break_glass': [{ grantId: a, expiresAt: '2026-03-01T14:05:09.123Z' }],
  'case.break_glass_refused': [{ reference: 'NMT-2026-000042' }],
  'break_glass.list': [{ grantIds: [a], total: 1, page: 1 }],
  'checklist_item.create': [{ phase: 'assessment' }],
  'checklist_item.change': [{ phase: 'assessment', fields: ['isActive', 'labelSv'] }],
  'person.update': [{ personId: a, fields: ['codeName', 'birthYear'] }],
  'identity.read': [{ personId: a, exists: true, fields: ['fullName', 'personalNumber'], addressHidden: true }],
  'identity.update': [{ personId: a, created: false, fields: ['phone'] }],
  'duplicates.read': [{ caseIds: [a, b], count: 2 }, { caseIds: [], count: 0 }],
  'duplicates.same_person': [{ decisionId: a, otherCaseId: b, linked: true }],
  'duplicates.not_same': [{ decisionId: a, otherCaseId: b }],
  'team.read': [{ legalBases: 2, members: 1, removed: 0 }, { participants: 5 }],
  'team.legal_basis_recorded': [{ legalBasisId: a, organisationId: b, kind: 'consent' }],
  'team.consent_withdrawn': [{ legalBasisId: a, organisationId: b }],
  'team.member_added': [{ memberId: a, organisationId: b, legalBasisId: c, contactUserIds: [a] }],
  'team.member_changed': [{ memberId: a, organisationId: b }, { memberId: a, organisationId: b, legalBasisId: c, contactUserIds: [] }],
  'team.member_removed': [{ memberId: a, organisationId: b }],
  'journal.read': [{ entryIds: [a], count: 1 }, { entryIds: [a], count: 1, idempotentReplay: true }],
  'journal.create': [{ entryId: a }],
  'journal.correct': [{ entryId: a, version: 2 }],
  'journal.revisions_read': [{ entryId: a, revisionIds: [b, c], count: 2 }],
  'task.list': [{ taskIds: [a], count: 1 }, { taskIds: [a], count: 1, idempotentReplay: true }],
  'task.create': [{ taskId: a }],
  'task.update': [{ taskId: a, fields: ['done', 'dueOn'] }],
  'measure.list': [{ measureIds: [] }, { measureIds: [a], idempotentReplay: true }],
  'measure.create': [{ measureId: a }],
  'measure.update': [{ measureId: a, changed: ['status', 'endOn'] }],
  'document.list': [{ documentIds: [a] }, { documentIds: [a], idempotentReplay: true }],
  'document.upload': [{ documentId: a, sizeBytes: 18_204, mediaType: 'application/pdf' }],
  'document.download': [{ documentId: a }],
  'document.refused': [{ sizeBytes: 12, detectedType: null }, { sizeBytes: 4096, detectedType: 'application/x-msdownload' }],
  'deadline.list': [{ count: 0 }],

  'return.list': [{ returnIds: [a], count: 1 }],
  'return.case_read': [{ returnIds: [], count: 0 }],
  'return.read': [{ returnId: a }],
  'return.iom_organisations_read': [{ count: 2 }],
  'return.referred': [{ returnId: a }],
  'return.decided': [{ returnId: a, decision: 'approve' }, { returnId: a, decision: 'decline' }],
  'return.assigned': [{ returnId: a, organisationId: b }],
  'return.journey_planned': [{ returnId: a }],
  'return.arrival_recorded': [{ returnId: a, milestoneIds: [b, c] }],
  'return.plan_recorded': [{ returnId: a, milestoneId: b }],
  'return.follow_up_recorded': [{ returnId: a, milestoneId: b, kind: 'follow_up_3' }],
  'return.withdrawn': [{ returnId: a }],
  'return.ended': [{ returnId: a, reason: 'no_contact', cancelledMilestoneIds: [a] }],
  'referral.list': [{ referralIds: [a], count: 1 }],
  'referral.incoming_list': [{ referralIds: [], count: 0 }],
  'referral.recipients_read': [{ count: 3 }, { organisationId: a, count: 2 }],
  'referral.create': [{ referralId: a, kind: 'referral', toOrganisationId: b, serviceNeed: 'shelter' }, { referralId: a, kind: 'transfer', toOrganisationId: b, serviceNeed: null }],
  'referral.accept': [{ referralId: a, kind: 'referral', toOrganisationId: b, teamMemberId: c }, { referralId: a, kind: 'transfer', toOrganisationId: b, approvalId: c }],
  'referral.decline': [{ referralId: a, kind: 'referral', toOrganisationId: b }],
  'referral.revoke': [{ referralId: a, kind: 'transfer', toOrganisationId: b }],
  'referral.transfer_completed': [{ referralId: a, toOrganisationId: b, regionChanged: true }],
  'approval.request': [{ approvalId: a, kind: 'close_protected_case' }],
  'approval.list': [{ approvalIds: [a, b], count: 2 }],
  'approval.approve': [{ approvalId: a, kind: 'transfer_across_regions' }],
  'approval.reject': [{ approvalId: a, kind: 'close_protected_case' }],
  'approval.withdraw': [{ approvalId: a, kind: 'transfer_across_regions' }],
  'case_flag.list': [{ flagIds: [a], count: 1 }],
  'case_flag.raise': [{ flagId: a, kind: 'urgent', dueOn: '2026-03-29' }, { flagId: a, kind: 'risk_to_staff', dueOn: null }],
  'case_flag.remove': [{ flagId: a, kind: 'risk_to_person' }],

  'consultation.submitted_publicly': [{ regionCode: 'vast', source: 'public_form' }],
  'consultation.intake_refused': [{ reason: 'rate_limited' }, { reason: 'honeypot' }, { reason: 'token_too_fast' }],
  'consultation.create': [{ regionCode: 'stockholm', source: 'support_line' }],
  'consultation.list': [{ consultationIds: [a], total: 1, page: 1 }],
  'consultation.read': [{}, { idempotentReplay: true }, { assigneeUserIds: [a, b] }],
  'consultation.claim': [{ version: 2 }],
  'consultation.assign': [{ assigneeUserId: a, version: 3 }],
  'consultation.advice': [{ adviceId: a }],
  'consultation.close': [{ outcome: 'advice_given', version: 4 }],
  'consultation.escalate': [{ caseId: a, version: 5 }],
  'call.list': [{ date: '2026-02-27', count: 7 }],
  'call.create': [{}, { consultationId: a }, { consultationId: a, caseId: b }],
  'call.update': [{ fields: ['endedAt', 'topic'], version: 2 }, { fields: ['caseId'], version: 3, caseId: b }],
  'dashboard.read': [{ region: 'syd', open: 4, overdue: 1, myQueue: 2, newToday: 0, callsToday: 3 }, { region: null, open: 0, overdue: 0, myQueue: 0, newToday: 0, callsToday: 0 }],
  'statistics.read': [{ region: 'nord', form: 'begging', from: '2026-Q1', to: '2026-Q4' }, { region: null, form: null, from: '2025-Q3', to: '2026-Q2' }],

  'organisation.change': [{ change: 'created', fields: ['name', 'type'] }, { change: 'deactivated', fields: ['isActive'] }],
  'organisation.change_refused': [{ organisationId: a, fields: ['type'], refusal: 'own_account' }],
  'members.list': [{ userIds: [a, b] }, { caseId: a, purpose: 'team_contacts', count: 2 }],
  'members.read': [{ organisationId: a }],
  'user.deactivated': [{ organisationId: a, sessionsEnded: 2 }],
  'user.reactivated': [{ organisationId: a }],
  'membership.roles_changed': [
    { organisationId: a, before: ['trainer'], after: ['trainer', 'case_worker'] },
    { organisationId: a, before: [], after: ['org_admin'], requestId: b, requestedByUserId: c },
  ],
  'membership.roles_change_refused': [
    { organisationId: a, before: ['org_admin'], attempted: ['org_admin', 'regional_coordinator'], refusal: 'own_account' },
    { organisationId: a, requestId: b, attempted: 'approve', roles: ['case_worker'], refusal: 'approver_not_independent' },
  ],
  'role_request.created': [{ organisationId: a, userId: b, roles: ['case_worker'] }],
  'role_request.approved': [{ organisationId: a, userId: b, roles: ['case_worker'] }],
  'role_request.rejected': [{ organisationId: a, userId: b, roles: ['auditor'] }],
  'role_request.withdrawn': [{ organisationId: a, userId: b, roles: ['auditor'] }, { organisationId: a, userId: b, roles: [], superseded: true }],
  'role_changes.list': [{ count: 12 }],
  'invitation.list': [{ invitationIds: [a] }],
  'invitation.created': [{ organisationId: a, roles: ['trainer'], awaitingApproval: false }],
  'invitation.resent': [{ organisationId: a }],
  'invitation.revoked': [{ organisationId: a }],
  'invitation.accepted': [{ organisationId: a, roles: ['analyst'], before: [], after: ['analyst'], userId: b, newAccount: true }],
  'invitation.approved': [{ organisationId: a, roles: ['org_admin'] }],
  'invitation.rejected': [{ organisationId: a, roles: ['org_admin'] }],
  'invitation.refused': [
    { organisationId: a, roles: ['system_admin'], refusal: 'system_admin_only' },
    { organisationId: a, invitationId: b, attempted: 'reject', roles: ['case_worker'], refusal: 'approver_not_independent' },
  ],

  'training.create': [{ status: 'draft' }],
  'training.update': [{ fields: ['capacity', 'status'], version: 2, status: 'published' }],
  'training.evaluation': [{ version: 3, evaluations: 12 }],
  'training.registrations_read': [{ registrationIds: [a, b], count: 2 }],
  'training.registered': [{ trainingId: a, status: 'confirmed' }, { trainingId: a, status: 'waiting' }],
  'training.registration_refused': [{ reason: 'honeypot' }, { reason: 'rate_limited' }],
  'training.registration_read': [{ trainingId: a }],
  'training.registration_link_resent': [{ trainingId: a }],
  'training.registration_cancelled': [{ trainingId: a, by: 'organiser' }, { trainingId: a, by: 'registrant' }, { trainingId: a, by: 'training_cancelled' }],
  'training.registration_promoted': [{ trainingId: a }],
  'training.attendance': [{ trainingId: a, attended: true }],
  'material.publish': [{ kind: 'guide', version: 1 }],
  'material.link': [{ materialId: a }, { materialId: null }],
  'export.requested': [
    { list: 'cases', format: 'csv', filter: { sort: 'createdAt', order: 'desc' } },
    { list: 'cases', format: 'xlsx', filter: { sort: 'reference', order: 'asc', phase: 'assessment', region: 'stockholm', exploitationForm: 'begging', mine: true, overdue: false, isChild: true } },
    { list: 'consultations', format: 'csv', filter: { sort: 'received' } },
    { list: 'consultations', format: 'xlsx', filter: { sort: 'due', status: 'new', region: 'syd', age: 'days_1_3', mine: true, overdue: true, newToday: false } },
    { list: 'calls', format: 'xlsx', filter: { date: '2026-12-07' } },
    { list: 'case_summary', format: 'pdf', filter: { caseId: '0b7c2c0e-8d0a-4a8e-9f5e-2f9d7f1b6c3a', language: 'en' } },
    { list: 'htcds', format: 'csv', filter: { fromYear: 2020, toYear: 2025 } },
    { list: 'returns', format: 'csv', filter: {} },
    { list: 'trainings', format: 'xlsx', filter: { when: 'past' } },
    { list: 'training_registrations', format: 'xlsx', filter: { trainingId: a } },
    { list: 'statistics', format: 'csv', filter: { language: 'sv' } },
    { list: 'statistics', format: 'pdf', filter: { from: '2025-Q1', to: '2025-Q4', region: 'nord', form: 'begging', language: 'en' } },
  ],
  'export.completed': [{ list: 'cases', rowCount: 12 }, { list: 'case_summary', rowCount: 1 }, { list: 'htcds', rowCount: 340, suppressedRows: 7 }, { list: 'statistics', rowCount: 240 }],
  'export.failed': [{ list: 'cases' }],
  'export.downloaded': [{ list: 'cases', rowCount: 0 }],
  'extract.requested': [{ by: 'personal_number', count: 1 }, { by: 'name', count: 0 }],
  'extract.delivered': [
    { personId: a, format: 'json', records: 7, protectedIdentity: false },
    { personId: a, format: 'pdf', records: 7, protectedIdentity: true, language: 'en' },
  ],
};

const samples = auditActions.flatMap((action) => valid[action].map((details, i) => [action, i, details as Record<string, unknown>] as const));

/** What must never reach the audit log: free text, a name, a personal identity number. */
const forbidden = [
  ['free text', 'Personen berättade att hon inte fått lön sedan mars.'],
  ['a name', 'Anna Andersson'],
  ['a personal identity number', '19121212-1212'],
  ['a short personal identity number', '121212-1212'],
] as const;

const refused = (action: AuditAction, details: unknown) => !auditCatalogue[action].details.safeParse(details).success;

describe('the audit catalogue', () => {
  it('gives every action a subject type and a schema of its details, once', () => {
    const areas = [signInEvents, caseEvents, cooperationEvents, methodSupportEvents, returnEvents, administrationEvents, trainingEvents, exportEvents, retentionEvents];
    expect(auditActions).toHaveLength(areas.reduce((sum, area) => sum + Object.keys(area).length, 0));
    for (const action of auditActions) {
      expect(auditCatalogue[action].details, action).toBeInstanceOf(z.ZodType);
      expect(auditEventCatalogue[action], action).toBe(auditCatalogue[action].subject);
      expect(valid[action].length, action).toBeGreaterThan(0);
    }
  });

  it.each(samples)('%s accepts details like its call sites write (#%i)', (action, _i, details) => {
    expect(checkAuditDetails(action, details)).toEqual(details);
  });

  it.each(samples)('%s refuses an unknown key, free text or a name beside its details (#%i)', (action, _i, details) => {
    expect(refused(action, { ...details, note: 'x' })).toBe(true);
    for (const [, text] of forbidden) {
      expect(refused(action, { ...details, reason: text })).toBe(true);
      expect(refused(action, { ...details, name: text })).toBe(true);
    }
  });

  it.each(samples)('%s refuses free text, a name or a personal identity number in place of any value (#%i)', (action, _i, details) => {
    for (const [key, value] of Object.entries(details)) {
      for (const [what, text] of forbidden) {
        expect(refused(action, { ...details, [key]: text }), `${key}: ${what}`).toBe(true);
        if (Array.isArray(value)) expect(refused(action, { ...details, [key]: [...(value as unknown[]), text] }), `${key}[]: ${what}`).toBe(true);
      }
    }
  });

  it('refuses numbers that are not counts and versions', () => {
    expect(refused('deadline.list', { count: -1 })).toBe(true);
    expect(refused('deadline.list', { count: 1.5 })).toBe(true);
    expect(refused('journal.correct', { entryId: a, version: 0 })).toBe(true);
    expect(refused('case.list', { ...counted, page: 0 })).toBe(true);
  });

  it('takes a break-the-glass reference only as a case reference number', () => {
    expect(refused('case.break_glass_refused', { reference: 'NMT-2026-000042' })).toBe(false);
    for (const reference of ['NMT-2026-42', 'MS-2026-000042', 'NMT-2026-000042 Anna', '19121212-1212']) {
      expect(refused('case.break_glass_refused', { reference }), reference).toBe(true);
    }
  });

  it('refuses a role, phase or outcome that does not exist', () => {
    expect(refused('invitation.created', { organisationId: a, roles: ['superuser'], awaitingApproval: false })).toBe(true);
    expect(refused('checklist_item.create', { phase: 'Anna' })).toBe(true);
    expect(refused('consultation.close', { outcome: 'gave her my number', version: 2 })).toBe(true);
  });

  it('names the action and the offending keys when it refuses, never the value', () => {
    const attempt = () => checkAuditDetails('case.update', { fields: ['riskLevel'], version: 2, reason: 'Anna Andersson', phone: '19121212-1212' });
    expect(attempt).toThrow(/^Audit event case\.update: details refused \(.*reason: unrecognized_keys.*phone: unrecognized_keys/);
    expect(attempt).not.toThrow(/Anna|1912/);
    expect(() => checkAuditDetails('case.update', { fields: ['Anna Andersson'], version: 2 })).toThrow(/fields\.0: invalid_format/);
    expect(() => checkAuditDetails('case.update', { fields: ['Anna Andersson'], version: 2 })).not.toThrow(/Anna/);
    expect(() => checkAuditDetails('session.revoked', { own: true, reason: 'Anna Andersson' })).toThrow(/session\.revoked.*reason/);
    expect(() => checkAuditDetails('session.revoked', { own: true, reason: 'Anna Andersson' })).not.toThrow(/Anna/);
  });
});
