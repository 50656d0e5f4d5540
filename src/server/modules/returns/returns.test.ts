import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseReturns, IomOrganisation, ReturnApplication, ReturnList, ReturnReferRequest } from '../../../shared/schemas/returns.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { organisations } from '../../db/schema/identity.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { noonOn, plusDays, remindersAbout, setCase } from '../../../../test/support/deadlines.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { returnProgrammeCast } from '../../../../test/support/returns.ts';
import { addToTeam } from '../../../../test/support/team.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { runReminderTick } from '../notifications/reminders.service.ts';
import { stockholmDate as swedishToday } from '../../../shared/working-days.ts';
import { addMonths } from './return-rules.ts';
import { returnApplications, returnMilestones } from './returns.schema.ts';

let t: TestApp;
let lead: TestUser;
let officer: TestUser;
const cookie: Record<'lead' | 'worker' | 'outsider' | 'nmt' | 'officer' | 'otherOfficer' | 'admin', string> = {} as never;
let iomId: string;
let disabledIomId: string;
let policeId: string;
const today = swedishToday(new Date());

beforeAll(async () => {
  t = await startTestApp();
  const cast = await returnProgrammeCast(t, ['IOM Stockholm', 'IOM Malmö']);
  ({ lead, officer, iomId, policeId } = cast);
  Object.assign(cookie, cast.cookie);
  disabledIomId = await buildOrganisation(t.db, { type: 'iom', regionCode: null, name: 'IOM Nedlagd' });
  await t.db.update(organisations).set({ isActive: false }).where(eq(organisations.id, disabledIomId));
  cookie.admin = await signInAs(t.app, await buildUser(t.db, { roles: ['system_admin'], regionCode: null }));
});
afterAll(() => t.close());

async function newCase(): Promise<{ id: string; reference: string; codeName: string }> {
  const created = await createCaseAs(t.app, cookie.lead);
  await setCase(t.db, created.id, { leadUserId: lead.id });
  await addToTeam(t.db, { caseId: created.id, organisationId: policeId, recordedByUserId: lead.id });
  return { id: created.id, reference: created.reference, codeName: created.person.codeName };
}

const referral = (overrides: Partial<ReturnReferRequest> = {}): ReturnReferRequest => ({
  countryCode: 'RO',
  reasons: 'Vill återförenas med sin familj.',
  travelDocumentStatus: 'expired_passport',
  consentGiven: true,
  consentOn: today,
  ...overrides,
});

