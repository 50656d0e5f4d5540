import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Approval } from '../../../shared/schemas/approvals.ts';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { NotificationPage } from '../../../shared/schemas/notifications.ts';
import type { Referral } from '../../../shared/schemas/referrals.ts';
import type { SupportProcessState } from '../../../shared/schemas/support-process.ts';
import { approvalRequests } from './approvals.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRowsAbout, requestAs } from '../../../../test/support/casework.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs } from '../../../../test/support/factories.ts';

let t: TestApp;
type Call = ReturnType<typeof requestAs>;
let lead: Call;
let leadCookie = '';
let colleague: Call;
let national: Call;
let national2: Call;
let vastCoordinator: Call;
let outsider: Call;
let vastOrg: string;

beforeAll(async () => {
  t = await startTestApp();
  const coordination = await buildOrganisation(t.db, { name: 'Stockholms stad, samordning', type: 'municipality', regionCode: 'stockholm' });
  leadCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: coordination }));
  lead = requestAs(t.app, leadCookie);
  colleague = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: coordination })));
  national = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null })));
  national2 = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null })));
  vastOrg = await buildOrganisation(t.db, { name: 'Göteborgs stad, samordning', type: 'municipality', regionCode: 'vast' });
  vastCoordinator = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: vastOrg })));
  outsider = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'nord' })));
  // These tests are about approvals, not the checklist: no item is required to close here.
  await t.db.execute(sql`update checklist_items set is_required = false`);
});
afterAll(() => t.close());

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
const pendingIds = async () => (await national2('GET', '/api/approvals')).json<Approval[]>().map((a) => a.id);
/** The kinds of the caller's notifications about one case. */
const notificationKinds = async (who: Call, caseId: string) =>
  (await who('GET', '/api/notifications')).json<NotificationPage>().items.filter((n) => n.caseId === caseId).map((n) => n.kind);
const stored = async (id: string) => (await t.db.select().from(approvalRequests).where(eq(approvalRequests.id, id)))[0]!;
const processOf = async (who: Call, caseId: string) => (await who('GET', `/api/cases/${caseId}/support-process`)).json<SupportProcessState>();

/** A protected-identity case whose closing the lead asks for: answers the pending approval. */
async function askToClose(): Promise<{ caseId: string; approvalId: string; version: number }> {
  const created = await createCaseAs(t.app, leadCookie, { municipalityCode: '0180', person: { codeName: 'Skyddad', isChild: false, hasProtectedIdentity: true } });
  await t.db.execute(sql`update cases set closure_outcome = 'moved_on', closure_reason = 'Avslutat enligt plan.' where id = ${created.id}`);
  const detail = (await lead('GET', `/api/cases/${created.id}`)).json<CaseDetail>();
  const close = await lead('POST', `/api/cases/${created.id}/phase`, { to: 'closed' }, ifMatch(detail.version));
  expect(close.statusCode, close.body).toBe(202);
  const pending = close.json<SupportProcessState>().pendingClosureApproval!;
  return { caseId: created.id, approvalId: pending.id, version: pending.version };
}

