import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditAction } from '../../../shared/audit-events.ts';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { Task } from '../../../shared/schemas/tasks.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { users } from '../../db/schema/identity.ts';
import { caseTeamMembers } from '../case-team/team.schema.ts';
import { tasks } from './tasks.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildPoliceTeamFixture } from '../../../../test/support/case-access.ts';
import { auditRowsAbout } from '../../../../test/support/casework.ts';
import { buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam, grantBreakGlass } from '../../../../test/support/team.ts';

let t: TestApp;
let lead: TestUser;
let leadCookie: string;
let regionColleague: TestUser;
let national: TestUser;
let outsider: TestUser;
let outsiderCookie: string;
let policeWorker: TestUser;
let policeCookie: string;
let policeOrganisationId: string;
let unseatedWorker: TestUser;
let unseatedWorkerCookie: string;
let theCase: CaseDetail;

const none = '00000000-0000-4000-8000-000000000000';
const tasksUrl = (caseId: string, rest = '') => `/api/cases/${caseId}/tasks${rest}`;

beforeAll(async () => {
  t = await startTestApp();
  const f = await buildPoliceTeamFixture(t);
  ({ lead, leadCookie, outsider, outsiderCookie, policeOrganisationId, policeWorker, policeCookie, unseatedWorker, unseatedWorkerCookie, theCase } = f);
  regionColleague = await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: f.coordinationOrganisationId, name: 'Per Berg' });
  national = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
});
afterAll(() => t.close());

const create = (cookie: string, caseId: string, body: unknown, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: tasksUrl(caseId),
    headers: { cookie, ...(key ? { 'idempotency-key': key } : {}) },
    payload: body as Record<string, unknown>,
  });
const change = (cookie: string, caseId: string, taskId: string, body: unknown, version?: number) =>
  t.app.inject({
    method: 'PATCH',
    url: tasksUrl(caseId, `/${taskId}`),
    headers: { cookie, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
    payload: body as Record<string, unknown>,
  });
const createOk = async (cookie: string, caseId: string, body: Record<string, unknown>) => {
  const response = await create(cookie, caseId, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Task>();
};
const list = async (cookie: string, caseId: string) => {
  const response = await t.app.inject({ method: 'GET', url: tasksUrl(caseId), headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return response.json<Task[]>();
};
const auditOf = (caseId: string, action: AuditAction) => auditRowsAbout(t.db, action, caseId);

describe('adding tasks', () => {
  it('adds a task with assignee and due date, and audits it by id', async () => {
    const response = await create(leadCookie, theCase.id, { title: '  Boka tolk till förhöret ', assigneeUserId: policeWorker.id, dueOn: '2999-05-04' });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const task = response.json<Task>();
    expect(task).toMatchObject({
      title: 'Boka tolk till förhöret',
      assigneeUserId: policeWorker.id,
      assigneeName: 'Omar Said',
      dueOn: '2999-05-04',
      isOverdue: false,
      doneAt: null,
      doneByName: null,
      createdByName: 'Karin Lund',
      version: 1,
    });
    const audit = await auditOf(theCase.id, 'task.create');
    expect(audit.map((a) => a.details)).toContainEqual({ taskId: task.id });
    expect(audit.every((a) => !JSON.stringify(a.details).includes('tolk'))).toBe(true);
  });

  it('a task needs neither assignee nor due date', async () => {
    const task = await createOk(leadCookie, theCase.id, { title: 'Följ upp' });
    expect(task).toMatchObject({ assigneeUserId: null, assigneeName: null, dueOn: null, isOverdue: false });
  });

  it.each([
    ['the lead', () => lead.id],
    ['a coordinator of the region', () => regionColleague.id],
    ['a case worker of a team organisation', () => policeWorker.id],
  ])('may be given to %s', async (_who, assignee) => {
    await createOk(leadCookie, theCase.id, { title: 'Tilldelad', assigneeUserId: assignee() });
  });

  it.each([
    ['a coordinator of another region', () => outsider.id],
    ['a national coordinator who does not lead the case', () => national.id],
    ['a case worker whose organisation is not on the team', () => unseatedWorker.id],
    ['someone who does not exist', () => none],
  ])('refuses an assignee who is %s with 400', async (_who, assignee) => {
    const before = await t.db.$count(tasks);
    const response = await create(leadCookie, theCase.id, { title: 'Fel person', assigneeUserId: assignee() });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string; code: string }[] }>().errors).toEqual([
      expect.objectContaining({ field: 'assigneeUserId', code: 'not_participant' }),
    ]);
    expect(await t.db.$count(tasks)).toBe(before);
  });

  it('refuses a deactivated member, and one whose organisation left the team', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    const seat = await addToTeam(t.db, { caseId: caseDetail.id, organisationId: policeOrganisationId, recordedByUserId: lead.id, kind: 'statute' });
    const leaving = await buildUser(t.db, { roles: ['case_worker'], organisationId: policeOrganisationId });
    await createOk(leadCookie, caseDetail.id, { title: 'Innan', assigneeUserId: leaving.id });
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, leaving.id));
    expect((await create(leadCookie, caseDetail.id, { title: 'Inaktiv', assigneeUserId: leaving.id })).statusCode).toBe(400);
    await t.db.update(caseTeamMembers).set({ removedAt: new Date() }).where(eq(caseTeamMembers.id, seat.memberId));
    expect((await create(leadCookie, caseDetail.id, { title: 'Borttagen', assigneeUserId: policeWorker.id })).statusCode).toBe(400);
  });

  it('a team case worker may add tasks', async () => {
    const task = await createOk(policeCookie, theCase.id, { title: 'Hämta ut journalkopior', assigneeUserId: policeWorker.id });
    expect(task.createdByName).toBe('Omar Said');
  });

  it('a coordinator who broke the glass may not (403)', async () => {
    const stranger = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'syd' });
    await grantBreakGlass(t.db, { caseId: theCase.id, userId: stranger.id });
    const cookie = await signInAs(t.app, stranger);
    expect((await create(cookie, theCase.id, { title: 'Nödåtkomst' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: tasksUrl(theCase.id), headers: { cookie } })).statusCode).toBe(200);
  });
});

