import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail, LeadCandidate } from '../../../shared/schemas/cases.ts';
import { cases } from './cases.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRows, lastAudit, requestAs } from '../../../../test/support/casework.ts';
import { buildOrganisation, buildUser, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam } from '../../../../test/support/team.ts';

let t: TestApp;
let lead: TestUser;
let otherCoordinator: TestUser;
let inactiveCoordinator: TestUser;
let vastCoordinator: TestUser;
let teamWorker: TestUser;
let asLead: ReturnType<typeof requestAs>;
let asVast: ReturnType<typeof requestAs>;
let asNational: ReturnType<typeof requestAs>;
let asTeamWorker: ReturnType<typeof requestAs>;
let asAnalyst: ReturnType<typeof requestAs>;
let theCase: CaseDetail;

beforeAll(async () => {
  t = await startTestApp();
  lead = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm', name: 'Lena Ledare' });
  otherCoordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm', name: 'Anna Annan' });
  inactiveCoordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm', isActive: false });
  vastCoordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' });
  const police = await buildOrganisation(t.db, { type: 'police', regionCode: 'stockholm' });
  teamWorker = await buildUser(t.db, { roles: ['case_worker'], organisationId: police });
  asLead = requestAs(t.app, await signInAs(t.app, lead));
  asVast = requestAs(t.app, await signInAs(t.app, vastCoordinator));
  asNational = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null })));
  asTeamWorker = requestAs(t.app, await signInAs(t.app, teamWorker));
  asAnalyst = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['analyst'], regionCode: null })));
});
afterAll(() => t.close());

beforeEach(async () => {
  const response = await asLead('POST', '/api/cases', { municipalityCode: '0180', exploitationForms: ['forced_labour'], person: { codeName: 'Rönn', isChild: false } });
  theCase = response.json<CaseDetail>();
  await addToTeam(t.db, { caseId: theCase.id, organisationId: teamWorker.organisationId, recordedByUserId: lead.id, kind: 'statute' });
});

const patch = (as: ReturnType<typeof requestAs>, body: unknown, version: number | string | null = theCase.version, id = theCase.id) =>
  as('PATCH', `/api/cases/${id}`, body, version === null ? {} : { 'if-match': typeof version === 'number' ? `"${version}"` : version });

const stored = async () => (await t.db.select().from(cases).where(eq(cases.id, theCase.id)))[0]!;

