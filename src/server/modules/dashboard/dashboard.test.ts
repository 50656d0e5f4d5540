import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../shared/schemas/dashboard.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { insertCall, insertConsultation } from '../../../../test/support/dashboard.ts';
import { buildOrganisation, buildUser, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { loadUserActor } from '../../platform/sessions.ts';
import { readDashboard } from './dashboard.service.ts';

let t: TestApp;
let nordA: TestUser;
let nordACookie: string;
let nationalCookie: string;
let workerCookie: string;
let vastCoordinator: TestUser;
let ostCoordinator: TestUser;
let operator: TestUser;
const ids: Record<string, string> = {};
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

beforeAll(async () => {
  t = await startTestApp();
  const nordOrganisation = await buildOrganisation(t.db, { regionCode: 'nord' });
  nordA = await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: nordOrganisation });
  nordACookie = await signInAs(t.app, nordA);
  nationalCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null }));
  workerCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], organisationId: nordOrganisation }));
  vastCoordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' });
  ostCoordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'ost' });
  operator = await buildUser(t.db, { roles: ['support_line_operator'], regionCode: null });

  // Nord: one overdue, one in nordA's queue, one closed; all a month old.
  ids.nordOverdue = (await insertConsultation(t.db, { regionCode: 'nord', receivedAt: daysAgo(30) })).id;
  ids.nordClaimed = (await insertConsultation(t.db, { regionCode: 'nord', receivedAt: daysAgo(30), status: 'claimed', assigneeUserId: nordA.id })).id;
  ids.nordClosed = (await insertConsultation(t.db, { regionCode: 'nord', receivedAt: daysAgo(30), status: 'closed' })).id;
  // Syd: one overdue.
  ids.sydOverdue = (await insertConsultation(t.db, { regionCode: 'syd', receivedAt: daysAgo(30) })).id;
  await insertCall(t.db, { operatorUserId: operator.id, startedAt: new Date(Date.now() - 1_000), regionCode: 'nord' });
  await insertCall(t.db, { operatorUserId: operator.id, startedAt: new Date(Date.now() - 2_000), regionCode: 'syd' });
  await insertCall(t.db, { operatorUserId: operator.id, startedAt: daysAgo(2), regionCode: 'nord' });
});
afterAll(() => t.close());

