import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditAction } from '../../../shared/audit-events.ts';
import type { CaseTeam, LegalBasis, TeamCandidates, TeamMember } from '../../../shared/schemas/case-team.ts';
import type { CaseDetail, CaseListPage, CaseParticipant } from '../../../shared/schemas/cases.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { organisations } from '../../db/schema/identity.ts';
import { caseTeamMembers, legalBases } from './team.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRowsAbout } from '../../../../test/support/casework.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam } from '../../../../test/support/team.ts';
import { isCaseParticipant, listCaseParticipants } from './team.queries.ts';

let t: TestApp;
let coordinator: TestUser;
let coordinatorCookie: string;
let otherCoordinatorCookie: string;
let vastCookie: string;
let nationalCookie: string;
let policeA: string;
let policeB: string;
let vastOrganisation: string;
let inactiveOrganisation: string;
let workerA: TestUser;
let workerACookie: string;
let workerA2: TestUser;
let operatorA: TestUser;
let inactiveA: TestUser;
let workerB: TestUser;
let workerBCookie: string;

const scopeText = 'Utbyte av uppgifter om boende och stöd – hemligt exempel';

beforeAll(async () => {
  t = await startTestApp();
  const coordination = await buildOrganisation(t.db, { name: 'Stockholms stad, regionkoordinatorer', type: 'municipality', regionCode: 'stockholm' });
  coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: coordination, name: 'Cecilia Samordnare' });
  coordinatorCookie = await signInAs(t.app, coordinator);
  otherCoordinatorCookie = await signInAs(
    t.app,
    await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: coordination, name: 'Oskar Samordnare' }),
  );
  vastCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' }));
  nationalCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null }));
  policeA = await buildOrganisation(t.db, { name: 'Polisen region Stockholm, grupp A', type: 'police', regionCode: 'stockholm' });
  policeB = await buildOrganisation(t.db, { name: 'Polisen region Stockholm, grupp B', type: 'police', regionCode: 'stockholm' });
  // Alphabetically first, but of another region: the candidates list puts it after Stockholm's.
  vastOrganisation = await buildOrganisation(t.db, { name: 'Aaa Göteborgs stad', type: 'municipality', regionCode: 'vast' });
  inactiveOrganisation = await buildOrganisation(t.db, { name: 'Nedlagd förening', type: 'ngo', regionCode: 'stockholm' });
  await t.db.update(organisations).set({ isActive: false }).where(eq(organisations.id, inactiveOrganisation));
  workerA = await buildUser(t.db, { roles: ['case_worker'], organisationId: policeA, name: 'Anna Polis' });
  workerACookie = await signInAs(t.app, workerA);
  workerA2 = await buildUser(t.db, { roles: ['case_worker'], organisationId: policeA, name: 'Bertil Polis' });
  operatorA = await buildUser(t.db, { roles: ['support_line_operator'], organisationId: policeA, name: 'Olle Stödtelefon' });
  inactiveA = await buildUser(t.db, { roles: ['case_worker'], organisationId: policeA, isActive: false, name: 'Inaktiv Polis' });
  workerB = await buildUser(t.db, { roles: ['case_worker'], organisationId: policeB, name: 'Beata Polis' });
  workerBCookie = await signInAs(t.app, workerB);
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (cookie: string, method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { cookie, ...headers }, payload: payload as object | undefined });

const consentBody = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId,
  kind: 'consent',
  consentGivenOn: stockholmDate(new Date()),
  consentScope: scopeText,
  consentGivenTo: 'Regionkoordinatorn i Stockholm',
  ...overrides,
});

async function newCase(): Promise<CaseDetail> {
  return createCaseAs(t.app, coordinatorCookie, { municipalityCode: '0180' });
}

