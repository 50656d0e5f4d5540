import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeadlineList } from '../../../shared/schemas/deadlines.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { insertPermit, insertTask, plusDays } from '../../../../test/support/deadlines.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam } from '../../../../test/support/team.ts';
import { swedishToday } from './deadline-rules.ts';

let t: TestApp;
let lead: TestUser;
let leadCookie: string;
let teamWorkerCookie: string;
let otherWorkerCookie: string;
let vastCookie: string;
let adminCookie: string;
let caseId: string;
const ids: Record<string, string> = {};
const today = swedishToday(new Date());

beforeAll(async () => {
  t = await startTestApp();
  lead = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  leadCookie = await signInAs(t.app, lead);
  const police = await buildOrganisation(t.db, { type: 'police', regionCode: 'stockholm' });
  teamWorkerCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], organisationId: police }));
  otherWorkerCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'stockholm' }));
  vastCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' }));
  adminCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['system_admin'], regionCode: null }));

  caseId = (await createCaseAs(t.app, leadCookie)).id;
  await addToTeam(t.db, { caseId, organisationId: police, recordedByUserId: lead.id });
  const by = { caseId, createdByUserId: lead.id };
  ids.overdue = await insertTask(t.db, { ...by, dueOn: plusDays(today, -2), title: 'Ring socialtjänsten' });
  ids.dueToday = await insertTask(t.db, { ...by, dueOn: today, title: 'Boka tolk' });
  ids.done = await insertTask(t.db, { ...by, dueOn: plusDays(today, -5), title: 'Skicka remiss', isDone: true });
  ids.undated = await insertTask(t.db, { ...by, dueOn: null, title: 'Utan datum' });
  // Decided 25 days ago: the reflection period ends in 5 days.
  ids.reflection = await insertPermit(t.db, { ...by, type: 'reflection_period_permit', decidedOn: plusDays(today, -25) });
  ids.residence = await insertPermit(t.db, { ...by, type: 'temporary_residence_permit', expiresOn: plusDays(today, 120) });
  ids.cancelled = await insertPermit(t.db, { ...by, type: 'temporary_residence_permit', expiresOn: plusDays(today, 10), status: 'cancelled' });
});
afterAll(() => t.close());

const get = (cookie: string | undefined, id = caseId) =>
  t.app.inject({ method: 'GET', url: `/api/cases/${id}/deadlines`, headers: cookie ? { cookie } : {} });

describe('GET /api/cases/:caseId/deadlines', () => {
  it('lists the watched deadlines earliest first, with where each stands today', async () => {
    const response = await get(leadCookie);
    expect(response.statusCode).toBe(200);
    const body = response.json<DeadlineList>();
    expect(body.today).toBe(today);
    expect(body.items).toEqual([
      { kind: 'task', subjectId: ids.done, title: 'Skicka remiss', dueOn: plusDays(today, -5), status: 'done', daysLeft: -5 },
      { kind: 'task', subjectId: ids.overdue, title: 'Ring socialtjänsten', dueOn: plusDays(today, -2), status: 'overdue', daysLeft: -2 },
      { kind: 'task', subjectId: ids.dueToday, title: 'Boka tolk', dueOn: today, status: 'due_today', daysLeft: 0 },
      { kind: 'reflection_period', subjectId: ids.reflection, title: null, dueOn: plusDays(today, 5), status: 'upcoming', daysLeft: 5 },
      { kind: 'residence_permit', subjectId: ids.residence, title: null, dueOn: plusDays(today, 120), status: 'upcoming', daysLeft: 120 },
    ]);
  });

  it('records the read in the audit log, with ids and counts only', async () => {
    await get(leadCookie);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'deadline.list'), eq(auditEvents.subjectId, caseId), eq(auditEvents.actorUserId, lead.id)));
    expect(event).toMatchObject({ subjectType: 'case', details: { count: 5 } });
  });

  it('shows them to a case worker whose organisation is on the team', async () => {
    const response = await get(teamWorkerCookie);
    expect(response.statusCode).toBe(200);
    expect(response.json<DeadlineList>().items).toHaveLength(5);
  });

  it('answers 404 outside the scope, exactly as for a case that does not exist', async () => {
    for (const cookie of [otherWorkerCookie, vastCookie]) {
      const response = await get(cookie);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('Ring socialtjänsten');
    }
    expect((await get(leadCookie, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('answers 403 to roles without case content, and 400 to a malformed id', async () => {
    expect((await get(adminCookie)).statusCode).toBe(403);
    const bad = await get(leadCookie, 'not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('lists nothing for a case without deadlines', async () => {
    const other = await createCaseAs(t.app, leadCookie);
    expect((await get(leadCookie, other.id)).json<DeadlineList>().items).toEqual([]);
  });
});
