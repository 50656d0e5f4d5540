import { desc, eq, sql } from 'drizzle-orm';
import type { Me } from '../../../shared/schemas/auth.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reauthenticationRequiredType } from '../../../shared/problem-types.ts';
import type { BreakGlassEvent, CaseDetail, CaseListPage } from '../../../shared/schemas/cases.ts';
import { users } from '../../db/schema/identity.ts';
import { caseAccessGrants } from './cases.schema.ts';
import { currentTotp } from '../../platform/totp.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { ageSignIn, auditRows, lastAudit, requestAs } from '../../../../test/support/casework.ts';
import { buildUser, createCaseAs, signInAs, testPassword, testTotpSecret, type TestUser } from '../../../../test/support/factories.ts';

let t: TestApp;
let coordinator: TestUser;
let asCoordinator: ReturnType<typeof requestAs>;
let asAuditor: ReturnType<typeof requestAs>;
let vastCookie: string;
let stockholmCookie: string;
let vastCase: CaseDetail;

const reason = 'Personen har sökt hjälp hos oss i Stockholm och ärendet behövs nu.';

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm', name: 'Stina Stockholm' });
  stockholmCookie = await signInAs(t.app, coordinator);
  asCoordinator = requestAs(t.app, stockholmCookie);
  vastCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' }));
  asAuditor = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['auditor'], regionCode: null })));
});
afterAll(() => t.close());

beforeEach(async () => {
  vastCase = await createCaseAs(t.app, vastCookie, { municipalityCode: '1480' });
});

const breakGlass = (as: ReturnType<typeof requestAs>, reference = vastCase.reference, why = reason) =>
  as('POST', '/api/break-glass', { reference, reason: why });

/** Password and a fresh code through the real endpoint, as the web app does. */
async function reauthenticate(user: TestUser, cookie: string) {
  await t.db.update(users).set({ totpLastStep: null }).where(eq(users.id, user.id));
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/account/reauthenticate',
    headers: { cookie },
    payload: { password: testPassword, code: await currentTotp(testTotpSecret) },
  });
  expect(response.statusCode).toBe(204);
}