describe('Idempotency-Key', () => {
  it('the same request twice adds one task; the retry answers 200 with it', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    const body = { title: 'Skickad två gånger', dueOn: '2999-01-01' };
    const first = await create(leadCookie, caseDetail.id, body, 'task-key-1');
    const second = await create(leadCookie, caseDetail.id, body, 'task-key-1');
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json<Task>().id).toBe(first.json<Task>().id);
    expect(await t.db.$count(tasks, eq(tasks.caseId, caseDetail.id))).toBe(1);
    const reused = await create(leadCookie, caseDetail.id, { title: 'Något annat' }, 'task-key-1');
    expect(reused.statusCode).toBe(422);
    expect(await t.db.$count(tasks, eq(tasks.caseId, caseDetail.id))).toBe(1);
  });
});

describe('the list', () => {
  it('shows open tasks by due date (undated last), then done ones; overdue only when open and past', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    const undated = await createOk(leadCookie, caseDetail.id, { title: 'Utan datum' });
    const later = await createOk(leadCookie, caseDetail.id, { title: 'Senare', dueOn: '2999-06-01' });
    const overdue = await createOk(leadCookie, caseDetail.id, { title: 'Försenad', dueOn: '2020-01-15' });
    const doneLate = await createOk(leadCookie, caseDetail.id, { title: 'Klar men sen', dueOn: '2020-01-01' });
    expect(overdue.isOverdue).toBe(true);
    expect((await change(leadCookie, caseDetail.id, doneLate.id, { done: true }, 1)).statusCode).toBe(200);

    const listed = await list(leadCookie, caseDetail.id);
    expect(listed.map((x) => x.id)).toEqual([overdue.id, later.id, undated.id, doneLate.id]);
    expect(listed.map((x) => x.isOverdue)).toEqual([true, false, false, false]);
    const [audit] = await auditOf(caseDetail.id, 'task.list');
    expect(audit?.details).toEqual({ taskIds: listed.map((x) => x.id), count: 4 });
  });

  it('a task due today is not overdue', async () => {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const task = await createOk(leadCookie, theCase.id, { title: 'I dag', dueOn: today });
    expect(task.isOverdue).toBe(false);
  });
});

