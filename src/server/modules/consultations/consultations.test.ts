import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { ConsultationAssignee, ConsultationDetail, ConsultationEscalated, ConsultationListPage } from '../../../shared/schemas/consultations.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { cases } from '../cases/cases.schema.ts';
import { consultationAdvice, consultations } from './consultations.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRowsAbout, lastAudit, requestAs } from '../../../../test/support/casework.ts';
import { buildUser, signInAs, type TestUser } from '../../../../test/support/factories.ts';

type As = ReturnType<typeof requestAs>;
let t: TestApp;
let stockholm: TestUser;
let asStockholm: As;
let asStockholm2: As;
let stockholm2: TestUser;
let asSyd: As;
let asNational: As;
let operator: TestUser;
let asOperator: As;
let asOtherOperator: As;
let asProfessional: As;

/** Stockholm municipality; Malmö is in police region Syd. */
const stockholmCity = '0180';
const malmo = '1280';
const secret = 'Flickan heter Anna och bor på Storgatan 1';

beforeAll(async () => {
  t = await startTestApp();
  stockholm = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm', name: 'Stina Samordnare' });
  asStockholm = requestAs(t.app, await signInAs(t.app, stockholm));
  stockholm2 = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm', name: 'Anders Andra' });
  asStockholm2 = requestAs(t.app, await signInAs(t.app, stockholm2));
  asSyd = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'syd' })));
  asNational = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null })));
  operator = await buildUser(t.db, { roles: ['support_line_operator'], regionCode: null });
  asOperator = requestAs(t.app, await signInAs(t.app, operator));
  asOtherOperator = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['support_line_operator'], regionCode: null })));
  asProfessional = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'stockholm' })));
});
afterAll(() => t.close());