const send = (who: keyof typeof cookie | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/${url}`, headers: who ? { cookie: cookie[who] } : {}, ...(payload ? { payload } : {}) });

async function refer(caseId: string, who: keyof typeof cookie = 'worker'): Promise<ReturnApplication> {
  const response = await send(who, 'POST', `cases/${caseId}/return-applications`, referral());
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ReturnApplication>();
}

async function step(id: string, path: string, payload: object, who: keyof typeof cookie = 'nmt'): Promise<ReturnApplication> {
  const response = await send(who, 'POST', `returns/${id}/${path}`, payload);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ReturnApplication>();
}

/** A new case whose person has arrived on the date. */
async function arrivedOn(date: string) {
  const c = await newCase();
  const application = await refer(c.id);
  await step(application.id, 'decision', { decision: 'approve' });
  await step(application.id, 'assignment', { organisationId: iomId });
  await step(application.id, 'journey', { journeyOn: date }, 'officer');
  return { ...c, application: await step(application.id, 'arrival', { arrivedOn: date }, 'officer') };
}

async function rowOf(id: string) {
  const [row] = await t.db.select().from(returnApplications).where(eq(returnApplications.id, id));
  return row!;
}

function expectProblem(response: { statusCode: number; headers: Record<string, unknown> }, status: number) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
}

describe('referring a person to the return programme', () => {
  it('answers 401, 403 and 404 before anything is made, and refuses input without consent or country', async () => {
    const c = await newCase();
    const url = `cases/${c.id}/return-applications`;
    expectProblem(await send(null, 'POST', url, referral()), 401);
    expectProblem(await send('admin', 'POST', url, referral()), 403);
    expectProblem(await send('officer', 'POST', url, referral()), 403);
    expectProblem(await send('outsider', 'POST', url, referral()), 404);
    expectProblem(await send('worker', 'POST', url, referral({ consentGiven: false as true })), 400);
    expectProblem(await send('worker', 'POST', url, referral({ countryCode: 'XX' })), 400);
    expectProblem(await send('worker', 'POST', url, referral({ consentOn: plusDays(today, 1) })), 400);
    expectProblem(await send('worker', 'POST', url, { ...referral(), travelDocumentStatus: 'lost' }), 400);
    expect(await t.db.select().from(returnApplications).where(eq(returnApplications.caseId, c.id))).toEqual([]);
  });

  it('makes a submitted application, tells NMT and the lead, and refuses a second while it is in the programme', async () => {
    const c = await newCase();
    const application = await refer(c.id);
    expect(application).toMatchObject({ status: 'submitted', countryCode: 'RO', consentGiven: true, consentOn: today, caseId: c.id, milestones: [] });
    expect(application.can).toMatchObject({ decide: false, withdraw: true });
    const told = await t.db.select().from(notifications).where(and(eq(notifications.subjectId, application.id), eq(notifications.kind, 'return_referred')));
    expect(told.map((n) => n.userId)).toContain(lead.id);
    expect(told.every((n) => n.caseId === c.id)).toBe(true);
    expectProblem(await send('lead', 'POST', `cases/${c.id}/return-applications`, referral()), 409);
    expect(await t.db.select().from(returnApplications).where(eq(returnApplications.caseId, c.id))).toHaveLength(1);
  });

  it('makes one application when two referrals of the same case race', async () => {
    const c = await newCase();
    const url = `cases/${c.id}/return-applications`;
    const answers = await Promise.all([send('worker', 'POST', url, referral()), send('lead', 'POST', url, referral())]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(await t.db.select().from(returnApplications).where(eq(returnApplications.caseId, c.id))).toHaveLength(1);
  });

  it('shows the programme on the case to its team, and to nobody outside it', async () => {
    const c = await newCase();
    const url = `cases/${c.id}/return-applications`;
    expect((await send('lead', 'GET', url)).json<CaseReturns>()).toEqual({ items: [], canRefer: true });
    const application = await refer(c.id);
    const seen = (await send('worker', 'GET', url)).json<CaseReturns>();
    expect(seen.canRefer).toBe(false);
    expect(seen.items.map((i) => [i.id, i.status])).toEqual([[application.id, 'submitted']]);
    expectProblem(await send(null, 'GET', url), 401);
    expectProblem(await send('admin', 'GET', url), 403);
    expectProblem(await send('outsider', 'GET', url), 404);
    expectProblem(await send('lead', 'GET', 'cases/00000000-0000-4000-8000-000000000000/return-applications'), 404);
  });
});

describe('the steps of the programme', () => {
  it('walks submitted → approved → assigned → travel planned → arrived → reintegration → closed', async () => {
    const c = await newCase();
    const { id } = await refer(c.id);
    expectProblem(await send('nmt', 'POST', `returns/${id}/decision`, { decision: 'decline' }), 400);
    expectProblem(await send('worker', 'POST', `returns/${id}/decision`, { decision: 'approve' }), 403);
    expectProblem(await send('nmt', 'POST', `returns/${id}/arrival`, { arrivedOn: today }), 409);
    expect((await rowOf(id)).status).toBe('submitted');

    expect((await step(id, 'decision', { decision: 'approve' })).status).toBe('approved');
    expectProblem(await send('nmt', 'POST', `returns/${id}/decision`, { decision: 'decline', reason: 'Ändrat sig.' }), 409);
    expectProblem(await send('officer', 'GET', `returns/${id}`), 404);

    const offered = (await send('nmt', 'GET', 'returns/iom-organisations')).json<IomOrganisation[]>();
    expect(offered.map((o) => o.id)).toContain(iomId);
    expect(offered.map((o) => o.id)).not.toContain(disabledIomId);
    expectProblem(await send('nmt', 'POST', `returns/${id}/assignment`, { organisationId: disabledIomId }), 400);
    expectProblem(await send('nmt', 'POST', `returns/${id}/assignment`, { organisationId: policeId }), 400);
    expect((await rowOf(id)).iomOrganisationId).toBeNull();
    expect((await step(id, 'assignment', { organisationId: iomId })).status).toBe('assigned');
    const toOfficer = await t.db.select().from(notifications).where(and(eq(notifications.userId, officer.id), eq(notifications.subjectId, id)));
    expect(toOfficer).toMatchObject([{ kind: 'return_assigned', caseId: null, organisationId: iomId }]);

    const journeyOn = plusDays(today, -10);
    expect((await step(id, 'journey', { journeyOn }, 'officer')).status).toBe('travel_planned');
    expectProblem(await send('officer', 'POST', `returns/${id}/arrival`, { arrivedOn: plusDays(today, 1) }), 400);
    expectProblem(await send('officer', 'POST', `returns/${id}/arrival`, { arrivedOn: plusDays(journeyOn, -1) }), 400);
    expectProblem(await send('otherOfficer', 'POST', `returns/${id}/arrival`, { arrivedOn: journeyOn }), 404);
    const arrived = await step(id, 'arrival', { arrivedOn: journeyOn }, 'officer');
    expect(arrived.status).toBe('arrived');
    expectProblem(await send('worker', 'POST', `returns/${id}/withdrawal`, { reason: 'Vill stanna.' }), 409);
    expectProblem(await send('officer', 'POST', `returns/${id}/follow-ups`, { kind: 'follow_up_3', housing: 3, income: 3, health: 3, safety: 3, socialNetwork: 3 }), 409);

    expect((await step(id, 'reintegration-plan', { summary: 'Yrkesutbildning och stöd till boende.' }, 'officer')).status).toBe('reintegration');
    const assessment = { housing: 4, income: 2, health: 5, safety: 3, socialNetwork: 1 };
    expectProblem(await send('officer', 'POST', `returns/${id}/follow-ups`, { kind: 'follow_up_3', ...assessment, housing: 6 }), 400);
    const followed = await step(id, 'follow-ups', { kind: 'follow_up_3', ...assessment, note: 'Bor hos sin syster.' }, 'officer');
    expect(followed.milestones.find((m) => m.kind === 'follow_up_3')).toMatchObject({ status: 'done', assessment, note: 'Bor hos sin syster.' });
    expectProblem(await send('officer', 'POST', `returns/${id}/follow-ups`, { kind: 'follow_up_3', ...assessment }), 409);
    const toLead = await t.db.select().from(notifications).where(and(eq(notifications.userId, lead.id), eq(notifications.subjectId, id)));
    expect(toLead.map((n) => n.kind).sort()).toEqual(
      ['return_approved', 'return_arrived', 'return_assigned', 'return_follow_up_recorded', 'return_journey_planned', 'return_plan_recorded', 'return_referred'].sort(),
    );
    await step(id, 'follow-ups', { kind: 'follow_up_6', ...assessment }, 'officer');
    expect((await step(id, 'follow-ups', { kind: 'follow_up_12', ...assessment }, 'officer')).status).toBe('closed');
  });

  it('makes the plan and follow-up deadlines on arrival, from the arrival date', async () => {
    const arrival = plusDays(today, -20);
    const { id, application } = await arrivedOn(arrival);
    expect(application.arrivedOn).toBe(arrival);
    expect(application.milestones.map((m) => [m.kind, m.dueOn])).toEqual([
      ['reintegration_plan', addMonths(arrival, 1)],
      ['follow_up_3', addMonths(arrival, 3)],
      ['follow_up_6', addMonths(arrival, 6)],
      ['follow_up_12', addMonths(arrival, 12)],
    ]);
    const deadlines = (await send('lead', 'GET', `cases/${id}/deadlines`)).json<{ items: { kind: string; dueOn: string }[] }>();
    expect(deadlines.items.map((d) => [d.kind, d.dueOn])).toEqual([
      ['return_plan', addMonths(arrival, 1)],
      ['return_follow_up', addMonths(arrival, 3)],
      ['return_follow_up', addMonths(arrival, 6)],
      ['return_follow_up', addMonths(arrival, 12)],
    ]);
  });

  it('reminds the IOM officers and the lead coordinator once on the date of each follow-up', async () => {
    const { application } = await arrivedOn(plusDays(today, -3));
    const followUp = application.milestones.find((m) => m.kind === 'follow_up_3')!;
    await runReminderTick(t.db, noonOn(plusDays(followUp.dueOn, -1)));
    expect(await remindersAbout(t.db, [followUp.id])).toEqual([]);
    await runReminderTick(t.db, noonOn(followUp.dueOn));
    await runReminderTick(t.db, noonOn(followUp.dueOn));
    await runReminderTick(t.db, noonOn(plusDays(followUp.dueOn, 1)));
    const reminders = await remindersAbout(t.db, [followUp.id]);
    expect(reminders.map((r) => [r.kind, r.userId, r.dueOn]).sort()).toEqual(
      [
        ['return_follow_up_due', lead.id, followUp.dueOn],
        ['return_follow_up_due', officer.id, followUp.dueOn],
      ].sort(),
    );
    expect(reminders.find((r) => r.userId === officer.id)).toMatchObject({ caseId: null, organisationId: iomId });
  });

  it('lets a case member withdraw with a reason before departure, and nobody else', async () => {
    const c = await newCase();
    const { id } = await refer(c.id);
    expectProblem(await send('worker', 'POST', `returns/${id}/withdrawal`, {}), 400);
    expectProblem(await send('outsider', 'POST', `returns/${id}/withdrawal`, { reason: 'Vill stanna.' }), 404);
    expectProblem(await send('officer', 'POST', `returns/${id}/withdrawal`, { reason: 'Vill stanna.' }), 403);
    const withdrawn = await step(id, 'withdrawal', { reason: 'Vill stanna i Sverige.' }, 'worker');
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawReason: 'Vill stanna i Sverige.' });
    expectProblem(await send('nmt', 'POST', `returns/${id}/decision`, { decision: 'approve' }), 409);
    expect((await rowOf(id)).status).toBe('withdrawn');
    expectProblem(await send('nmt', 'POST', `returns/${id}/follow-ups`, { kind: 'follow_up_3', housing: 2, income: 2, health: 2, safety: 2, socialNetwork: 2 }), 409);
    expect(await t.db.select().from(returnMilestones).where(eq(returnMilestones.applicationId, id))).toEqual([]);
    expectProblem(await send('nmt', 'POST', 'returns/00000000-0000-4000-8000-000000000000/follow-ups', { kind: 'follow_up_3', housing: 1, income: 1, health: 1, safety: 1, socialNetwork: 1 }), 404);
  });
});

describe('what the IOM organisation sees', () => {
  it('shows its officers the referral and what it shares, never the case', async () => {
    const { id, reference, codeName, application } = await arrivedOn(plusDays(today, -1));
    const response = await send('officer', 'GET', `returns/${application.id}`);
    expect(response.statusCode).toBe(200);
    const seen = response.json<ReturnApplication>();
    expect(seen).toMatchObject({ caseId: null, caseReference: null, countryCode: 'RO', person: { codeName } });
    expect(response.body).not.toContain(reference);
    expect(response.body).not.toContain(id);
    for (const url of [`cases/${id}`, `cases/${id}/journal`, `cases/${id}/return-applications`, `cases/${id}/deadlines`]) {
      expectProblem(await send('officer', 'GET', url), 403);
    }
    expectProblem(await send('otherOfficer', 'GET', `returns/${application.id}`), 404);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'return.read'), eq(auditEvents.actorUserId, officer.id), eq(auditEvents.subjectId, id)));
    expect(event).toMatchObject({ subjectType: 'case', details: { returnId: application.id } });
  });

  it("lists only the organisation's referrals for its officers", async () => {
    const { application } = await arrivedOn(today);
    const mine = (await send('officer', 'GET', 'returns')).json<ReturnList>();
    expect(mine.items.map((i) => i.id)).toContain(application.id);
    expect(mine.items.every((i) => i.caseReference === null && i.caseId === null)).toBe(true);
    const theirs = (await send('otherOfficer', 'GET', 'returns')).json<ReturnList>();
    expect(theirs.items.map((i) => i.id)).not.toContain(application.id);
    expectProblem(await send('worker', 'GET', 'returns'), 403);
    expectProblem(await send(null, 'GET', 'returns'), 401);
  });
});

describe("NMT's list", () => {
  it('puts overdue follow-ups first, then the next due date, then those with nothing due', async () => {
    const submitted = await refer((await newCase()).id);
    const soon = await arrivedOn(plusDays(today, -1));
    const overdue = await arrivedOn(plusDays(today, -40));
    const later = await arrivedOn(today);
    const list = (await send('nmt', 'GET', 'returns')).json<ReturnList>();
    const order = list.items.map((i) => i.id).filter((id) => [submitted.id, soon.application.id, overdue.application.id, later.application.id].includes(id));
    expect(order).toEqual([overdue.application.id, soon.application.id, later.application.id, submitted.id]);
    expect(list.items.find((i) => i.id === overdue.application.id)).toMatchObject({ overdueCount: 1, nextDueKind: 'reintegration_plan', caseReference: overdue.reference });
    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'return.list'));
    expect(event?.subjectType).toBeNull();
    expect(await t.db.select().from(returnMilestones).where(eq(returnMilestones.applicationId, submitted.id))).toEqual([]);
  });
});