const get = (cookie: string | undefined, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/dashboard${query}`, headers: cookie ? { cookie } : {} });

describe('GET /api/dashboard', () => {
  it("gives a regional coordinator their region's figures, each with its filtered list", async () => {
    const response = await get(nordACookie);
    expect(response.statusCode).toBe(200);
    const body = response.json<Dashboard>();
    expect(body).toMatchObject({
      national: false,
      region: 'nord',
      regions: ['nord'],
      open: 2,
      overdue: { count: 1, href: '/consultations?status=new&overdue=true&region=nord' },
      myQueue: { count: 1, href: '/consultations?status=claimed&mine=true&region=nord' },
      newToday: { count: 0, href: '/consultations?newToday=true&region=nord' },
      callsToday: { count: 1, href: null },
    });
    expect(body.openByAge).toEqual([
      { bucket: 'today', count: 0, href: '/consultations?age=today&region=nord' },
      { bucket: 'days_1_3', count: 0, href: '/consultations?age=days_1_3&region=nord' },
      { bucket: 'days_4_7', count: 0, href: '/consultations?age=days_4_7&region=nord' },
      { bucket: 'older', count: 2, href: '/consultations?age=older&region=nord' },
    ]);
  });

  it("refuses a regional coordinator another region's figures", async () => {
    const response = await get(nordACookie, '?region=syd');
    expect(response.statusCode).toBe(403);
    expect((await get(nordACookie, '?region=nord')).json<Dashboard>().overdue.count).toBe(1);
  });

  it('gives a national coordinator every region, or the one asked for', async () => {
    const all = (await get(nationalCookie)).json<Dashboard>();
    expect(all).toMatchObject({ national: true, region: null, overdue: { count: 2, href: '/consultations?status=new&overdue=true' } });
    expect(all.callsToday.count).toBe(2);
    expect(all.regions).toHaveLength(7);
    const syd = (await get(nationalCookie, '?region=syd')).json<Dashboard>();
    expect(syd).toMatchObject({
      national: false,
      region: 'syd',
      open: 1,
      overdue: { count: 1, href: '/consultations?status=new&overdue=true&region=syd' },
      myQueue: { count: 0 },
      callsToday: { count: 1 },
    });
  });

  it('is for coordinators only', async () => {
    expect((await get(workerCookie)).statusCode).toBe(403);
    expect((await get(await signInAs(t.app, operator))).statusCode).toBe(403);
  });

  it('tells the web app who may see the dashboard', async () => {
    const can = async (cookie: string) =>
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json<{ can: { dashboard: { read: boolean } } }>().can.dashboard.read;
    expect(await can(nordACookie)).toBe(true);
    expect(await can(nationalCookie)).toBe(true);
    expect(await can(workerCookie)).toBe(false);
  });

  it('refuses an unknown region with 400', async () => {
    const response = await get(nationalCookie, '?region=atlantis');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('records each read, with counts only', async () => {
    await get(nordACookie);
    const rows = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'dashboard.read'), eq(auditEvents.actorUserId, nordA.id)));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.at(-1)!.details).toEqual({ region: 'nord', open: 2, overdue: 1, myQueue: 1, newToday: 0, callsToday: 1 });
  });
});

describe('counting around midnight in Sweden', () => {
  const dashboardOf = async (user: TestUser, now: Date) => {
    const actor = (await loadUserActor(t.db, user.id, 'test'))!;
    return readDashboard(t.db, { actor, requestId: 'test', clientAddress: '127.0.0.1' }, {}, now);
  };

  it('counts new today and ages from the Swedish midnight in winter, and overdue from the exact deadline', async () => {
    // 00:30 on 16 January 2036 in Stockholm (UTC+1).
    const now = new Date('2036-01-15T23:30:00Z');
    const v = (receivedAt: string, extra: Parameters<typeof insertConsultation>[1] extends infer O ? Partial<O> : never = {}) =>
      insertConsultation(t.db, { regionCode: 'vast', receivedAt: new Date(receivedAt), ...extra });
    await v('2036-01-15T23:10:00Z'); // 00:10 on the 16th: today
    await v('2036-01-15T22:50:00Z'); // 23:50 on the 15th: 1 day old
    // 3 and 4 days old, answered in time (so not overdue, though still new).
    await v('2036-01-13T10:00:00Z', { firstRespondedAt: new Date('2036-01-13T11:00:00Z') });
    await v('2036-01-12T10:00:00Z', { firstRespondedAt: new Date('2036-01-12T11:00:00Z') });
    await v('2036-01-05T10:00:00Z', { firstResponseDueAt: new Date('2036-01-15T23:29:00Z') }); // overdue a minute ago
    await v('2036-01-05T10:00:00Z', { firstResponseDueAt: new Date('2036-01-15T23:31:00Z') }); // due in a minute
    await v('2036-01-05T10:00:00Z', { firstResponseDueAt: new Date('2036-01-15T20:00:00Z'), status: 'claimed' }); // claimed: not overdue
    await insertCall(t.db, { operatorUserId: operator.id, startedAt: new Date('2036-01-15T23:05:00Z'), regionCode: 'vast' });
    await insertCall(t.db, { operatorUserId: operator.id, startedAt: new Date('2036-01-15T22:55:00Z'), regionCode: 'vast' });

    const figures = await dashboardOf(vastCoordinator, now);
    expect(figures.today).toBe('2036-01-16');
    expect(Object.fromEntries(figures.openByAge.map((f) => [f.bucket, f.count]))).toEqual({ today: 1, days_1_3: 2, days_4_7: 1, older: 3 });
    expect(figures.newToday.count).toBe(1);
    expect(figures.overdue.count).toBe(1);
    expect(figures.callsToday.count).toBe(1);
    // Ten minutes before midnight, the one received at 23:50 is today's and the 00:10 one not yet in.
    const before = await dashboardOf(vastCoordinator, new Date('2036-01-15T22:55:00Z'));
    expect(before.newToday.count).toBe(1);
    expect(before.overdue.count).toBe(0);
  });

  it('counts one received today and already closed or escalated as new today, and not as open', async () => {
    const bergslagen = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'bergslagen' });
    const now = new Date('2036-03-10T12:00:00Z');
    for (const status of ['closed', 'escalated'] as const) {
      await insertConsultation(t.db, { regionCode: 'bergslagen', receivedAt: new Date('2036-03-10T08:00:00Z'), status });
    }
    await insertConsultation(t.db, { regionCode: 'bergslagen', receivedAt: new Date('2036-03-09T08:00:00Z'), status: 'closed' });
    const figures = await dashboardOf(bergslagen, now);
    expect(figures.newToday.count).toBe(2);
    expect(figures.open).toBe(0);
  });

  it('uses summer time in summer', async () => {
    // 00:30 on 16 June 2036 in Stockholm (UTC+2).
    const now = new Date('2036-06-15T22:30:00Z');
    await insertConsultation(t.db, { regionCode: 'ost', receivedAt: new Date('2036-06-15T22:10:00Z') }); // 00:10 on the 16th
    await insertConsultation(t.db, { regionCode: 'ost', receivedAt: new Date('2036-06-15T21:50:00Z') }); // 23:50 on the 15th
    const figures = await dashboardOf(ostCoordinator, now);
    expect(figures.newToday.count).toBe(1);
    expect(Object.fromEntries(figures.openByAge.map((f) => [f.bucket, f.count]))).toMatchObject({ today: 1, days_1_3: 1 });
  });
});