describe('PATCH /api/cases/:caseId', () => {
  it('changes the fields sent, bumps the version and audits the names of the fields only', async () => {
    const response = await patch(asLead, {
      indicators: ['debt_bondage', 'withheld_documents'],
      isPresumptiveVictim: true,
      riskLevel: 'high',
      policeReportReference: 'K-12345-26',
      longTermPath: 'residence',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    const updated = response.json<CaseDetail>();
    expect(updated).toMatchObject({
      version: 2,
      indicators: ['debt_bondage', 'withheld_documents'],
      isPresumptiveVictim: true,
      riskLevel: 'high',
      policeReportReference: 'K-12345-26',
      longTermPath: 'residence',
      exploitationForms: ['forced_labour'],
    });
    const audit = await lastAudit(t.db, 'case.update');
    expect(audit).toMatchObject({ subjectId: theCase.id, actorUserId: lead.id });
    // Assessed at the moment of the change: the time of its transaction, which its audit event shares.
    expect(Date.parse(updated.riskAssessedAt!)).toBe(audit!.occurredAt.getTime());
    expect((audit!.details as { fields: string[] }).fields.sort()).toEqual(
      ['indicators', 'isPresumptiveVictim', 'longTermPath', 'policeReportReference', 'riskLevel'].sort(),
    );
    expect(JSON.stringify(audit!.details)).not.toContain('K-12345-26');
  });

  it('clears the assessment date with the risk level', async () => {
    const first = await patch(asLead, { riskLevel: 'low' });
    const cleared = await patch(asLead, { riskLevel: null }, first.json<CaseDetail>().version);
    expect(cleared.json<CaseDetail>()).toMatchObject({ riskLevel: null, riskAssessedAt: null });
  });

  it('records closure outcome and reason', async () => {
    const response = await patch(asLead, { closureOutcome: 'returned_home', closureReason: 'Personen har återvänt med stöd av IOM.' });
    expect(response.json<CaseDetail>()).toMatchObject({ closureOutcome: 'returned_home', closureReason: 'Personen har återvänt med stöd av IOM.' });
  });

  it('needs If-Match (428), well-formed (400), and current (412 with the current version)', async () => {
    expect((await patch(asLead, { riskLevel: 'low' }, null)).statusCode).toBe(428);
    expect((await patch(asLead, { riskLevel: 'low' }, 'version 1')).statusCode).toBe(400);
    await patch(asLead, { riskLevel: 'low' });
    const stale = await patch(asLead, { riskLevel: 'medium' }, 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ currentVersion: 2, type: 'https://samverka.se/problems/stale-version' });
    expect(stale.headers.etag).toBe('"2"');
    expect((await stored()).riskLevel).toBe('low');
  });

  it('lets only one of two concurrent changes from the same version through', async () => {
    const answers = await Promise.all([patch(asLead, { riskLevel: 'low' }), patch(asLead, { riskLevel: 'high' })]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 412]);
    expect((await stored()).version).toBe(2);
  });

  it.each([
    ['an empty change', {}, 'body'],
    ['an unknown municipality', { municipalityCode: '9999' }, 'municipalityCode'],
    ['a malformed municipality', { municipalityCode: 'Solna' }, 'municipalityCode'],
    ['an unknown risk level', { riskLevel: 'extreme' }, 'riskLevel'],
    ['no exploitation form', { exploitationForms: [] }, 'exploitationForms'],
    ['an unknown indicator', { indicators: ['bad_luck'] }, 'indicators.0'],
    ['a short closure reason', { closureReason: 'ok' }, 'closureReason'],
    ['a lead that is not a uuid', { leadUserId: 'sara' }, 'leadUserId'],
  ])('answers 400 for %s and changes nothing', async (_name, body, field) => {
    const response = await patch(asLead, body);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect((await stored()).version).toBe(1);
  });

  it('moves the case with its municipality, recomputing county and region', async () => {
    const response = await patch(asLead, { municipalityCode: '0980' });
    expect(response.json<CaseDetail>()).toMatchObject({ municipalityCode: '0980', countyCode: '09', regionCode: 'stockholm' });
  });

  it('refuses a regional coordinator moving the case into another region (403), and lets a national one', async () => {
    const refused = await patch(asLead, { municipalityCode: '1280' });
    expect(refused.statusCode).toBe(403);
    expect((await stored()).municipalityCode).toBe('0180');
    const moved = await patch(asNational, { municipalityCode: '1280' });
    expect(moved.json<CaseDetail>()).toMatchObject({ municipalityCode: '1280', countyCode: '12', regionCode: 'syd' });
  });

  it('assigns a regional coordinator of the region as lead, and clears the lead', async () => {
    const assigned = await patch(asLead, { leadUserId: otherCoordinator.id });
    expect(assigned.json<CaseDetail>()).toMatchObject({ leadUserId: otherCoordinator.id, leadName: 'Anna Annan' });
    const cleared = await patch(asLead, { leadUserId: null }, 2);
    expect(cleared.json<CaseDetail>()).toMatchObject({ leadUserId: null, leadName: null });
  });

  it.each([
    ['a coordinator of another region', () => vastCoordinator.id],
    ['a deactivated coordinator', () => inactiveCoordinator.id],
    ['a case worker', () => teamWorker.id],
    ['someone who does not exist', () => '00000000-0000-4000-8000-000000000000'],
  ])('refuses %s as lead with 400 naming leadUserId', async (_name, userId) => {
    const response = await patch(asLead, { leadUserId: userId() });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('leadUserId');
    expect((await stored()).leadUserId).toBe(lead.id);
  });

  it('answers 404 outside the scope and 403 to a team member who may not edit', async () => {
    expect((await patch(asVast, { riskLevel: 'low' })).statusCode).toBe(404);
    expect((await patch(asTeamWorker, { riskLevel: 'low' })).statusCode).toBe(403);
    expect((await patch(asAnalyst, { riskLevel: 'low' })).statusCode).toBe(403);
    expect((await patch(asLead, { riskLevel: 'low' }, 1, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await stored()).version).toBe(1);
    expect((await auditRows(t.db, 'case.update')).filter((r) => r.subjectId === theCase.id)).toHaveLength(0);
  });
});

describe('GET /api/cases/:caseId/lead-candidates', () => {
  it("lists the active regional coordinators of the case's region, by name", async () => {
    const response = await asLead('GET', `/api/cases/${theCase.id}/lead-candidates`);
    expect(response.statusCode).toBe(200);
    const candidates = response.json<LeadCandidate[]>();
    const ids = candidates.map((c) => c.userId);
    expect(ids).toEqual(expect.arrayContaining([lead.id, otherCoordinator.id]));
    expect(ids).not.toContain(inactiveCoordinator.id);
    expect(ids).not.toContain(vastCoordinator.id);
    expect(ids).not.toContain(teamWorker.id);
    expect(candidates.map((c) => c.name)).toEqual([...candidates.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(candidates[0]).toHaveProperty('organisationName');
    expect(await lastAudit(t.db, 'case.lead_candidates_read')).toMatchObject({ subjectId: theCase.id, details: { userIds: ids } });
  });

  it('answers 403 to a team member and 404 outside the scope', async () => {
    expect((await asTeamWorker('GET', `/api/cases/${theCase.id}/lead-candidates`)).statusCode).toBe(403);
    expect((await asVast('GET', `/api/cases/${theCase.id}/lead-candidates`)).statusCode).toBe(404);
  });
});

describe('Idempotency-Key on POST /api/cases', () => {
  const body = () => ({ municipalityCode: '0180', exploitationForms: ['begging'], person: { codeName: 'Sälg', isChild: false } });
  const create = (key: string, payload: unknown = body()) => asLead('POST', '/api/cases', payload, { 'idempotency-key': key });

  it('answers a retry with the case the first request created: 201, then 200 with the same id', async () => {
    const before = await t.db.$count(cases);
    const first = await create('retry-key-1');
    const second = await create('retry-key-1');
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json<CaseDetail>().id).toBe(first.json<CaseDetail>().id);
    expect(await t.db.$count(cases)).toBe(before + 1);
  });

  it('refuses the same key with another body (422) and creates nothing', async () => {
    await create('retry-key-2');
    const before = await t.db.$count(cases);
    const other = await create('retry-key-2', { ...body(), exploitationForms: ['forced_labour'] });
    expect(other.statusCode).toBe(422);
    expect(await t.db.$count(cases)).toBe(before);
  });

  it('creates one case for a concurrent double submit', async () => {
    const before = await t.db.$count(cases);
    const answers = await Promise.all([create('double-submit'), create('double-submit')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(new Set(answers.map((a) => a.json<CaseDetail>().id)).size).toBe(1);
    expect(await t.db.$count(cases)).toBe(before + 1);
  });

  it('refuses a malformed key with 400', async () => {
    expect((await create('x'.repeat(201))).statusCode).toBe(400);
  });
});