describe('withdrawing the closing of a protected-identity case', () => {
  it('shows the waiting closing on the case, and lets only the one who asked withdraw it', async () => {
    const { caseId, approvalId, version } = await askToClose();
    expect((await processOf(lead, caseId)).pendingClosureApproval).toMatchObject({ id: approvalId, canWithdraw: true });
    expect((await processOf(colleague, caseId)).pendingClosureApproval).toMatchObject({ id: approvalId, canWithdraw: false });
    expect((await national('GET', '/api/approvals')).json<Approval[]>().find((a) => a.id === approvalId)).toMatchObject({ canWithdraw: false, canDecide: true });
    // Asking again while it waits is a conflict.
    const detail = (await lead('GET', `/api/cases/${caseId}`)).json<CaseDetail>();
    expect((await lead('POST', `/api/cases/${caseId}/phase`, { to: 'closed' }, ifMatch(detail.version))).statusCode).toBe(409);

    // Bad input and the wrong people: nothing changes.
    const url = `/api/approvals/${approvalId}/withdraw`;
    expect((await lead('POST', url, {}, ifMatch(version))).statusCode).toBe(400);
    expect((await lead('POST', url, { reason: '   ' }, ifMatch(version))).statusCode).toBe(400);
    expect((await lead('POST', url, { reason: 'Fel.' })).statusCode).toBe(428);
    expect((await lead('POST', url, { reason: 'Fel.' }, ifMatch(version + 3))).statusCode).toBe(412);
    expect((await colleague('POST', url, { reason: 'Fel.' }, ifMatch(version))).statusCode).toBe(404);
    expect((await outsider('POST', url, { reason: 'Fel.' }, ifMatch(version))).statusCode).toBe(404);
    expect((await national('POST', url, { reason: 'Fel.' }, ifMatch(version))).statusCode).toBe(403);
    expect((await lead('POST', '/api/approvals/00000000-0000-4000-8000-000000000000/withdraw', { reason: 'Fel.' }, ifMatch(1))).statusCode).toBe(404);
    expect((await stored(approvalId)).status).toBe('pending');
    expect(await pendingIds()).toContain(approvalId);
  });

  it('leaves no stale item or alert for the approvers, tells those who saw it, and can no longer be approved', async () => {
    const { caseId, approvalId, version } = await askToClose();
    // One approver has read the alert; the other has not.
    const page = (await national('GET', '/api/notifications')).json<NotificationPage>();
    const alert = page.items.find((n) => n.kind === 'approval_requested' && n.caseId === caseId)!;
    expect((await national('POST', `/api/notifications/${alert.id}/read`)).statusCode).toBeLessThan(300);
    expect(await notificationKinds(national2, caseId)).toContain('approval_requested');

    const withdrawn = await lead('POST', `/api/approvals/${approvalId}/withdraw`, { reason: 'Personen vill fortsätta stödet.' }, ifMatch(version));
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json<Approval>()).toMatchObject({ status: 'withdrawn', decisionReason: 'Personen vill fortsätta stödet.', canDecide: false, canWithdraw: false });
    expect(await pendingIds()).not.toContain(approvalId);
    expect((await national2('GET', '/api/approvals/count')).json<{ pending: number }>().pending).toBe((await pendingIds()).length);
    expect(await notificationKinds(national2, caseId)).not.toContain('approval_requested');
    expect(await notificationKinds(national2, caseId)).not.toContain('approval_withdrawn');
    expect(await notificationKinds(national, caseId)).toContain('approval_withdrawn');
    expect(await notificationKinds(national, caseId)).not.toContain('approval_requested');
    expect(await auditRowsAbout(t.db, 'approval.withdraw', caseId)).toHaveLength(1);
    expect((await processOf(lead, caseId)).pendingClosureApproval).toBeNull();

    // Withdrawn: approving, rejecting or withdrawing again is a conflict, and nothing changes.
    const current = withdrawn.json<Approval>().version;
    const approve = await national2('POST', `/api/approvals/${approvalId}/approve`, { reason: 'OK' }, ifMatch(current));
    expect(approve.statusCode).toBe(409);
    expect(approve.headers['content-type']).toContain('application/problem+json');
    expect((await national2('POST', `/api/approvals/${approvalId}/reject`, { reason: 'Nej' }, ifMatch(current))).statusCode).toBe(409);
    expect((await lead('POST', `/api/approvals/${approvalId}/withdraw`, { reason: 'Igen' }, ifMatch(current))).statusCode).toBe(409);
    expect(await stored(approvalId)).toMatchObject({ status: 'withdrawn', version: current });
    expect((await processOf(lead, caseId)).phase).not.toBe('closed');
    expect(await auditRowsAbout(t.db, 'approval.approve', caseId)).toHaveLength(0);
  });
});