describe('POST /api/break-glass', () => {
  it('needs a recent re-authentication: 403 with the re-authentication problem type, and no grant', async () => {
    await ageSignIn(t.db, coordinator.id);
    const refused = await breakGlass(asCoordinator);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ type: string }>().type).toBe(reauthenticationRequiredType);
    expect(await t.db.$count(caseAccessGrants, eq(caseAccessGrants.caseId, vastCase.id))).toBe(0);

    await reauthenticate(coordinator, stockholmCookie);
    expect((await breakGlass(asCoordinator)).statusCode).toBe(201);
  });

  it('opens the case for 4 hours, flagged as break-the-glass, then closes it again', async () => {
    expect((await asCoordinator('GET', `/api/cases/${vastCase.id}`)).statusCode).toBe(404);
    const response = await breakGlass(asCoordinator);
    expect(response.statusCode).toBe(201);
    const grant = response.json<{ caseId: string; expiresAt: string }>();
    expect(grant.caseId).toBe(vastCase.id);
    const [row] = await t.db.select().from(caseAccessGrants).where(eq(caseAccessGrants.caseId, vastCase.id)).orderBy(desc(caseAccessGrants.grantedAt)).limit(1);
    expect(row!.expiresAt.getTime() - row!.grantedAt.getTime()).toBe(4 * 3_600_000);
    expect(Date.parse(grant.expiresAt)).toBe(row!.expiresAt.getTime());

    const opened = await asCoordinator('GET', `/api/cases/${vastCase.id}`);
    expect(opened.statusCode).toBe(200);
    const detail = opened.json<CaseDetail>();
    expect(detail.access).toEqual({ via: 'break_glass', breakGlassExpiresAt: grant.expiresAt });
    expect(detail.can).toMatchObject({ writeJournal: true, edit: false, manageLinks: false, showIdentity: false });
    const listed = (await asCoordinator('GET', '/api/cases?pageSize=100')).json<CaseListPage>();
    expect(listed.items.map((c) => c.id)).toContain(vastCase.id);

    const audit = await lastAudit(t.db, 'case.break_glass');
    expect(audit).toMatchObject({ subjectId: vastCase.id, actorUserId: coordinator.id, details: { expiresAt: grant.expiresAt } });
    expect(JSON.stringify(audit!.details)).not.toContain('Stockholm');
    const [stored] = await t.db.select().from(caseAccessGrants).where(eq(caseAccessGrants.caseId, vastCase.id));
    expect(stored).toMatchObject({ userId: coordinator.id, reason, id: (audit!.details as { grantId: string }).grantId });

    await t.db.update(caseAccessGrants).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(caseAccessGrants.caseId, vastCase.id));
    expect((await asCoordinator('GET', `/api/cases/${vastCase.id}`)).statusCode).toBe(404);
    const after = (await asCoordinator('GET', '/api/cases?pageSize=100')).json<CaseListPage>();
    expect(after.items.map((c) => c.id)).not.toContain(vastCase.id);
  });

  it('answers 404 for an unknown reference and audits the refusal without a subject', async () => {
    const response = await breakGlass(asCoordinator, 'NMT-1999-999999');
    expect(response.statusCode).toBe(404);
    expect(await lastAudit(t.db, 'case.break_glass_refused')).toMatchObject({ subjectId: null, actorUserId: coordinator.id });
  });

  it('makes no grant for a case already in the scope (409)', async () => {
    const own = await createCaseAs(t.app, stockholmCookie);
    const before = await t.db.$count(caseAccessGrants);
    expect((await breakGlass(asCoordinator, own.reference)).statusCode).toBe(409);
    expect(await t.db.$count(caseAccessGrants)).toBe(before);
  });

  it('refuses every other role with 403, and bad input with 400', async () => {
    for (const roles of [['case_worker'], ['analyst'], ['national_coordinator'], ['auditor']] as const) {
      const cookie = await signInAs(t.app, await buildUser(t.db, { roles: [...roles], regionCode: 'stockholm' }));
      expect((await breakGlass(requestAs(t.app, cookie))).statusCode, roles[0]).toBe(403);
    }
    expect((await breakGlass(asCoordinator, vastCase.reference, 'för att')).statusCode).toBe(400);
    expect((await breakGlass(asCoordinator, 'NMT-12')).statusCode).toBe(400);
    expect(await t.db.$count(caseAccessGrants, eq(caseAccessGrants.caseId, vastCase.id))).toBe(0);
  });
});

describe('GET /api/audit/break-glass', () => {
  it('lists the events newest first for auditors, with who, which case, why and until when; audited', async () => {
    await breakGlass(asCoordinator);
    const response = await asAuditor('GET', '/api/audit/break-glass?pageSize=100');
    expect(response.statusCode).toBe(200);
    const page = response.json<{ items: BreakGlassEvent[]; total: number }>();
    expect(page.items[0]).toMatchObject({ caseId: vastCase.id, reference: vastCase.reference, userId: coordinator.id, userName: 'Stina Stockholm', reason });
    const times = page.items.map((e) => Date.parse(e.grantedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.total).toBe(page.items.length);
    expect((await auditRows(t.db, 'break_glass.list')).at(-1)?.details).toMatchObject({ total: page.total });
  });

  it('is offered to auditors in /api/auth/me', async () => {
    const can = async (as: ReturnType<typeof requestAs>) => (await as('GET', '/api/auth/me')).json<Me>().can;
    expect((await can(asAuditor)).cases.reviewBreakGlass).toBe(true);
    expect((await can(asCoordinator)).cases.reviewBreakGlass).toBe(false);
  });

  it('is for auditors only', async () => {
    expect((await asCoordinator('GET', '/api/audit/break-glass')).statusCode).toBe(403);
  });
});