describe('changing a task', () => {
  it('marks done and not done again, recording who and when', async () => {
    const task = await createOk(leadCookie, theCase.id, { title: 'Ring boendet', dueOn: '2020-02-02' });
    const done = await change(policeCookie, theCase.id, task.id, { done: true }, 1);
    expect(done.statusCode).toBe(200);
    expect(done.headers.etag).toBe('"2"');
    const doneTask = done.json<Task>();
    expect(doneTask).toMatchObject({ doneByName: 'Omar Said', isOverdue: false, version: 2 });
    expect(doneTask.doneAt).not.toBeNull();

    const undone = await change(leadCookie, theCase.id, task.id, { done: false }, 2);
    expect(undone.statusCode).toBe(200);
    expect(undone.json<Task>()).toMatchObject({ doneAt: null, doneByName: null, isOverdue: true, version: 3 });
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row).toMatchObject({ doneAt: null, doneByUserId: null });
  });

  it('changes title, assignee and due date, and audits the names of the changed fields', async () => {
    const task = await createOk(leadCookie, theCase.id, { title: 'Gammal titel', dueOn: '2999-01-01' });
    const response = await change(leadCookie, theCase.id, task.id, { title: 'Ny titel', assigneeUserId: lead.id, dueOn: '2999-01-01' }, 1);
    expect(response.statusCode).toBe(200);
    expect(response.json<Task>()).toMatchObject({ title: 'Ny titel', assigneeName: 'Karin Lund', dueOn: '2999-01-01', version: 2 });
    const audit = await auditOf(theCase.id, 'task.update');
    expect(audit.map((a) => a.details)).toContainEqual({ taskId: task.id, fields: ['title', 'assigneeUserId'] });

    const cleared = await change(leadCookie, theCase.id, task.id, { assigneeUserId: null, dueOn: null }, 2);
    expect(cleared.json<Task>()).toMatchObject({ assigneeUserId: null, dueOn: null, version: 3 });
  });

  it('refuses an assignee who is not on the case with 400 and changes nothing', async () => {
    const task = await createOk(leadCookie, theCase.id, { title: 'Behåll' });
    const response = await change(leadCookie, theCase.id, task.id, { title: 'Ändrad', assigneeUserId: outsider.id }, 1);
    expect(response.statusCode).toBe(400);
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row).toMatchObject({ title: 'Behåll', assigneeUserId: null, version: 1 });
  });

  it('needs If-Match: 428 without, 412 with a stale one', async () => {
    const task = await createOk(leadCookie, theCase.id, { title: 'Versionerad' });
    expect((await change(leadCookie, theCase.id, task.id, { done: true })).statusCode).toBe(428);
    expect((await change(leadCookie, theCase.id, task.id, { done: true }, 1)).statusCode).toBe(200);
    const stale = await change(leadCookie, theCase.id, task.id, { title: 'Krock' }, 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json<{ currentVersion: number }>().currentVersion).toBe(2);
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row?.title).toBe('Versionerad');
  });

  it('answers 404 for a task of another case', async () => {
    const otherCase = await createCaseAs(t.app, leadCookie);
    const task = await createOk(leadCookie, otherCase.id, { title: 'Annat ärende' });
    expect((await change(leadCookie, theCase.id, task.id, { done: true }, 1)).statusCode).toBe(404);
  });
});

describe('a case outside the scope answers 404 on every route', () => {
  it.each([
    ['the other region', () => outsiderCookie],
    ['a case worker not on the team', () => unseatedWorkerCookie],
  ])('for %s', async (_who, cookieOf) => {
    const task = await createOk(leadCookie, theCase.id, { title: 'Ska inte synas' });
    const cookie = cookieOf();
    const before = await t.db.$count(tasks);
    const responses = await Promise.all([
      t.app.inject({ method: 'GET', url: tasksUrl(theCase.id), headers: { cookie } }),
      create(cookie, theCase.id, { title: 'Intrång' }),
      change(cookie, theCase.id, task.id, { done: true }, 1),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404]);
    expect(await t.db.$count(tasks)).toBe(before);
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row?.doneAt).toBeNull();
  });
});

describe('bad input gets 400 and stores nothing', () => {
  it.each([
    ['no title', {}, 'title'],
    ['an empty title', { title: '   ' }, 'title'],
    ['a title too long', { title: 'x'.repeat(501) }, 'title'],
    ['a malformed assignee', { title: 'A', assigneeUserId: 'karin' }, 'assigneeUserId'],
    ['an impossible date', { title: 'A', dueOn: '2025-02-30' }, 'dueOn'],
    ['a date as words', { title: 'A', dueOn: 'tomorrow' }, 'dueOn'],
    ['year zero', { title: 'A', dueOn: '0000-01-01' }, 'dueOn'],
    ['a date with a time', { title: 'A', dueOn: '2025-02-01T10:00:00Z' }, 'dueOn'],
  ])('adding with %s', async (_name, payload, field) => {
    const before = await t.db.$count(tasks);
    const response = await create(leadCookie, theCase.id, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect(await t.db.$count(tasks)).toBe(before);
  });

  it.each([
    ['nothing to change', {}],
    ['done as text', { done: 'yes' }],
    ['an empty title', { title: '' }],
    ['a bad date', { dueOn: '31/12/2025' }],
  ])('changing with %s', async (_name, payload) => {
    const task = await createOk(leadCookie, theCase.id, { title: 'Orörd' });
    const response = await change(leadCookie, theCase.id, task.id, payload, 1);
    expect(response.statusCode).toBe(400);
    const [row] = await t.db.select({ version: tasks.version, title: tasks.title }).from(tasks).where(eq(tasks.id, task.id));
    expect(row).toEqual({ version: 1, title: 'Orörd' });
  });

  it('leaves no task text in the audit log', async () => {
    const all = await t.db.select({ details: sql<string>`${auditEvents.details}::text` }).from(auditEvents);
    expect(all.some((row) => row.details.includes('Ring boendet') || row.details.includes('titel'))).toBe(false);
  });
});
