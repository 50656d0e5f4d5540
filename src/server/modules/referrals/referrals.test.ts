import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Approval } from '../../../shared/schemas/approvals.ts';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { Referral, ReferralCreateRequest } from '../../../shared/schemas/referrals.ts';
import type { CaseTeam } from '../../../shared/schemas/case-team.ts';
import type { NotificationPage } from '../../../shared/schemas/notifications.ts';
import { organisations } from '../../db/schema/identity.ts';
import { referrals } from './referrals.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { addMembership, auditRowsAbout, requestAs } from '../../../../test/support/casework.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';

let t: TestApp;
type Call = ReturnType<typeof requestAs>;
let coordinator: Call;
let shelterWorker: Call;
let otherWorker: Call;
let vastCoordinator: Call;
let stockholmCoordinator2: Call;
let national: Call;
let analyst: Call;
let shelterOrg: string;
let disabledOrg: string;
let disabledUser: TestUser;
let coordination2: string;
let vastOrg: string;
let vastUser: TestUser;
let shelterUser: TestUser;
let coordinator2User: TestUser;

beforeAll(async () => {
  t = await startTestApp();
  const coordination = await buildOrganisation(t.db, { name: 'Stockholms stad, samordning', type: 'municipality', regionCode: 'stockholm' });
  cookieOfCoordinator = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: coordination }));
  coordinator = requestAs(t.app, cookieOfCoordinator);
  shelterOrg = await buildOrganisation(t.db, { name: 'Skyddat boende Ideell', type: 'ngo', regionCode: 'stockholm' });
  shelterUser = await buildUser(t.db, { roles: ['case_worker'], organisationId: shelterOrg, name: 'Sara Boende' });
  shelterWorker = requestAs(t.app, await signInAs(t.app, shelterUser));
  disabledUser = await buildUser(t.db, { roles: ['case_worker'], organisationId: shelterOrg, isActive: false });
  disabledOrg = await buildOrganisation(t.db, { name: 'Nedlagd förening', type: 'ngo', regionCode: 'stockholm' });
  await buildUser(t.db, { roles: ['case_worker'], organisationId: disabledOrg });
  await t.db.update(organisations).set({ isActive: false }).where(eq(organisations.id, disabledOrg));
  otherWorker = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'stockholm' })));
  coordination2 = await buildOrganisation(t.db, { name: 'Solna stad, samordning', type: 'municipality', regionCode: 'stockholm' });
  coordinator2User = await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: coordination2 });
  stockholmCoordinator2 = requestAs(t.app, await signInAs(t.app, coordinator2User));
  vastOrg = await buildOrganisation(t.db, { name: 'Göteborgs stad, samordning', type: 'municipality', regionCode: 'vast' });
  vastUser = await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: vastOrg });
  vastCoordinator = requestAs(t.app, await signInAs(t.app, vastUser));
  national = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null })));
  analyst = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['analyst'], regionCode: null })));
});
afterAll(() => t.close());

const statute = { kind: 'statute', statute: 'osl_10_2' } as const;
const referralBody = (overrides: Partial<ReferralCreateRequest> = {}): ReferralCreateRequest => ({
  toOrganisationId: shelterOrg,
  serviceNeed: 'shelter',
  message: 'Behöver skyddat boende från i morgon.',
  legalBasis: statute,
  ...overrides,
});
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

let cookieOfCoordinator = '';
const newCase = (): Promise<CaseDetail> => createCaseAs(t.app, cookieOfCoordinator, { municipalityCode: '0180' });