async function recordBasis(caseId: string, body: object, cookie = coordinatorCookie): Promise<LegalBasis> {
  const response = await call(cookie, 'POST', `/api/cases/${caseId}/legal-bases`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<LegalBasis>();
}

async function addMember(caseId: string, body: object, cookie = coordinatorCookie): Promise<TeamMember> {
  const response = await call(cookie, 'POST', `/api/cases/${caseId}/team`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TeamMember>();
}

async function seatPoliceA(caseId: string, contactUserIds = [workerA.id]) {
  const basis = await recordBasis(caseId, consentBody(policeA));
  const member = await addMember(caseId, { organisationId: policeA, legalBasisId: basis.id, contactUserIds });
  return { basis, member };
}

async function team(caseId: string, cookie = coordinatorCookie): Promise<CaseTeam> {
  const response = await call(cookie, 'GET', `/api/cases/${caseId}/team`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CaseTeam>();
}

async function listedIds(cookie: string): Promise<string[]> {
  const response = await call(cookie, 'GET', '/api/cases?pageSize=100');
  expect(response.statusCode).toBe(200);
  return response.json<CaseListPage>().items.map((c) => c.id);
}

/** Whether the user can find the case: in the list, by its URL, its team and its participants. */
async function expectSees(cookie: string, caseId: string) {
  expect(await listedIds(cookie)).toContain(caseId);
  expect((await call(cookie, 'GET', `/api/cases/${caseId}`)).statusCode).toBe(200);
  expect((await call(cookie, 'GET', `/api/cases/${caseId}/team`)).statusCode).toBe(200);
  expect((await call(cookie, 'GET', `/api/cases/${caseId}/participants`)).statusCode).toBe(200);
}

async function expectDoesNotSee(cookie: string, caseId: string) {
  expect(await listedIds(cookie)).not.toContain(caseId);
  for (const url of [`/api/cases/${caseId}`, `/api/cases/${caseId}/team`, `/api/cases/${caseId}/participants`]) {
    expect((await call(cookie, 'GET', url)).statusCode, url).toBe(404);
  }
}

const teamRowCount = (caseId: string) => t.db.$count(caseTeamMembers, eq(caseTeamMembers.caseId, caseId));
const basisCount = (caseId: string) => t.db.$count(legalBases, eq(legalBases.caseId, caseId));
const auditOf = (caseId: string, action: AuditAction) => auditRowsAbout(t.db, action, caseId);

describe('a team seat opens the case to the organisation, and only while it holds', () => {
  let detail: CaseDetail;
  let seat: { basis: LegalBasis; member: TeamMember };

  beforeAll(async () => {
    detail = await newCase();
  });

  it('nobody of Police A or B sees the case before Police A is on the team', async () => {
    await expectDoesNotSee(workerACookie, detail.id);
    await expectDoesNotSee(workerBCookie, detail.id);
  });

  it('the coordinator records consent for Police A and adds Police A with a named contact', async () => {
    seat = await seatPoliceA(detail.id);
    expect(seat.basis).toMatchObject({
      organisationId: policeA,
      organisationName: 'Polisen region Stockholm, grupp A',
      kind: 'consent',
      statute: null,
      consentScope: scopeText,
      consentWithdrawnAt: null,
      recordedByName: 'Cecilia Samordnare',
      version: 1,
    });
    expect(seat.member).toMatchObject({
      organisationId: policeA,
      organisationType: 'police',
      legalBasisId: seat.basis.id,
      contacts: [{ userId: workerA.id, name: 'Anna Polis' }],
      addedByName: 'Cecilia Samordnare',
      version: 1,
    });
  });

  it("Police A's case worker now finds it in the list, opens it and reads the team", async () => {
    await expectSees(workerACookie, detail.id);
    const opened = (await call(workerACookie, 'GET', `/api/cases/${detail.id}`)).json<CaseDetail>();
    expect(opened.access.via).toBe('team');
    expect(opened.can).toMatchObject({ manageTeam: false, writeJournal: true, showIdentity: true });
    const read = await team(detail.id, workerACookie);
    expect(read.members.map((m) => m.organisationId)).toEqual([policeA]);
    expect(read.legalBases.map((b) => b.id)).toEqual([seat.basis.id]);
  });

  it("a colleague of Police A who is not named still sees it (the seat is the organisation's)", async () => {
    await expectSees(await signInAs(t.app, workerA2), detail.id);
  });

  it('Police A members without a case role see nothing', async () => {
    const response = await call(await signInAs(t.app, operatorA), 'GET', `/api/cases/${detail.id}`);
    expect(response.statusCode).toBe(403);
  });

  it("Police B's case worker, same region, neither finds it nor opens it", async () => {
    await expectDoesNotSee(workerBCookie, detail.id);
  });

  it('a team member sees the case but may not manage the team (403)', async () => {
    const before = [await basisCount(detail.id), await teamRowCount(detail.id)];
    const addB = await call(workerACookie, 'POST', `/api/cases/${detail.id}/team`, {
      organisationId: policeB,
      legalBasisId: seat.basis.id,
    });
    expect(addB.statusCode).toBe(403);
    expect((await call(workerACookie, 'POST', `/api/cases/${detail.id}/legal-bases`, consentBody(policeB))).statusCode).toBe(403);
    expect((await call(workerACookie, 'GET', `/api/cases/${detail.id}/team/candidates`)).statusCode).toBe(403);
    const remove = await call(workerACookie, 'DELETE', `/api/cases/${detail.id}/team/${seat.member.id}`, undefined, { 'if-match': '"1"' });
    expect(remove.statusCode).toBe(403);
    const withdraw = await call(workerACookie, 'POST', `/api/cases/${detail.id}/legal-bases/${seat.basis.id}/withdraw`, {}, { 'if-match': '"1"' });
    expect(withdraw.statusCode).toBe(403);
    expect([await basisCount(detail.id), await teamRowCount(detail.id)]).toEqual(before);
  });

  it('removing Police A from the team ends its access at once; the row stays as history', async () => {
    const response = await call(coordinatorCookie, 'DELETE', `/api/cases/${detail.id}/team/${seat.member.id}`, undefined, {
      'if-match': '"1"',
    });
    expect(response.statusCode).toBe(204);
    await expectDoesNotSee(workerACookie, detail.id);
    const read = await team(detail.id);
    expect(read.members).toEqual([]);
    expect(read.removed).toEqual([
      expect.objectContaining({ id: seat.member.id, organisationId: policeA, removedByName: 'Cecilia Samordnare', version: 2 }),
    ]);
    const [event] = await auditOf(detail.id, 'team.member_removed');
    expect(event?.details).toEqual({ memberId: seat.member.id, organisationId: policeA });
  });

  it('a second removal of the same row is refused', async () => {
    const stale = await call(coordinatorCookie, 'DELETE', `/api/cases/${detail.id}/team/${seat.member.id}`, undefined, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    const again = await call(coordinatorCookie, 'DELETE', `/api/cases/${detail.id}/team/${seat.member.id}`, undefined, { 'if-match': '"2"' });
    expect(again.statusCode).toBe(409);
  });

  it('Police A may be added again later, under the same consent', async () => {
    await addMember(detail.id, { organisationId: policeA, legalBasisId: seat.basis.id });
    await expectSees(workerACookie, detail.id);
    expect((await team(detail.id)).removed).toHaveLength(1);
  });
});

describe('withdrawing consent', () => {
  let detail: CaseDetail;
  let seat: { basis: LegalBasis; member: TeamMember };

  beforeAll(async () => {
    detail = await newCase();
    seat = await seatPoliceA(detail.id);
  });

  const withdraw = (basisId: string, headers: Record<string, string>, body: unknown = {}, cookie = coordinatorCookie) =>
    call(cookie, 'POST', `/api/cases/${detail.id}/legal-bases/${basisId}/withdraw`, body, headers);

  it('needs If-Match: 428 without, 412 with a stale version, 400 malformed; nothing changes', async () => {
    expect((await withdraw(seat.basis.id, {})).statusCode).toBe(428);
    const stale = await withdraw(seat.basis.id, { 'if-match': '"7"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ currentVersion: 1 });
    expect((await withdraw(seat.basis.id, { 'if-match': 'seven' })).statusCode).toBe(400);
    await expectSees(workerACookie, detail.id);
  });

  it('refuses a moment in the future or before the consent was given', async () => {
    const future = await withdraw(seat.basis.id, { 'if-match': '"1"' }, { withdrawnAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(future.statusCode).toBe(400);
    const before = await withdraw(seat.basis.id, { 'if-match': '"1"' }, { withdrawnAt: '2001-01-01T10:00:00+01:00' });
    expect(before.statusCode).toBe(400);
    expect((await team(detail.id)).legalBases[0]!.consentWithdrawnAt).toBeNull();
  });

  it("ends Police A's access the moment it is recorded", async () => {
    const response = await withdraw(seat.basis.id, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    const withdrawn = response.json<LegalBasis>();
    expect(withdrawn.consentWithdrawnAt).not.toBeNull();
    expect(withdrawn.version).toBe(2);
    await expectDoesNotSee(workerACookie, detail.id);
    const events = await auditOf(detail.id, 'team.consent_withdrawn');
    expect(events.map((e) => e.details)).toEqual([{ legalBasisId: seat.basis.id, organisationId: policeA }]);
  });

  it('leaves the team row in place, without a basis that holds', async () => {
    const read = await team(detail.id);
    expect(read.members.map((m) => m.legalBasisId)).toEqual([seat.basis.id]);
    expect(read.legalBases[0]!.consentWithdrawnAt).not.toBeNull();
  });

  it('cannot be done twice', async () => {
    expect((await withdraw(seat.basis.id, { 'if-match': '"2"' })).statusCode).toBe(409);
  });

  it('a withdrawn consent cannot seat the organisation again', async () => {
    const response = await call(coordinatorCookie, 'PATCH', `/api/cases/${detail.id}/team/${seat.member.id}`, { legalBasisId: seat.basis.id }, {
      'if-match': '"1"',
    });
    expect(response.statusCode).toBe(409);
  });

  it('a statutory basis given to the same team row opens the case again', async () => {
    const statute = await recordBasis(detail.id, { organisationId: policeA, kind: 'statute', statute: 'osl_10_21' });
    const response = await call(coordinatorCookie, 'PATCH', `/api/cases/${detail.id}/team/${seat.member.id}`, { legalBasisId: statute.id }, {
      'if-match': '"1"',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<TeamMember>()).toMatchObject({ legalBasisId: statute.id, version: 2 });
    await expectSees(workerACookie, detail.id);
  });

  it('a statutory provision cannot be withdrawn (409)', async () => {
    const statute = (await team(detail.id)).legalBases.find((b) => b.kind === 'statute')!;
    const response = await withdraw(statute.id, { 'if-match': `"${statute.version}"` });
    expect(response.statusCode).toBe(409);
    await expectSees(workerACookie, detail.id);
  });

  it('a legal basis of another case answers 404', async () => {
    const other = await newCase();
    const basis = await recordBasis(other.id, consentBody(policeA));
    expect((await withdraw(basis.id, { 'if-match': '"1"' })).statusCode).toBe(404);
  });
});

describe('adding an organisation to the team checks its legal basis and contacts', () => {
  let detail: CaseDetail;
  let basisA: LegalBasis;
  let basisB: LegalBasis;

  beforeAll(async () => {
    detail = await newCase();
    basisA = await recordBasis(detail.id, consentBody(policeA));
    basisB = await recordBasis(detail.id, { organisationId: policeB, kind: 'statute', statute: 'osl_10_2' });
  });

  const refused = async (body: object, status: number, field?: string) => {
    const before = await teamRowCount(detail.id);
    const response = await call(coordinatorCookie, 'POST', `/api/cases/${detail.id}/team`, body);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    if (field) expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect(await teamRowCount(detail.id)).toBe(before);
    return response;
  };

  it("refuses another organisation's legal basis with a clear message", async () => {
    const response = await refused({ organisationId: policeA, legalBasisId: basisB.id }, 400, 'legalBasisId');
    expect(response.json<{ detail: string }>().detail).toMatch(/another organisation/);
  });

  it('refuses a legal basis of another case', async () => {
    const other = await newCase();
    const foreign = await recordBasis(other.id, consentBody(policeA));
    await refused({ organisationId: policeA, legalBasisId: foreign.id }, 400, 'legalBasisId');
  });

  it('refuses an unknown or inactive organisation', async () => {
    await refused({ organisationId: randomUUID(), legalBasisId: basisA.id }, 400, 'organisationId');
    await refused({ organisationId: inactiveOrganisation, legalBasisId: basisA.id }, 400, 'organisationId');
  });

  it.each([
    ['a member of another organisation', () => workerB.id],
    ['a member of the organisation without a case role', () => operatorA.id],
    ['a deactivated member', () => inactiveA.id],
    ['someone who does not exist', () => randomUUID()],
  ])('refuses as contact %s', async (_name, contact) => {
    await refused({ organisationId: policeA, legalBasisId: basisA.id, contactUserIds: [workerA.id, contact()] }, 400, 'contactUserIds.1');
  });

  it('refuses malformed contact lists', async () => {
    await refused({ organisationId: policeA, legalBasisId: basisA.id, contactUserIds: [workerA.id, workerA.id] }, 400, 'contactUserIds');
    const many = Array.from({ length: 21 }, () => randomUUID());
    await refused({ organisationId: policeA, legalBasisId: basisA.id, contactUserIds: many }, 400, 'contactUserIds');
    await refused({ organisationId: policeA, legalBasisId: basisA.id, contactUserIds: ['not-a-uuid'] }, 400, 'contactUserIds.0');
    await refused({ organisationId: policeA }, 400, 'legalBasisId');
  });

  it('adds with an Idempotency-Key once, and a retry answers the same row', async () => {
    const key = randomUUID();
    const body = { organisationId: policeA, legalBasisId: basisA.id, contactUserIds: [workerA2.id, workerA.id] };
    const first = await call(coordinatorCookie, 'POST', `/api/cases/${detail.id}/team`, body, { 'idempotency-key': key });
    const retry = await call(coordinatorCookie, 'POST', `/api/cases/${detail.id}/team`, body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json<TeamMember>().id).toBe(first.json<TeamMember>().id);
    // Contacts are listed by name.
    expect(first.json<TeamMember>().contacts.map((c) => c.name)).toEqual(['Anna Polis', 'Bertil Polis']);
    expect(await teamRowCount(detail.id)).toBe(1);
    const other = await call(coordinatorCookie, 'POST', `/api/cases/${detail.id}/team`, { ...body, contactUserIds: [] }, { 'idempotency-key': key });
    expect(other.statusCode).toBe(422);
  });

  it('refuses an organisation already on the team (409)', async () => {
    const response = await refused({ organisationId: policeA, legalBasisId: basisA.id }, 409);
    expect(response.json<{ detail: string }>().detail).toMatch(/already on the case team/);
  });

  it('concurrent adds of one organisation make one row', async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, () => call(coordinatorCookie, 'POST', `/api/cases/${detail.id}/team`, { organisationId: policeB, legalBasisId: basisB.id })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    expect(await t.db.$count(caseTeamMembers, and(eq(caseTeamMembers.caseId, detail.id), eq(caseTeamMembers.organisationId, policeB)))).toBe(1);
  });

  it('writes the audit events with ids only', async () => {
    const [added] = await auditOf(detail.id, 'team.member_added');
    expect(added?.details).toEqual({
      memberId: expect.any(String),
      organisationId: policeA,
      legalBasisId: basisA.id,
      contactUserIds: [workerA2.id, workerA.id],
    });
    const recorded = await auditOf(detail.id, 'team.legal_basis_recorded');
    expect(recorded.map((e) => e.details)).toEqual([
      { legalBasisId: basisA.id, organisationId: policeA, kind: 'consent' },
      { legalBasisId: basisB.id, organisationId: policeB, kind: 'statute' },
    ]);
  });
});

describe('recording a legal basis', () => {
  let detail: CaseDetail;

  beforeAll(async () => {
    detail = await newCase();
  });

  const tomorrow = () => stockholmDate(new Date(Date.now() + 2 * 86_400_000));

  it.each([
    ['unknown organisation', () => consentBody(randomUUID()), 'organisationId'],
    ['inactive organisation', () => consentBody(inactiveOrganisation), 'organisationId'],
    ['consent given in the future', () => consentBody(policeA, { consentGivenOn: tomorrow() }), 'consentGivenOn'],
    ['consent date that is no date', () => consentBody(policeA, { consentGivenOn: '2025-02-30' }), 'consentGivenOn'],
    ['consent without scope', () => consentBody(policeA, { consentScope: '   ' }), 'consentScope'],
    ['consent scope too long', () => consentBody(policeA, { consentScope: 'x'.repeat(501) }), 'consentScope'],
    ['consent without whom it was given to', () => consentBody(policeA, { consentGivenTo: undefined }), 'consentGivenTo'],
    ['statute not in the list', () => ({ organisationId: policeA, kind: 'statute', statute: 'osl_99_1' }), 'statute'],
    ['statute missing', () => ({ organisationId: policeA, kind: 'statute' }), 'statute'],
    ['unknown kind', () => ({ organisationId: policeA, kind: 'hunch' }), 'kind'],
    ['organisation id that is no uuid', () => consentBody('police-a'), 'organisationId'],
  ])('%s: 400 and nothing stored', async (_name, body, field) => {
    const before = await basisCount(detail.id);
    const response = await call(coordinatorCookie, 'POST', `/api/cases/${detail.id}/legal-bases`, body());
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect(await basisCount(detail.id)).toBe(before);
  });

  it('stores consent and statute with only their own fields', async () => {
    const consent = await recordBasis(detail.id, consentBody(policeA, { statute: 'lvu' }));
    expect(consent).toMatchObject({ kind: 'consent', statute: null, consentGivenTo: 'Regionkoordinatorn i Stockholm' });
    const statute = await recordBasis(detail.id, { organisationId: policeA, kind: 'statute', statute: 'lvu', consentScope: 'ignored' });
    expect(statute).toMatchObject({ kind: 'statute', statute: 'lvu', consentGivenOn: null, consentScope: null, consentGivenTo: null });
  });

  it('takes an Idempotency-Key', async () => {
    const key = randomUUID();
    const body = { organisationId: policeB, kind: 'statute', statute: 'osl_10_18a' };
    const first = await call(coordinatorCookie, 'POST', `/api/cases/${detail.id}/legal-bases`, body, { 'idempotency-key': key });
    const retry = await call(coordinatorCookie, 'POST', `/api/cases/${detail.id}/legal-bases`, body, { 'idempotency-key': key });
    expect([first.statusCode, retry.statusCode]).toEqual([201, 200]);
    expect(retry.json<LegalBasis>().id).toBe(first.json<LegalBasis>().id);
    expect(await t.db.$count(legalBases, and(eq(legalBases.caseId, detail.id), eq(legalBases.organisationId, policeB)))).toBe(1);
  });

  it('a national coordinator may record one; a coordinator of another region gets 404', async () => {
    await recordBasis(detail.id, { organisationId: policeB, kind: 'statute', statute: 'osl_10_27' }, nationalCookie);
    const before = await basisCount(detail.id);
    const response = await call(vastCookie, 'POST', `/api/cases/${detail.id}/legal-bases`, consentBody(policeA));
    expect(response.statusCode).toBe(404);
    expect(await basisCount(detail.id)).toBe(before);
  });

  it('never puts the consent text in the audit log', async () => {
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.subjectId, detail.id));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const text = JSON.stringify(event.details);
      expect(text).not.toContain('Utbyte');
      expect(text).not.toContain('Regionkoordinatorn');
    }
  });
});

describe('changing a team organisation', () => {
  let detail: CaseDetail;
  let seat: { basis: LegalBasis; member: TeamMember };
  const url = () => `/api/cases/${detail.id}/team/${seat.member.id}`;

  beforeAll(async () => {
    detail = await newCase();
    seat = await seatPoliceA(detail.id);
  });

  it('needs If-Match: 428 without, 412 stale with the current version; nothing changes', async () => {
    expect((await call(coordinatorCookie, 'PATCH', url(), { contactUserIds: [] })).statusCode).toBe(428);
    const stale = await call(coordinatorCookie, 'PATCH', url(), { contactUserIds: [] }, { 'if-match': '"9"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ currentVersion: 1 });
    expect((await call(coordinatorCookie, 'DELETE', url())).statusCode).toBe(428);
    expect((await call(coordinatorCookie, 'DELETE', url(), undefined, { 'if-match': '"9"' })).statusCode).toBe(412);
    expect((await team(detail.id)).members[0]).toMatchObject({ version: 1, contacts: [{ userId: workerA.id }] });
  });

  it('a case outside the scope answers 404 with or without If-Match', async () => {
    expect((await call(vastCookie, 'PATCH', url(), { contactUserIds: [] })).statusCode).toBe(404);
    expect((await call(vastCookie, 'DELETE', url(), undefined, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await call(workerBCookie, 'DELETE', url())).statusCode).toBe(404);
  });

  it('refuses an empty change and ineligible contacts', async () => {
    expect((await call(coordinatorCookie, 'PATCH', url(), {}, { 'if-match': '"1"' })).statusCode).toBe(400);
    const response = await call(coordinatorCookie, 'PATCH', url(), { contactUserIds: [workerB.id] }, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(400);
  });

  it("refuses another organisation's basis", async () => {
    const basisB = await recordBasis(detail.id, { organisationId: policeB, kind: 'statute', statute: 'osl_10_2' });
    const response = await call(coordinatorCookie, 'PATCH', url(), { legalBasisId: basisB.id }, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(400);
  });

  it('changes the named contacts, bumps the version and audits ids', async () => {
    const response = await call(coordinatorCookie, 'PATCH', url(), { contactUserIds: [workerA2.id] }, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.json<TeamMember>()).toMatchObject({ contacts: [{ userId: workerA2.id, name: 'Bertil Polis' }], version: 2 });
    const [event] = await auditOf(detail.id, 'team.member_changed');
    expect(event?.details).toEqual({ memberId: seat.member.id, organisationId: policeA, contactUserIds: [workerA2.id] });
  });

  it('a member id of another case answers 404', async () => {
    const other = await newCase();
    const otherSeat = await seatPoliceA(other.id);
    const response = await call(coordinatorCookie, 'PATCH', `/api/cases/${detail.id}/team/${otherSeat.member.id}`, { contactUserIds: [] }, {
      'if-match': '"1"',
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('candidates', () => {
  let detail: CaseDetail;

  beforeAll(async () => {
    detail = await newCase();
  });

  const candidates = async (query = '', cookie = coordinatorCookie) => {
    const response = await call(cookie, 'GET', `/api/cases/${detail.id}/team/candidates${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<TeamCandidates>();
  };

  it("lists the active organisations, the case's region first, by name", async () => {
    const { organisations: listed, contacts } = await candidates();
    expect(contacts).toEqual([]);
    const ids = listed.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([policeA, policeB, vastOrganisation]));
    expect(ids).not.toContain(inactiveOrganisation);
    expect(ids.indexOf(policeA)).toBeLessThan(ids.indexOf(vastOrganisation));
    const firstOther = listed.findIndex((o) => o.regionCode !== 'stockholm');
    expect(listed.slice(firstOther).every((o) => o.regionCode !== 'stockholm')).toBe(true);
    const stockholmNames = listed.slice(0, firstOther).map((o) => o.name);
    expect(stockholmNames).toEqual([...stockholmNames].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(listed.find((o) => o.id === policeA)).toEqual({ id: policeA, name: 'Polisen region Stockholm, grupp A', type: 'police', regionCode: 'stockholm' });
  });

  it("with an organisation: its active members with a case role, without e-mail addresses, and the read is logged", async () => {
    const response = await call(coordinatorCookie, 'GET', `/api/cases/${detail.id}/team/candidates?organisationId=${policeA}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('@');
    expect(response.json<TeamCandidates>()).toEqual({
      organisations: [],
      contacts: [
        { userId: workerA.id, name: 'Anna Polis' },
        { userId: workerA2.id, name: 'Bertil Polis' },
      ],
    });
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'members.list'), eq(auditEvents.subjectId, policeA)));
    expect(events.at(-1)?.details).toMatchObject({ caseId: detail.id, count: 2 });
  });

  it('refuses an unknown or inactive organisation, a malformed id, and callers outside the case', async () => {
    for (const id of [randomUUID(), inactiveOrganisation, 'abc']) {
      const response = await call(coordinatorCookie, 'GET', `/api/cases/${detail.id}/team/candidates?organisationId=${id}`);
      expect(response.statusCode).toBe(400);
    }
    expect((await call(vastCookie, 'GET', `/api/cases/${detail.id}/team/candidates`)).statusCode).toBe(404);
    expect((await call(workerBCookie, 'GET', `/api/cases/${detail.id}/team/candidates`)).statusCode).toBe(404);
  });
});

describe('participants', () => {
  let detail: CaseDetail;
  let seat: { basis: LegalBasis; member: TeamMember };

  beforeAll(async () => {
    detail = await newCase();
    seat = await seatPoliceA(detail.id);
    // Police B: on the team, but under a consent that has been withdrawn.
    const { legalBasisId } = await addToTeam(t.db, { caseId: detail.id, organisationId: policeB, recordedByUserId: coordinator.id });
    await t.db.update(legalBases).set({ consentWithdrawnAt: new Date() }).where(eq(legalBases.id, legalBasisId));
  });

  const participants = async (cookie = coordinatorCookie) => {
    const response = await call(cookie, 'GET', `/api/cases/${detail.id}/participants`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<CaseParticipant[]>();
  };

  it('are the lead, the region coordinators and the case-role members of seated organisations, once each, by name', async () => {
    const list = await participants(workerACookie);
    const ids = list.map((p) => p.userId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([coordinator.id, workerA.id, workerA2.id]));
    expect(ids).not.toContain(workerB.id);
    expect(ids).not.toContain(operatorA.id);
    expect(ids).not.toContain(inactiveA.id);
    expect(list.find((p) => p.userId === workerA.id)).toEqual({ userId: workerA.id, name: 'Anna Polis', organisationName: 'Polisen region Stockholm, grupp A' });
    expect(list.find((p) => p.userId === coordinator.id)?.organisationName).toBe('Stockholms stad, regionkoordinatorer');
    const names = list.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(await auditOf(detail.id, 'team.read')).not.toHaveLength(0);
  });

  const routingOf = (c: CaseDetail) => ({ caseId: c.id, leadUserId: c.leadUserId, regionCode: c.regionCode });

  it('are what the exported queries answer', async () => {
    const routing = routingOf(detail);
    expect((await listCaseParticipants(t.db, routing)).map((p) => p.userId)).toEqual((await participants()).map((p) => p.userId));
    expect(await isCaseParticipant(t.db, routing, workerA.id)).toBe(true);
    expect(await isCaseParticipant(t.db, routing, coordinator.id)).toBe(true);
    expect(await isCaseParticipant(t.db, routing, workerB.id)).toBe(false);
    expect(await isCaseParticipant(t.db, routing, randomUUID())).toBe(false);
  });

  it('lose the members of an organisation taken off the team', async () => {
    const response = await call(otherCoordinatorCookie, 'DELETE', `/api/cases/${detail.id}/team/${seat.member.id}`, undefined, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(204);
    const ids = (await participants()).map((p) => p.userId);
    expect(ids).not.toContain(workerA.id);
    expect(await isCaseParticipant(t.db, routingOf(detail), workerA.id)).toBe(false);
  });
});

describe('reading the team', () => {
  it('is audited with counts only', async () => {
    const detail = await newCase();
    await seatPoliceA(detail.id);
    await team(detail.id);
    const events = await auditOf(detail.id, 'team.read');
    expect(events.at(-1)?.details).toEqual({ legalBases: 1, members: 1, removed: 0 });
  });

  it('shows nothing to a coordinator of another region, nor to a stranger organisation', async () => {
    const detail = await newCase();
    const ids = await t.db.select({ id: legalBases.id }).from(legalBases).where(inArray(legalBases.caseId, [detail.id]));
    expect(ids).toHaveLength(0);
    for (const cookie of [vastCookie, workerBCookie]) {
      const response: LightMyRequestResponse = await call(cookie, 'GET', `/api/cases/${detail.id}/team`);
      expect(response.statusCode).toBe(404);
    }
  });
});
