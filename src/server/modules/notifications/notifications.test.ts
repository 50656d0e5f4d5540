import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationPage, NotificationsMarkedRead } from '../../../shared/schemas/notifications.ts';
import { caseTeamMembers } from '../case-team/team.schema.ts';
import { notifications } from './notifications.schema.ts';
import { runReminderTick } from './reminders.service.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { insertPermit, insertTask, noonOn } from '../../../../test/support/deadlines.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam } from '../../../../test/support/team.ts';

let t: TestApp;
let lead: TestUser;
let leadCookie: string;
let worker: TestUser;
let workerCookie: string;
let adminCookie: string;
let policeOrganisationId: string;
/** Two cases: the worker's police organisation is on the first team, and leaves the second one's. */
let keptCase: { id: string; reference: string };
let leftCase: { id: string; reference: string };

beforeAll(async () => {
  t = await startTestApp();
  lead = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  leadCookie = await signInAs(t.app, lead);
  policeOrganisationId = await buildOrganisation(t.db, { type: 'police', regionCode: 'stockholm' });
  worker = await buildUser(t.db, { roles: ['case_worker'], organisationId: policeOrganisationId });
  workerCookie = await signInAs(t.app, worker);
  adminCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['system_admin'], regionCode: null }));

  keptCase = await createCaseAs(t.app, leadCookie);
  leftCase = await createCaseAs(t.app, leadCookie);
  for (const c of [keptCase, leftCase]) await addToTeam(t.db, { caseId: c.id, organisationId: policeOrganisationId, recordedByUserId: lead.id });
  const by = { createdByUserId: lead.id, assigneeUserId: worker.id };
  await insertTask(t.db, { ...by, caseId: keptCase.id, dueOn: '2031-02-03' });
  await insertTask(t.db, { ...by, caseId: keptCase.id, dueOn: '2031-02-04' });
  await insertTask(t.db, { ...by, caseId: leftCase.id, dueOn: '2031-02-03' });
  await insertPermit(t.db, { caseId: keptCase.id, createdByUserId: lead.id, type: 'temporary_residence_permit', expiresOn: '2031-03-05' });
  // 3 Feb: two "due" for the worker and the permit for the lead; 4 Feb: one "due", two "overdue".
  await runReminderTick(t.db, noonOn('2031-02-03'));
  await runReminderTick(t.db, noonOn('2031-02-04'));
});
afterAll(() => t.close());

const list = async (cookie: string, query = '') => {
  const response = await t.app.inject({ method: 'GET', url: `/api/notifications${query}`, headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return response.json<NotificationPage>();
};
const post = (cookie: string | undefined, url: string) =>
  t.app.inject({ method: 'POST', url, headers: cookie ? { cookie } : {}, payload: {} });

describe('GET /api/notifications', () => {
  it("lists the caller's own reminders, newest first, with the unread count", async () => {
    const page = await list(workerCookie);
    expect(page).toMatchObject({ total: 5, unreadCount: 5, page: 1 });
    expect(page.items.map((n) => n.kind)).toEqual(['task_overdue', 'task_overdue', 'task_due', 'task_due', 'task_due']);
    expect(page.items.every((n) => n.readAt === null)).toBe(true);
    const newestDue = page.items[2]!;
    expect(newestDue).toMatchObject({ caseId: keptCase.id, caseReference: keptCase.reference, dueOn: '2031-02-04' });
    const times = page.items.map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const leadPage = await list(leadCookie);
    expect(leadPage.items).toEqual([
      expect.objectContaining({ kind: 'residence_permit_expiring', caseId: keptCase.id, caseReference: keptCase.reference, dueOn: '2031-03-05' }),
    ]);
  });

  it('pages, and the counts cover every page', async () => {
    const first = await list(workerCookie, '?pageSize=2');
    const third = await list(workerCookie, '?pageSize=2&page=3');
    expect(first.items).toHaveLength(2);
    expect(third.items).toHaveLength(1);
    expect(third).toMatchObject({ total: 5, unreadCount: 5 });
    expect((await list(workerCookie, '?pageSize=2&page=9')).items).toEqual([]);
  });

  it('answers 400 to a bad page size', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/notifications?pageSize=0', headers: { cookie: workerCookie } });
    expect(response.statusCode).toBe(400);
  });

  it('gives a user without case roles an empty list', async () => {
    expect(await list(adminCookie)).toMatchObject({ items: [], total: 0, unreadCount: 0 });
  });
});

describe('marking read', () => {
  it('marks one of your own read, once; it stays read', async () => {
    const [first] = (await list(workerCookie)).items;
    const response = await post(workerCookie, `/api/notifications/${first!.id}/read`);
    expect(response.statusCode).toBe(200);
    expect(response.json<NotificationsMarkedRead>()).toEqual({ marked: 1, unreadCount: 4 });
    const again = await post(workerCookie, `/api/notifications/${first!.id}/read`);
    expect(again.json<NotificationsMarkedRead>()).toEqual({ marked: 0, unreadCount: 4 });
    const page = await list(workerCookie);
    expect(page.unreadCount).toBe(4);
    expect(page.items.find((n) => n.id === first!.id)?.readAt).not.toBeNull();
  });

  it("answers 404 for someone else's notification and changes nothing", async () => {
    const [leads] = (await list(leadCookie)).items;
    const response = await post(workerCookie, `/api/notifications/${leads!.id}/read`);
    expect(response.statusCode).toBe(404);
    expect((await list(leadCookie)).items[0]!.readAt).toBeNull();
    expect((await post(workerCookie, '/api/notifications/00000000-0000-4000-8000-000000000000/read')).statusCode).toBe(404);
    expect((await post(workerCookie, '/api/notifications/not-a-uuid/read')).statusCode).toBe(400);
  });

  it("read-all marks every one of the caller's own, and nobody else's", async () => {
    const response = await post(workerCookie, '/api/notifications/read-all');
    expect(response.statusCode).toBe(200);
    expect(response.json<NotificationsMarkedRead>()).toEqual({ marked: 4, unreadCount: 0 });
    expect((await list(workerCookie)).unreadCount).toBe(0);
    expect((await list(leadCookie)).unreadCount).toBe(1);
    const unreadOfAnyone = await t.db.$count(notifications, isNull(notifications.readAt));
    expect(unreadOfAnyone).toBe(1);
  });
});

describe('a case the user may no longer see', () => {
  it('drops out of the list and the count, revealing nothing of it', async () => {
    await t.db.update(notifications).set({ readAt: null }).where(eq(notifications.userId, worker.id));
    const member = await t.db.select().from(caseTeamMembers).where(eq(caseTeamMembers.caseId, leftCase.id));
    await t.db.update(caseTeamMembers).set({ removedAt: new Date(), removedByUserId: lead.id }).where(eq(caseTeamMembers.id, member[0]!.id));
    const response = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: workerCookie } });
    const page = response.json<NotificationPage>();
    expect(page).toMatchObject({ total: 3, unreadCount: 3 });
    expect(page.items.every((n) => n.caseId === keptCase.id)).toBe(true);
    expect(response.body).not.toContain(leftCase.id);
    expect(response.body).not.toContain(leftCase.reference);
  });
});