const open = async (as: As, overrides: Record<string, unknown> = {}) => {
  const response = await as('POST', '/api/consultations', {
    municipalityCode: stockholmCity,
    description: secret,
    exploitationForms: ['forced_labour'],
    childInvolved: 'yes',
    urgency: 'urgent',
    requesterName: 'Karin Kurator',
    requesterOrganisation: 'Socialtjänsten',
    requesterEmail: 'Karin@Example.se',
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ConsultationDetail>();
};
const ifMatch = (c: { version: number }) => ({ 'if-match': `"${c.version}"` });
const listIds = async (as: As, query = '') => {
  const response = await as('GET', `/api/consultations?pageSize=100${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<ConsultationListPage>().items.map((i) => i.id);
};

describe('creating a consultation signed in', () => {
  it('routes it, numbers it, sets the deadline and marks the source from the role', async () => {
    const byOperator = await open(asOperator);
    expect(byOperator).toMatchObject({
      source: 'support_line',
      status: 'new',
      regionCode: 'stockholm',
      countyCode: '01',
      description: secret,
      requesterEmail: 'karin@example.se',
      childInvolved: 'yes',
      isOverdue: false,
      advice: [],
      can: { claim: false, assign: false, advise: false, close: false, escalate: false },
    });
    expect(byOperator.reference).toMatch(/^MS-\d{4}-\d{6}$/);
    expect(new Date(byOperator.firstResponseDueAt).getTime()).toBeGreaterThan(new Date(byOperator.receivedAt).getTime());
    expect((await open(asProfessional, { municipalityCode: malmo })).source).toBe('professional');
    const audit = await auditRowsAbout(t.db, 'consultation.create', byOperator.id);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.details)).not.toContain('Anna');
  });

  it('answers a retry with the same Idempotency-Key with the first consultation (200)', async () => {
    const body = { municipalityCode: stockholmCity, description: 'Retry' };
    const first = await asOperator('POST', '/api/consultations', body, { 'idempotency-key': 'consult-retry-1' });
    const again = await asOperator('POST', '/api/consultations', body, { 'idempotency-key': 'consult-retry-1' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json<ConsultationDetail>().id).toBe(first.json<ConsultationDetail>().id);
  });

  it('refuses bad input with 400 and stores nothing', async () => {
    const before = (await t.db.select({ id: consultations.id }).from(consultations)).length;
    for (const body of [
      { municipalityCode: '9999', description: 'x' },
      { municipalityCode: 'abc', description: 'x' },
      { municipalityCode: stockholmCity, description: '' },
      { municipalityCode: stockholmCity, description: 'x'.repeat(5001) },
      { municipalityCode: stockholmCity, description: 'x', urgency: 'whenever' },
      { municipalityCode: stockholmCity, description: 'x', requesterEmail: 'not-an-address' },
      { municipalityCode: stockholmCity, description: 'x', exploitationForms: ['begging', 'begging'] },
    ]) {
      const response = await asOperator('POST', '/api/consultations', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await t.db.select({ id: consultations.id }).from(consultations)).length).toBe(before);
  });

});

describe('who sees which consultation', () => {
  it("shows a region's consultations to its coordinators and the national ones, and an operator only their own", async () => {
    const sydCase = await open(asOperator, { municipalityCode: malmo });
    const stockholmCase = await open(asOtherOperator);
    expect(await listIds(asStockholm)).toContain(stockholmCase.id);
    expect(await listIds(asStockholm)).not.toContain(sydCase.id);
    expect((await asStockholm('GET', `/api/consultations/${sydCase.id}`)).statusCode).toBe(404);
    expect(await listIds(asSyd)).toContain(sydCase.id);
    expect(await listIds(asNational)).toEqual(expect.arrayContaining([sydCase.id, stockholmCase.id]));
    expect(await listIds(asOperator)).toContain(sydCase.id);
    expect(await listIds(asOperator)).not.toContain(stockholmCase.id);
    expect((await asOperator('GET', `/api/consultations/${stockholmCase.id}`)).statusCode).toBe(404);
    expect((await asOperator('GET', `/api/consultations/${sydCase.id}`)).statusCode).toBe(200);
    expect((await asStockholm('GET', '/api/consultations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);

    const read = await lastAudit(t.db, 'consultation.read');
    expect(read).toMatchObject({ subjectId: sydCase.id });
    const list = await lastAudit(t.db, 'consultation.list');
    expect((list!.details as { consultationIds: string[] }).consultationIds).toContain(sydCase.id);
  });

  it('keeps the description out of the list', async () => {
    await open(asOperator);
    const response = await asStockholm('GET', '/api/consultations');
    expect(response.body).not.toContain('Storgatan');
  });

  it('filters by status, mine, overdue, new today and age', async () => {
    const overdue = await open(asOperator, { description: 'Overdue one' });
    await t.db
      .update(consultations)
      .set({ receivedAt: new Date(Date.now() - 10 * 86_400_000), firstResponseDueAt: new Date(Date.now() - 9 * 86_400_000) })
      .where(eq(consultations.id, overdue.id));
    const fresh = await open(asOperator, { description: 'Fresh one' });
    const claimed = await asStockholm('POST', `/api/consultations/${fresh.id}/claim`, undefined, ifMatch(fresh));
    expect(claimed.statusCode).toBe(200);

    const overdueIds = await listIds(asStockholm, '&overdue=true');
    expect(overdueIds).toContain(overdue.id);
    expect(overdueIds).not.toContain(fresh.id);
    const page = (await asStockholm('GET', '/api/consultations?overdue=true')).json<ConsultationListPage>();
    expect(page.items.every((i) => i.isOverdue)).toBe(true);
    expect(await listIds(asStockholm, '&mine=true')).toEqual([fresh.id]);
    expect(await listIds(asStockholm, '&status=claimed')).toContain(fresh.id);
    expect(await listIds(asStockholm, '&status=claimed')).not.toContain(overdue.id);
    const today = await listIds(asStockholm, '&newToday=true');
    expect(today).toContain(fresh.id);
    expect(today).not.toContain(overdue.id);
    expect(await listIds(asStockholm, '&age=older')).toContain(overdue.id);
    expect(await listIds(asStockholm, '&age=today')).not.toContain(overdue.id);
    expect(await listIds(asStockholm, '&region=syd')).not.toContain(fresh.id);
    expect((await asStockholm('GET', '/api/consultations?status=lost')).statusCode).toBe(400);
  });
});

describe('working a consultation', () => {
  it('claims: assignee me, first response now; then 409 once closed, 412 when stale, 428 without If-Match', async () => {
    const c = await open(asOperator);
    expect((await asStockholm('POST', `/api/consultations/${c.id}/claim`)).statusCode).toBe(428);
    expect((await asStockholm('POST', `/api/consultations/${c.id}/claim`, undefined, { 'if-match': '"99"' })).statusCode).toBe(412);
    const response = await asStockholm('POST', `/api/consultations/${c.id}/claim`, undefined, ifMatch(c));
    expect(response.statusCode).toBe(200);
    const claimed = response.json<ConsultationDetail>();
    expect(claimed).toMatchObject({ status: 'claimed', assigneeUserId: stockholm.id, assigneeName: 'Stina Samordnare', version: c.version + 1 });
    expect(claimed.firstRespondedAt).not.toBeNull();
    expect(claimed.can).toMatchObject({ claim: false, assign: true, close: true });
    const stale = await asStockholm2('POST', `/api/consultations/${c.id}/claim`, undefined, ifMatch(c));
    expect(stale.statusCode).toBe(412);
    expect(stale.json<{ currentVersion: number }>().currentVersion).toBe(claimed.version);
    expect((await auditRowsAbout(t.db, 'consultation.claim', c.id))).toHaveLength(1);
  });

  it('refuses the queue work to those outside the region: 404 unseen, 403 seen but not theirs', async () => {
    const c = await open(asOperator);
    expect((await asSyd('POST', `/api/consultations/${c.id}/claim`, undefined, ifMatch(c))).statusCode).toBe(404);
    expect((await asSyd('POST', `/api/consultations/${c.id}/advice`, { body: 'Råd' })).statusCode).toBe(404);
    // A Syd coordinator who opened a Stockholm consultation sees it but does not work it.
    const own = await open(asSyd);
    expect((await asSyd('GET', `/api/consultations/${own.id}`)).statusCode).toBe(200);
    expect((await asSyd('POST', `/api/consultations/${own.id}/claim`, undefined, ifMatch(own))).statusCode).toBe(403);
    expect((await asSyd('GET', `/api/consultations/${own.id}/assignees`)).statusCode).toBe(403);
    expect((await asOperator('POST', `/api/consultations/${c.id}/claim`, undefined, ifMatch(c))).statusCode).toBe(403);
  });

  it("assigns to a regional coordinator of the region only", async () => {
    const c = await open(asOperator);
    const assignees = (await asStockholm('GET', `/api/consultations/${c.id}/assignees`)).json<ConsultationAssignee[]>();
    expect(assignees.map((a) => a.userId)).toEqual(expect.arrayContaining([stockholm.id, stockholm2.id]));
    const notCandidate = await asStockholm('POST', `/api/consultations/${c.id}/assign`, { userId: operator.id }, ifMatch(c));
    expect(notCandidate.statusCode).toBe(400);
    const response = await asStockholm('POST', `/api/consultations/${c.id}/assign`, { userId: stockholm2.id }, ifMatch(c));
    expect(response.statusCode).toBe(200);
    expect(response.json<ConsultationDetail>()).toMatchObject({ status: 'claimed', assigneeUserId: stockholm2.id, firstRespondedAt: null });
    expect(await listIds(asStockholm2, '&mine=true')).toContain(c.id);
    expect((await lastAudit(t.db, 'consultation.assign'))).toMatchObject({ subjectId: c.id, details: { assigneeUserId: stockholm2.id } });
  });

  it('logs advice as text, sets the first response, audits without the text', async () => {
    const c = await open(asOperator);
    const markup = '<img src=x onerror=alert(1)> Ring socialjouren';
    const response = await asStockholm('POST', `/api/consultations/${c.id}/advice`, { body: markup });
    expect(response.statusCode).toBe(201);
    const detail = response.json<ConsultationDetail>();
    expect(detail.advice).toEqual([expect.objectContaining({ body: markup, authorName: 'Stina Samordnare' })]);
    expect(detail.firstRespondedAt).not.toBeNull();
    expect((await asStockholm('POST', `/api/consultations/${c.id}/advice`, { body: '' })).statusCode).toBe(400);
    expect((await asStockholm('POST', `/api/consultations/${c.id}/advice`, { body: 'x'.repeat(5001) })).statusCode).toBe(400);
    expect((await t.db.select().from(consultationAdvice).where(eq(consultationAdvice.consultationId, c.id))).length).toBe(1);
    const [audit] = await auditRowsAbout(t.db, 'consultation.advice', c.id);
    expect(JSON.stringify(audit!.details)).not.toContain('socialjouren');
  });

  it('closes with an outcome; a closed one takes no more work (409)', async () => {
    const c = await open(asOperator);
    expect((await asStockholm('POST', `/api/consultations/${c.id}/close`, { outcome: 'escalated_to_case' }, ifMatch(c))).statusCode).toBe(400);
    const response = await asStockholm('POST', `/api/consultations/${c.id}/close`, { outcome: 'advice_given' }, ifMatch(c));
    expect(response.statusCode).toBe(200);
    const closed = response.json<ConsultationDetail>();
    expect(closed).toMatchObject({ status: 'closed', outcome: 'advice_given', can: { claim: false, advise: false, close: false } });
    expect(closed.closedAt).not.toBeNull();
    expect((await asStockholm('POST', `/api/consultations/${c.id}/claim`, undefined, ifMatch(closed))).statusCode).toBe(409);
    expect((await asStockholm('POST', `/api/consultations/${c.id}/advice`, { body: 'Sent' })).statusCode).toBe(409);
    expect((await asStockholm('POST', `/api/consultations/${c.id}/escalate`, { codeName: 'Ros' }, ifMatch(closed))).statusCode).toBe(409);
    expect((await lastAudit(t.db, 'consultation.close'))).toMatchObject({ subjectId: c.id, details: { outcome: 'advice_given' } });
  });

  it('escalates into a case carrying the facts over, linked both ways', async () => {
    const c = await open(asOperator, { exploitationForms: ['begging', 'criminal_activity'] });
    expect((await asStockholm('POST', `/api/consultations/${c.id}/escalate`, { codeName: '' }, ifMatch(c))).statusCode).toBe(400);
    expect((await asStockholm('POST', `/api/consultations/${c.id}/escalate`, { codeName: 'Ros' }, { 'if-match': '"42"' })).statusCode).toBe(412);
    expect((await t.db.select().from(cases).where(eq(cases.sourceConsultationId, c.id))).length).toBe(0);

    const response = await asStockholm('POST', `/api/consultations/${c.id}/escalate`, { codeName: 'Ros' }, ifMatch(c));
    expect(response.statusCode).toBe(201);
    const { caseId, reference } = response.json<ConsultationEscalated>();
    expect(reference).toMatch(/^NMT-\d{4}-\d{6}$/);

    const caseResponse = await asStockholm('GET', `/api/cases/${caseId}`);
    expect(caseResponse.statusCode).toBe(200);
    expect(caseResponse.json<CaseDetail>()).toMatchObject({
      reference,
      regionCode: 'stockholm',
      municipalityCode: stockholmCity,
      exploitationForms: ['begging', 'criminal_activity'],
      codeName: 'Ros',
      isChild: true,
      leadUserId: stockholm.id,
      sourceConsultationId: c.id,
    });
    const [stored] = await t.db.select().from(cases).where(eq(cases.id, caseId));
    expect(stored!.sourceConsultationId).toBe(c.id);

    const after = (await asStockholm('GET', `/api/consultations/${c.id}`)).json<ConsultationDetail>();
    expect(after).toMatchObject({ status: 'escalated', outcome: 'escalated_to_case', escalatedCaseId: caseId, escalatedCaseReference: reference });
    expect(after.can.escalate).toBe(false);
    // The operator who opened it may read the consultation, but not the case: not even that it exists.
    const asTheOperator = (await asOperator('GET', `/api/consultations/${c.id}`)).json<ConsultationDetail>();
    expect(asTheOperator).toMatchObject({ status: 'escalated', escalatedCaseId: null, escalatedCaseReference: null });

    expect(await auditRowsAbout(t.db, 'consultation.escalate', c.id)).toHaveLength(1);
    expect(await auditRowsAbout(t.db, 'case.create', caseId)).toHaveLength(1);
    const rows = await t.db.select().from(auditEvents).where(eq(auditEvents.subjectId, c.id));
    for (const row of rows) expect(JSON.stringify(row.details)).not.toMatch(/Anna|Storgatan|Karin/);
  });

  it("escalates with ['unknown'] forms and no lead when a national coordinator does it", async () => {
    const c = await open(asOperator, { exploitationForms: [], childInvolved: 'no' });
    const response = await asNational('POST', `/api/consultations/${c.id}/escalate`, { codeName: 'Lilja' }, ifMatch(c));
    expect(response.statusCode).toBe(201);
    const [stored] = await t.db.select().from(cases).where(eq(cases.id, response.json<ConsultationEscalated>().caseId));
    expect(stored).toMatchObject({ exploitationForms: ['unknown'], leadUserId: null, sourceConsultationId: c.id });
  });
});