async function refer(caseId: string, overrides: Partial<ReferralCreateRequest> = {}): Promise<Referral> {
  const response = await coordinator('POST', `/api/cases/${caseId}/referrals`, referralBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Referral>();
}
const referralCount = async () => (await t.db.select({ n: count() }).from(referrals))[0]!.n;
const incoming = async (who: Call, status = 'pending') => (await who('GET', `/api/referrals/incoming?status=${status}`)).json<Referral[]>();
const notificationsOf = async (who: Call) => (await who('GET', '/api/notifications')).json<NotificationPage>();

describe('referrals', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await newCase()).id;
  });

  it('answers 401 without a session and 403 to roles without case work', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/referrals/incoming' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/referrals` })).statusCode).toBe(401);
    expect((await analyst('GET', '/api/referrals/incoming')).statusCode).toBe(403);
    expect((await analyst('POST', `/api/cases/${caseId}/referrals`, referralBody())).statusCode).toBe(403);
  });

  it('answers 404 for a case outside the scope, with nothing written', async () => {
    const before = await referralCount();
    expect((await otherWorker('GET', `/api/cases/${caseId}/referrals`)).statusCode).toBe(404);
    expect((await otherWorker('POST', `/api/cases/${caseId}/referrals`, referralBody())).statusCode).toBe(404);
    expect((await otherWorker('GET', `/api/cases/${caseId}/referrals/recipients`)).statusCode).toBe(404);
    expect(await referralCount()).toBe(before);
  });

  it('offers only active organisations and active members, and refuses the others on the server', async () => {
    const offered = (await coordinator('GET', `/api/cases/${caseId}/referrals/recipients`)).json<{ organisations: { id: string }[] }>();
    const ids = offered.organisations.map((o) => o.id);
    expect(ids).toContain(shelterOrg);
    expect(ids).not.toContain(disabledOrg);
    const members = (await coordinator('GET', `/api/cases/${caseId}/referrals/recipients?organisationId=${shelterOrg}`)).json<{ members: { userId: string }[] }>();
    expect(members.members.map((m) => m.userId)).toEqual([shelterUser.id]);

    const before = await referralCount();
    const toDisabledOrg = await coordinator('POST', `/api/cases/${caseId}/referrals`, referralBody({ toOrganisationId: disabledOrg }));
    expect(toDisabledOrg.statusCode).toBe(400);
    expect(toDisabledOrg.headers['content-type']).toContain('application/problem+json');
    expect(toDisabledOrg.json<{ errors: { field: string; code: string }[] }>().errors[0]).toMatchObject({ field: 'toOrganisationId', code: 'not_eligible' });
    const toDisabledUser = await coordinator('POST', `/api/cases/${caseId}/referrals`, referralBody({ recipientUserId: disabledUser.id }));
    expect(toDisabledUser.statusCode).toBe(400);
    expect(toDisabledUser.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('recipientUserId');
    const unknown = await coordinator('POST', `/api/cases/${caseId}/referrals`, referralBody({ toOrganisationId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknown.statusCode).toBe(400);
    expect((await coordinator('POST', `/api/cases/${caseId}/referrals`, { ...referralBody(), message: '' })).statusCode).toBe(400);
    expect((await coordinator('POST', `/api/cases/${caseId}/referrals`, { ...referralBody(), serviceNeed: 'spa' })).statusCode).toBe(400);
    expect(await referralCount()).toBe(before);
  });

  it('shows a new referral in the receiving queue and count, notifies them, and gives no case access before acceptance', async () => {
    const sent = await refer(caseId, { serviceNeed: 'interpreter' });
    expect(sent).toMatchObject({ status: 'pending', serviceNeed: 'interpreter', toOrganisationId: shelterOrg, can: { revoke: true, accept: false } });
    const queue = await incoming(shelterWorker);
    expect(queue.map((r) => r.id)).toContain(sent.id);
    expect(queue.find((r) => r.id === sent.id)!.can).toEqual({ accept: true, decline: true, revoke: false });
    expect((await shelterWorker('GET', '/api/referrals/incoming/count')).json()).toMatchObject({ pending: 1 });
    expect((await incoming(otherWorker)).map((r) => r.id)).not.toContain(sent.id);
    expect((await shelterWorker('GET', `/api/cases/${caseId}`)).statusCode).toBe(404);
    const told = await notificationsOf(shelterWorker);
    expect(told.items.filter((n) => n.kind === 'referral_received')).toHaveLength(1);
    expect(await auditRowsAbout(t.db, 'referral.create', caseId)).toHaveLength(1);

    // The same referral again while the first waits is a conflict.
    const again = await coordinator('POST', `/api/cases/${caseId}/referrals`, referralBody({ serviceNeed: 'interpreter' }));
    expect(again.statusCode).toBe(409);

    // Declining needs a reason; then the queue no longer shows it and the alert is gone.
    expect((await shelterWorker('POST', `/api/referrals/${sent.id}/decline`, {}, ifMatch(sent.version))).statusCode).toBe(400);
    expect((await shelterWorker('POST', `/api/referrals/${sent.id}/decline`, { reason: '  ' }, ifMatch(sent.version))).statusCode).toBe(400);
    expect((await incoming(shelterWorker)).map((r) => r.id)).toContain(sent.id);
    const declined = await shelterWorker('POST', `/api/referrals/${sent.id}/decline`, { reason: 'Ingen tolk ledig.' }, ifMatch(sent.version));
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json<Referral>()).toMatchObject({ status: 'declined', reason: 'Ingen tolk ledig.' });
    expect((await incoming(shelterWorker)).map((r) => r.id)).not.toContain(sent.id);
    expect((await shelterWorker('GET', '/api/referrals/incoming/count')).json()).toMatchObject({ pending: 0 });
    expect((await notificationsOf(shelterWorker)).items.filter((n) => n.kind === 'referral_received')).toHaveLength(0);
    const senderSees = (await coordinator('GET', `/api/cases/${caseId}/referrals`)).json<Referral[]>();
    expect(senderSees.find((r) => r.id === sent.id)).toMatchObject({ status: 'declined', can: { revoke: false } });
    expect((await notificationsOf(coordinator)).items.map((n) => n.kind)).toContain('referral_declined');
  });

  it('never accepts a revoked referral, never shows it as done, and removes its alert', async () => {
    const sent = await refer(caseId, { serviceNeed: 'legal_aid' });
    expect((await coordinator('POST', `/api/cases/${caseId}/referrals/${sent.id}/revoke`, {}, ifMatch(sent.version))).statusCode).toBe(400);
    expect((await otherWorker('POST', `/api/cases/${caseId}/referrals/${sent.id}/revoke`, { reason: 'x' }, ifMatch(sent.version))).statusCode).toBe(404);
    const revoked = await coordinator('POST', `/api/cases/${caseId}/referrals/${sent.id}/revoke`, { reason: 'Fel organisation.' }, ifMatch(sent.version));
    expect(revoked.statusCode, revoked.body).toBe(200);
    const after = revoked.json<Referral>();
    expect(after.status).toBe('revoked');

    const accept = await shelterWorker('POST', `/api/referrals/${sent.id}/accept`, undefined, ifMatch(after.version));
    expect(accept.statusCode).toBe(409);
    expect((await shelterWorker('GET', `/api/cases/${caseId}`)).statusCode).toBe(404);
    const listed = (await coordinator('GET', `/api/cases/${caseId}/referrals`)).json<Referral[]>().find((r) => r.id === sent.id)!;
    expect(listed.status).toBe('revoked');
    expect(listed.decidedByName).not.toBeNull();
    expect((await incoming(shelterWorker, 'all')).find((r) => r.id === sent.id)).toMatchObject({ status: 'revoked', can: { accept: false, decline: false } });
    const kinds = (await notificationsOf(shelterWorker)).items.filter((n) => n.kind === 'referral_received' || n.kind === 'referral_revoked');
    expect(kinds.map((n) => n.kind)).toEqual(['referral_revoked']);
  });

  it('accepting puts the organisation on the case team under the recorded legal basis, once', async () => {
    const sent = await refer(caseId, { serviceNeed: null, recipientUserId: shelterUser.id });
    expect((await otherWorker('POST', `/api/referrals/${sent.id}/accept`, undefined, ifMatch(sent.version))).statusCode).toBe(404);
    expect((await shelterWorker('POST', `/api/referrals/${sent.id}/accept`)).statusCode).toBe(428);
    expect((await shelterWorker('POST', `/api/referrals/${sent.id}/accept`, undefined, ifMatch(sent.version + 5))).statusCode).toBe(412);
    const accepted = await shelterWorker('POST', `/api/referrals/${sent.id}/accept`, undefined, ifMatch(sent.version));
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<Referral>().status).toBe('accepted');

    expect((await shelterWorker('GET', `/api/cases/${caseId}`)).statusCode).toBe(200);
    const team = (await coordinator('GET', `/api/cases/${caseId}/team`)).json<CaseTeam>();
    const seat = team.members.find((m) => m.organisationId === shelterOrg)!;
    expect(seat.contacts.map((c) => c.userId)).toEqual([shelterUser.id]);
    expect(team.legalBases.find((b) => b.id === seat.legalBasisId)).toMatchObject({ kind: 'statute', statute: 'osl_10_2' });
    expect(await auditRowsAbout(t.db, 'team.member_added', caseId)).toHaveLength(1);

    const twice = await shelterWorker('POST', `/api/referrals/${sent.id}/accept`, undefined, ifMatch(accepted.json<Referral>().version));
    expect(twice.statusCode).toBe(409);
    expect((await coordinator('POST', `/api/cases/${caseId}/referrals/${sent.id}/revoke`, { reason: 'sent' }, ifMatch(accepted.json<Referral>().version))).statusCode).toBe(409);
    // The whole case again to an organisation already on the team is refused.
    expect((await coordinator('POST', `/api/cases/${caseId}/referrals`, referralBody({ serviceNeed: null }))).statusCode).toBe(409);
    expect((await notificationsOf(coordinator)).items.map((n) => n.kind)).toContain('referral_accepted');
  });
});

