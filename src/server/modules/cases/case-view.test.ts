import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { memberships } from '../../db/schema/identity.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildCaseAccessFixture, type CaseAccessFixture } from '../../../../test/support/case-access.ts';
import { buildUser, signInAs, type TestUser } from '../../../../test/support/factories.ts';

// The case view reads the record and the caller's access in one statement, kept built per actor
// (their id and memberships) and prepared on the server per shape, so actors of the same shape
// share a plan with their own values. These tests ask it, in turn and many times over (PostgreSQL
// plans a prepared statement generically after five runs), what each of them may see.

let t: TestApp;
let f: CaseAccessFixture;
let nationalCookie: string;
let colleague: TestUser;
let colleagueCookie: string;

beforeAll(async () => {
  t = await startTestApp();
  f = await buildCaseAccessFixture(t);
  nationalCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null }));
  // Another Stockholm coordinator: sees the cases by their region, not as their lead.
  colleague = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  colleagueCookie = await signInAs(t.app, colleague);
});
afterAll(() => t.close());

const view = (cookie: string, caseId = f.theCase.id) => t.app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie } });

const reads = async (caseId: string) =>
  (await t.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.subjectId, caseId), eq(auditEvents.action, 'case.read'))))[0]!.n;

describe('the case view, asked by everyone in turn', () => {
  it('shows each caller the case as their part in it allows, and nothing to those outside it', async () => {
    const expected = [
      { cookie: () => f.coordinatorCookie, via: 'lead', edit: true, showIdentity: true },
      { cookie: () => colleagueCookie, via: 'region', edit: true, showIdentity: false },
      { cookie: () => nationalCookie, via: 'national', edit: true, showIdentity: false },
      { cookie: () => f.seatedWorkerCookie, via: 'team', edit: false, showIdentity: false },
      { cookie: () => f.breakGlassCookie, via: 'break_glass', edit: false, showIdentity: false },
    ] as const;
    for (let round = 0; round < 8; round++) {
      for (const who of expected) {
        const response = await view(who.cookie());
        expect(response.statusCode).toBe(200);
        const detail = response.json<CaseDetail>();
        expect(detail).toMatchObject({ id: f.theCase.id, reference: f.theCase.reference, access: { via: who.via } });
        expect(detail.can).toMatchObject({ edit: who.edit, showIdentity: who.showIdentity });
      }
      // The unseated worker has the seated one's shape (one organisation, the same role), and the
      // Väst coordinator the Stockholm colleague's: the same plan, their own values.
      for (const outsider of [f.unseatedWorkerCookie, f.otherRegionCookie]) expect((await view(outsider)).statusCode).toBe(404);
      // Break-the-glass opened the one case, not the other.
      expect((await view(f.breakGlassCookie, f.otherCase.id)).statusCode).toBe(404);
      expect((await view(f.seatedWorkerCookie, f.otherCase.id)).statusCode).toBe(404);
    }
  });

  it('audits every view it answers, and none it refuses', async () => {
    const before = await reads(f.otherCase.id);
    expect((await view(f.otherRegionCookie, f.otherCase.id)).statusCode).toBe(404);
    for (let k = 0; k < 3; k++) expect((await view(colleagueCookie, f.otherCase.id)).statusCode).toBe(200);
    expect(await reads(f.otherCase.id)).toBe(before + 3);
  });

  it('follows a change of roles at the next request', async () => {
    for (let k = 0; k < 6; k++) expect((await view(colleagueCookie)).statusCode).toBe(200);
    const setRoles = (roles: ('regional_coordinator' | 'case_worker')[]) =>
      t.db.update(memberships).set({ roles }).where(eq(memberships.userId, colleague.id));
    await setRoles(['case_worker']);
    expect((await view(colleagueCookie)).statusCode).toBe(404);
    await setRoles(['regional_coordinator']);
    expect((await view(colleagueCookie)).json<CaseDetail>().access.via).toBe('region');
  });
});