describe('withdrawing a transfer that waits for approval across regions', () => {
  /** A transfer to Västra Götaland, accepted there: it waits for a national coordinator. */
  async function awaitingTransfer(): Promise<{ caseId: string; transfer: Referral; approval: Approval }> {
    const created = await createCaseAs(t.app, leadCookie, { municipalityCode: '0180' });
    const sent = await lead('POST', `/api/cases/${created.id}/transfers`, { toOrganisationId: vastOrg, municipalityCode: '1480', message: 'Flyttar till Göteborg.' });
    expect(sent.statusCode, sent.body).toBe(201);
    const accepted = await vastCoordinator('POST', `/api/referrals/${sent.json<Referral>().id}/accept`, undefined, ifMatch(sent.json<Referral>().version));
    const transfer = accepted.json<Referral>();
    expect(transfer.status).toBe('awaiting_approval');
    const approval = (await national('GET', '/api/approvals')).json<Approval[]>().find((a) => a.caseId === created.id)!;
    return { caseId: created.id, transfer, approval };
  }
  const transferOf = async (caseId: string, id: string) => (await lead('GET', `/api/cases/${caseId}/referrals`)).json<Referral[]>().find((r) => r.id === id)!;

  it('revoking the transfer withdraws its approval in the same step, so no approver is left with it', async () => {
    const { caseId, transfer, approval } = await awaitingTransfer();
    expect((await transferOf(caseId, transfer.id)).can.revoke).toBe(true);
    expect(await notificationKinds(national2, caseId)).toContain('approval_requested');
    expect((await lead('POST', `/api/cases/${caseId}/referrals/${transfer.id}/revoke`, {}, ifMatch(transfer.version))).statusCode).toBe(400);
    expect((await stored(approval.id)).status).toBe('pending');

    const revoked = await lead('POST', `/api/cases/${caseId}/referrals/${transfer.id}/revoke`, { reason: 'Personen stannar i Stockholm.' }, ifMatch(transfer.version));
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json<Referral>()).toMatchObject({ status: 'revoked', can: { revoke: false } });
    expect(await stored(approval.id)).toMatchObject({ status: 'withdrawn', decisionReason: 'Personen stannar i Stockholm.' });
    expect(await pendingIds()).not.toContain(approval.id);
    expect(await notificationKinds(national2, caseId)).not.toContain('approval_requested');
    // The receiving side is told without the case (they no longer get it).
    const told = (await vastCoordinator('GET', '/api/notifications')).json<NotificationPage>().items.map((n) => n.kind);
    expect(told).toContain('referral_revoked');
    expect(await auditRowsAbout(t.db, 'approval.withdraw', caseId)).toHaveLength(1);
    expect(await auditRowsAbout(t.db, 'referral.revoke', caseId)).toHaveLength(1);

    const approve = await national2('POST', `/api/approvals/${approval.id}/approve`, { reason: 'OK' }, ifMatch(approval.version + 1));
    expect(approve.statusCode).toBe(409);
    expect((await lead('GET', `/api/cases/${caseId}`)).json<CaseDetail>().regionCode).toBe('stockholm');
  });

  it('withdrawn by the sending side through the approval, the transfer is revoked; by the accepting coordinator, declined', async () => {
    const first = await awaitingTransfer();
    expect((await outsider('POST', `/api/approvals/${first.approval.id}/withdraw`, { reason: 'x' }, ifMatch(first.approval.version))).statusCode).toBe(404);
    const bySender = await lead('POST', `/api/approvals/${first.approval.id}/withdraw`, { reason: 'Fel region.' }, ifMatch(first.approval.version));
    expect(bySender.statusCode, bySender.body).toBe(200);
    expect((await transferOf(first.caseId, first.transfer.id)).status).toBe('revoked');
    expect(await pendingIds()).not.toContain(first.approval.id);

    const second = await awaitingTransfer();
    const byAccepter = await vastCoordinator('POST', `/api/approvals/${second.approval.id}/withdraw`, { reason: 'Vi kan inte ta ärendet ändå.' }, ifMatch(second.approval.version));
    expect(byAccepter.statusCode, byAccepter.body).toBe(200);
    expect(await transferOf(second.caseId, second.transfer.id)).toMatchObject({ status: 'declined', reason: 'Vi kan inte ta ärendet ändå.' });
    expect(await notificationKinds(lead, second.caseId)).toContain('transfer_declined');
    expect((await lead('GET', `/api/cases/${second.caseId}`)).json<CaseDetail>().regionCode).toBe('stockholm');
  });
});