describe('transfers and approvals', () => {
  it('keeps the case with the sender until a coordinator of the receiving organisation accepts', async () => {
    const created = await newCase();
    const sent = await coordinator('POST', `/api/cases/${created.id}/transfers`, { toOrganisationId: coordination2, message: 'Personen har flyttat till Solna.' });
    expect(sent.statusCode, sent.body).toBe(201);
    const transfer = sent.json<Referral>();
    expect((await coordinator('GET', `/api/cases/${created.id}`)).json<CaseDetail>().leadUserId).toBe(created.leadUserId);
    // A case worker of another organisation cannot answer a transfer.
    expect((await shelterWorker('POST', `/api/referrals/${transfer.id}/accept`, undefined, ifMatch(transfer.version))).statusCode).toBe(404);
    const accepted = await stockholmCoordinator2('POST', `/api/referrals/${transfer.id}/accept`, undefined, ifMatch(transfer.version));
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await stockholmCoordinator2('GET', `/api/cases/${created.id}`)).json<CaseDetail>().leadUserId).toBe(coordinator2User.id);
  });

  it('across regions needs a municipality, then waits for a national coordinator who did not ask', async () => {
    const created = await newCase();
    const noPlace = await coordinator('POST', `/api/cases/${created.id}/transfers`, { toOrganisationId: vastOrg, message: 'Flyttar till Göteborg.' });
    expect(noPlace.statusCode).toBe(400);
    const sent = await coordinator('POST', `/api/cases/${created.id}/transfers`, { toOrganisationId: vastOrg, municipalityCode: '1480', message: 'Flyttar till Göteborg.' });
    expect(sent.statusCode, sent.body).toBe(201);
    const transfer = sent.json<Referral>();
    const accepted = await vastCoordinator('POST', `/api/referrals/${transfer.id}/accept`, undefined, ifMatch(transfer.version));
    expect(accepted.json<Referral>().status).toBe('awaiting_approval');
    // Still the sender's: the region has not changed.
    expect((await coordinator('GET', `/api/cases/${created.id}`)).json<CaseDetail>().regionCode).toBe('stockholm');

    const queue = (await national('GET', '/api/approvals')).json<Approval[]>();
    const request = queue.find((a) => a.caseId === created.id)!;
    expect(request).toMatchObject({ kind: 'transfer_across_regions', status: 'pending', canDecide: true });
    expect((await vastCoordinator('GET', '/api/approvals')).statusCode).toBe(403);
    expect((await national('POST', `/api/approvals/${request.id}/approve`, {}, ifMatch(request.version))).statusCode).toBe(400);

    // The one who asked (here also a national coordinator) may not decide it.
    const nationalOrg = await buildOrganisation(t.db, { type: 'national_agency', regionCode: null });
    await addMembership(t.db, vastUser.id, nationalOrg, ['national_coordinator']);
    const vastAsNational = requestAs(t.app, await signInAs(t.app, vastUser));
    const own = await vastAsNational('POST', `/api/approvals/${request.id}/approve`, { reason: 'OK' }, ifMatch(request.version));
    expect(own.statusCode).toBe(403);

    const approved = await national('POST', `/api/approvals/${request.id}/approve`, { reason: 'Personen bor nu i Göteborg.' }, ifMatch(request.version));
    expect(approved.statusCode, approved.body).toBe(200);
    const moved = (await national('GET', `/api/cases/${created.id}`)).json<CaseDetail>();
    expect(moved).toMatchObject({ regionCode: 'vast', municipalityCode: '1480', leadUserId: vastUser.id });
    expect((await coordinator('GET', `/api/cases/${created.id}/referrals`)).statusCode).toBe(404);
    expect((await national('POST', `/api/approvals/${request.id}/approve`, { reason: 'igen' }, ifMatch(request.version + 1))).statusCode).toBe(409);
  });
});
