import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { caseTeamMembers, notifications, tasks, users } from '../../src/server/db/schema/index.ts';
import { createMailer } from '../../src/server/platform/mail.ts';
import { runReminderTick, startReminderScheduler } from '../../src/server/modules/notifications/reminders.service.ts';
import { swedishToday } from '../../src/server/modules/deadlines/deadline-rules.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { insertPermit, insertTask, noonOn, plusDays, remindersAbout, setCase } from '../support/deadlines.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../support/factories.ts';
import { insertConsultation } from '../support/dashboard.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { addToTeam } from '../support/team.ts';

let t: TestApp;
let lead: TestUser;
let leadCookie: string;
let assignee: TestUser;
let policeOrganisationId: string;

beforeAll(async () => {
  t = await startTestApp();
  lead = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  leadCookie = await signInAs(t.app, lead);
  policeOrganisationId = await buildOrganisation(t.db, { type: 'police', regionCode: 'stockholm' });
  assignee = await buildUser(t.db, { roles: ['case_worker'], organisationId: policeOrganisationId });
});
afterAll(() => t.close());

/** A case led by `lead`, with the police organisation of `assignee` on its team. */
async function newCase(): Promise<string> {
  const created = await createCaseAs(t.app, leadCookie);
  await addToTeam(t.db, { caseId: created.id, organisationId: policeOrganisationId, recordedByUserId: lead.id });
  return created.id;
}

const tick = (date: string) => runReminderTick(t.db, noonOn(date));
const summary = async (subjectIds: string[]) =>
  (await remindersAbout(t.db, subjectIds)).map((n) => ({ kind: n.kind, userId: n.userId, dueOn: n.dueOn }));

describe('task reminders', () => {
  it('reminds the assignee on the due date and once the day after, whatever the number of ticks', async () => {
    const caseId = await newCase();
    const taskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2031-03-10', assigneeUserId: assignee.id });

    await tick('2031-03-09');
    expect(await summary([taskId])).toEqual([]);

    await tick('2031-03-10');
    await tick('2031-03-10');
    expect(await summary([taskId])).toEqual([{ kind: 'task_due', userId: assignee.id, dueOn: '2031-03-10' }]);

    await tick('2031-03-11');
    await tick('2031-03-11');
    await tick('2031-03-12');
    expect(await summary([taskId])).toEqual([
      { kind: 'task_due', userId: assignee.id, dueOn: '2031-03-10' },
      { kind: 'task_overdue', userId: assignee.id, dueOn: '2031-03-10' },
    ]);
    const [due] = await remindersAbout(t.db, [taskId]);
    expect(due).toMatchObject({ caseId, dedupeKey: `task_due:${taskId}:2031-03-10:${assignee.id}`, emailStatus: 'none', readAt: null });
  });

  it('reminds the lead coordinator about a task nobody has taken', async () => {
    const caseId = await newCase();
    const taskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2031-04-01' });
    await tick('2031-04-01');
    expect(await summary([taskId])).toEqual([{ kind: 'task_due', userId: lead.id, dueOn: '2031-04-01' }]);
  });

  it('sends nothing about a done task, a task without a due date, or one with nobody to tell', async () => {
    const caseId = await newCase();
    const done = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2031-05-01', assigneeUserId: assignee.id, isDone: true });
    const undated = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: null, assigneeUserId: assignee.id });
    const leaderless = await newCase();
    await setCase(t.db, leaderless, { leadUserId: null });
    const unassigned = await insertTask(t.db, { caseId: leaderless, createdByUserId: lead.id, dueOn: '2031-05-01' });
    for (const date of ['2031-05-01', '2031-05-02', '2031-05-03']) await tick(date);
    expect(await summary([done, undated, unassigned])).toEqual([]);
  });

  it('sends nothing to a deactivated assignee', async () => {
    const caseId = await newCase();
    const gone = await buildUser(t.db, { roles: ['case_worker'], organisationId: policeOrganisationId, isActive: false });
    const taskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2031-05-05', assigneeUserId: gone.id });
    await tick('2031-05-05');
    expect(await summary([taskId])).toEqual([]);
  });

  it('reminds a new assignee, and again for a new due date', async () => {
    const caseId = await newCase();
    const taskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2031-06-01', assigneeUserId: assignee.id });
    await tick('2031-06-01');
    await t.db.update(tasks).set({ assigneeUserId: lead.id }).where(eq(tasks.id, taskId));
    await tick('2031-06-01');
    await t.db.update(tasks).set({ dueOn: '2031-06-08' }).where(eq(tasks.id, taskId));
    await tick('2031-06-08');
    expect(await summary([taskId])).toEqual([
      { kind: 'task_due', userId: assignee.id, dueOn: '2031-06-01' },
      { kind: 'task_due', userId: lead.id, dueOn: '2031-06-01' },
      { kind: 'task_due', userId: lead.id, dueOn: '2031-06-08' },
    ]);
  });
});

describe('permit reminders go to the lead coordinator', () => {
  it('a reflection period: 7 days before its end, and on the day it ends', async () => {
    const caseId = await newCase();
    // Decided 1 March: the period runs 30 days, to 31 March.
    const permitId = await insertPermit(t.db, { caseId, createdByUserId: lead.id, type: 'reflection_period_permit', decidedOn: '2031-03-01' });
    await tick('2031-03-23');
    expect(await summary([permitId])).toEqual([]);
    await tick('2031-03-24');
    await tick('2031-03-25');
    expect(await summary([permitId])).toEqual([{ kind: 'reflection_period_ending', userId: lead.id, dueOn: '2031-03-31' }]);
    await tick('2031-03-31');
    await tick('2031-04-01');
    expect(await summary([permitId])).toEqual([
      { kind: 'reflection_period_ending', userId: lead.id, dueOn: '2031-03-31' },
      { kind: 'reflection_period_ended', userId: lead.id, dueOn: '2031-03-31' },
    ]);
  });

  it('a reflection period whose end was not stored is counted from the decision', async () => {
    const caseId = await newCase();
    const permitId = await insertPermit(t.db, { caseId, createdByUserId: lead.id, type: 'reflection_period_permit', decidedOn: '2031-07-01', endOn: null });
    await tick('2031-07-24');
    expect(await summary([permitId])).toEqual([{ kind: 'reflection_period_ending', userId: lead.id, dueOn: '2031-07-31' }]);
  });

  it('a temporary residence permit: 30 days before it expires', async () => {
    const caseId = await newCase();
    const permitId = await insertPermit(t.db, { caseId, createdByUserId: lead.id, type: 'temporary_residence_permit', expiresOn: '2031-09-30' });
    await tick('2031-08-30');
    expect(await summary([permitId])).toEqual([]);
    await tick('2031-08-31');
    await tick('2031-09-30');
    expect(await summary([permitId])).toEqual([{ kind: 'residence_permit_expiring', userId: lead.id, dueOn: '2031-09-30' }]);
  });

  it('nothing about permits that were cancelled or have ended', async () => {
    const caseId = await newCase();
    const cancelled = await insertPermit(t.db, { caseId, createdByUserId: lead.id, type: 'temporary_residence_permit', expiresOn: '2031-10-30', status: 'cancelled' });
    const ended = await insertPermit(t.db, { caseId, createdByUserId: lead.id, type: 'reflection_period_permit', decidedOn: '2031-09-23', status: 'ended' });
    await tick('2031-09-30');
    await tick('2031-10-23');
    expect(await summary([cancelled, ended])).toEqual([]);
  });
});

describe('closed cases', () => {
  it('get no reminders at all', async () => {
    const caseId = await newCase();
    const taskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2031-11-10', assigneeUserId: assignee.id });
    const permitId = await insertPermit(t.db, { caseId, createdByUserId: lead.id, type: 'temporary_residence_permit', expiresOn: '2031-12-10' });
    await setCase(t.db, caseId, { phase: 'closed' });
    for (const date of ['2031-11-10', '2031-11-11']) await tick(date);
    expect(await summary([taskId, permitId])).toEqual([]);
  });
});

describe('after downtime', () => {
  it('sends a missed reminder once, the one that still holds', async () => {
    const caseId = await newCase();
    const taskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2032-01-10', assigneeUserId: assignee.id });
    const permitId = await insertPermit(t.db, { caseId, createdByUserId: lead.id, type: 'reflection_period_permit', decidedOn: '2031-12-11' });
    // Down from 9 January to the 12th: "due today" is stale, "overdue" still holds; the period
    // ends on 10 January, so "ending" is stale and "ended" is sent.
    await tick('2032-01-12');
    await tick('2032-01-13');
    expect(await summary([taskId, permitId])).toEqual(
      expect.arrayContaining([
        { kind: 'task_overdue', userId: assignee.id, dueOn: '2032-01-10' },
        { kind: 'reflection_period_ended', userId: lead.id, dueOn: '2032-01-10' },
      ]),
    );
    expect(await summary([taskId, permitId])).toHaveLength(2);
  });

  it('lets reminders long past go', async () => {
    const caseId = await newCase();
    const taskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2032-02-01', assigneeUserId: assignee.id });
    await tick(plusDays('2032-02-01', 9));
    expect(await summary([taskId])).toEqual([]);
  });
});

describe('e-mail', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(() => smtp.close());

  const mailOptions = (maxAttempts?: number) => ({
    mailer: createMailer({ smtpUrl: smtp.url, smtpFrom: 'Samverka <samverka@test.invalid>' })!,
    publicUrl: 'https://samverka.example.se',
    maxAttempts,
  });

  it('sends each new reminder once: kind, reference, date and link, Swedish first, nothing personal', async () => {
    const created = await createCaseAs(t.app, leadCookie, { person: { codeName: 'Hemlig Lilja', isChild: false } });
    const permitId = await insertPermit(t.db, { caseId: created.id, createdByUserId: lead.id, type: 'reflection_period_permit', decidedOn: '2033-11-12' });
    const before = smtp.received.length;
    const first = await runReminderTick(t.db, noonOn('2033-12-05'), mailOptions());
    const second = await runReminderTick(t.db, noonOn('2033-12-05'), mailOptions());
    expect(first.email?.sent).toBe(1);
    expect(second).toMatchObject({ created: 0, email: { sent: 0 } });
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(1);
    const [leadRow] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, lead.id));
    expect(mails[0]!.to).toEqual([leadRow!.email]);
    const text = mails[0]!.text;
    expect(text).toContain(`Betänketiden i ärende ${created.reference} löper ut om 7 dagar (12 december 2033).`);
    expect(text).toContain(`The reflection period in case ${created.reference} ends in 7 days (12 December 2033).`);
    expect(text.indexOf('Betänketiden')).toBeLessThan(text.indexOf('The reflection period'));
    expect(text).toContain(`https://samverka.example.se/cases/${created.id}`);
    expect(text).not.toContain('Hemlig Lilja');
    expect(text).not.toMatch(/Subject:.*NMT-/);
    const [row] = await remindersAbout(t.db, [permitId]);
    expect(row).toMatchObject({ emailStatus: 'sent', emailAttempts: 1 });
  });

  it('tries again on the next tick when sending fails, and gives up after the last attempt', async () => {
    const caseId = await newCase();
    const taskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2033-06-01', assigneeUserId: assignee.id });
    smtp.setRefusing(true);
    try {
      const first = await runReminderTick(t.db, noonOn('2033-06-01'), mailOptions(2));
      expect(first.email).toMatchObject({ sent: 0, retrying: 1 });
      expect((await remindersAbout(t.db, [taskId]))[0]).toMatchObject({ emailStatus: 'pending', emailAttempts: 1 });
      const second = await runReminderTick(t.db, noonOn('2033-06-01'), mailOptions(2));
      expect(second.email).toMatchObject({ sent: 0, failed: 1 });
      expect((await remindersAbout(t.db, [taskId]))[0]).toMatchObject({ emailStatus: 'failed', emailAttempts: 2 });
    } finally {
      smtp.setRefusing(false);
    }
    // The reminder stays in the app, and a failed e-mail is not tried again.
    const third = await runReminderTick(t.db, noonOn('2033-06-01'), mailOptions(2));
    expect(third.email).toMatchObject({ sent: 0, failed: 0 });
  });

  it('e-mails nobody who can no longer see the case', async () => {
    const caseId = await newCase();
    const taskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2033-07-01', assigneeUserId: assignee.id });
    await t.db.update(caseTeamMembers).set({ removedAt: new Date(), removedByUserId: lead.id }).where(eq(caseTeamMembers.caseId, caseId));
    const before = smtp.received.length;
    const result = await runReminderTick(t.db, noonOn('2033-07-01'), mailOptions());
    expect(result.email).toMatchObject({ sent: 0, skipped: 1 });
    expect(smtp.received.length).toBe(before);
    expect((await remindersAbout(t.db, [taskId]))[0]).toMatchObject({ emailStatus: 'none' });
  });

  it('stops between two e-mails when the server shuts down: every e-mail marked sent was sent, the rest wait', async () => {
    const slow = await startTestSmtpServer(50);
    try {
      const caseId = await newCase();
      const taskIds = await Promise.all(
        Array.from({ length: 8 }, () => insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2033-09-01', assigneeUserId: assignee.id })),
      );
      const shutdown = new AbortController();
      const mailer = createMailer({ smtpUrl: slow.url, smtpFrom: 'Samverka <samverka@test.invalid>' })!;
      const tick = runReminderTick(t.db, noonOn('2033-09-01'), { mailer, publicUrl: 'https://samverka.example.se', signal: shutdown.signal });
      await vi.waitFor(() => expect(slow.received.length).toBeGreaterThan(0), { timeout: 20_000, interval: 10 });
      shutdown.abort();
      const { email } = await tick;

      const rows = await remindersAbout(t.db, taskIds);
      const sent = rows.filter((r) => r.emailStatus === 'sent').length;
      expect(email?.sent).toBe(sent);
      expect(slow.received.length).toBe(sent);
      expect(sent).toBeLessThan(taskIds.length);
      expect(rows.filter((r) => r.emailStatus === 'pending')).toHaveLength(taskIds.length - sent);
      // The next start sends the rest.
      await runReminderTick(t.db, noonOn('2033-09-01'), mailOptions());
      expect((await remindersAbout(t.db, taskIds)).every((r) => r.emailStatus === 'sent')).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('marks reminders made without SMTP as in-app only', async () => {
    const caseId = await newCase();
    const taskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: '2033-08-01', assigneeUserId: assignee.id });
    await tick('2033-08-01');
    await runReminderTick(t.db, noonOn('2033-08-01'), mailOptions());
    expect((await remindersAbout(t.db, [taskId]))[0]).toMatchObject({ emailStatus: 'none', emailAttempts: 0 });
  });
});

describe('the scheduler', () => {
  it('ticks soon after start, again on its own, and stops cleanly', async () => {
    const caseId = await newCase();
    const today = swedishToday(new Date());
    const taskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: today, assigneeUserId: assignee.id });
    const errors: unknown[] = [];
    const stop = startReminderScheduler({ db: t.db, config: t.config, mailer: null, onError: (e) => errors.push(e), firstTickMs: 0, intervalMs: 20 });
    // Waits for what the scheduler does, not for a time: the timeout only bounds a failure.
    const reminded = (id: string) => expect.poll(() => summary([id]), { timeout: 20_000 }).toEqual([{ kind: 'task_due', userId: assignee.id, dueOn: today }]);
    try {
      await reminded(taskId);
      // A task added later is found by a later tick, which makes nothing more for the first.
      const laterTaskId = await insertTask(t.db, { caseId, createdByUserId: lead.id, dueOn: today, assigneeUserId: assignee.id });
      await reminded(laterTaskId);
    } finally {
      await stop();
    }
    expect(errors).toEqual([]);
    expect(await summary([taskId])).toHaveLength(1);
    expect(await t.db.$count(notifications, eq(notifications.subjectId, taskId))).toBe(1);
  });
});

describe('consultation notifications', () => {
  const hours = (date: Date, n: number) => new Date(date.getTime() + n * 3_600_000);
  let nordA: TestUser;
  let nordB: TestUser;
  let sydCoordinator: TestUser;
  let national: TestUser;
  let nordWorker: TestUser;

  beforeAll(async () => {
    const nordOrganisation = await buildOrganisation(t.db, { regionCode: 'nord' });
    nordA = await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: nordOrganisation });
    nordB = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'nord' });
    sydCoordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'syd' });
    national = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
    nordWorker = await buildUser(t.db, { roles: ['case_worker'], organisationId: nordOrganisation });
    // Deactivated: told nothing.
    await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'nord', isActive: false });
  });

  const about = async (consultationId: string) =>
    (await remindersAbout(t.db, [consultationId])).map((n) => ({ kind: n.kind, userId: n.userId, caseId: n.caseId, dueOn: n.dueOn }));
  const byUser = (a: { userId: string }, b: { userId: string }) => a.userId.localeCompare(b.userId);

  it("tells each coordinator of the region once about a new consultation, and once more when the first response is overdue", async () => {
    const receivedAt = new Date('2036-03-11T08:00:00Z');
    const consultation = await insertConsultation(t.db, { regionCode: 'nord', receivedAt });
    const dueOn = swedishToday(consultation.firstResponseDueAt);

    await runReminderTick(t.db, hours(receivedAt, 1));
    await runReminderTick(t.db, hours(receivedAt, 2));
    const expectedNew = [nordA, nordB].map((u) => ({ kind: 'consultation_new', userId: u.id, caseId: null, dueOn })).sort(byUser);
    expect((await about(consultation.id)).sort(byUser)).toEqual(expectedNew);
    const [row] = await remindersAbout(t.db, [consultation.id]);
    expect(row!.dedupeKey).toBe(`consultation_new:${consultation.id}:${row!.userId}`);

    // Not yet overdue just before the deadline.
    await runReminderTick(t.db, new Date(consultation.firstResponseDueAt.getTime() - 60_000));
    expect(await about(consultation.id)).toHaveLength(2);

    await runReminderTick(t.db, hours(consultation.firstResponseDueAt, 1));
    await runReminderTick(t.db, hours(consultation.firstResponseDueAt, 3));
    const overdue = (await about(consultation.id)).filter((n) => n.kind === 'consultation_overdue').sort(byUser);
    expect(overdue).toEqual([nordA, nordB].map((u) => ({ kind: 'consultation_overdue', userId: u.id, caseId: null, dueOn })).sort(byUser));
    expect(await about(consultation.id)).toHaveLength(4);
    // Neither another region's coordinator, a national coordinator nor a case worker.
    const told = new Set((await about(consultation.id)).map((n) => n.userId));
    for (const user of [sydCoordinator, national, nordWorker]) expect(told.has(user.id)).toBe(false);
  });

  it('does not remind about a consultation that is claimed, answered or closed', async () => {
    const receivedAt = new Date('2036-04-08T08:00:00Z');
    const claimed = await insertConsultation(t.db, { regionCode: 'nord', receivedAt, status: 'claimed', assigneeUserId: nordA.id });
    const closed = await insertConsultation(t.db, { regionCode: 'nord', receivedAt, status: 'closed' });
    const answered = await insertConsultation(t.db, { regionCode: 'nord', receivedAt, firstRespondedAt: hours(receivedAt, 1) });
    await runReminderTick(t.db, hours(claimed.firstResponseDueAt, 1));
    expect(await remindersAbout(t.db, [claimed.id, closed.id, answered.id])).toEqual([]);
  });

  it('lets a consultation received long before go, and one overdue long ago', async () => {
    const receivedAt = new Date('2036-05-05T08:00:00Z');
    const old = await insertConsultation(t.db, { regionCode: 'nord', receivedAt });
    await runReminderTick(t.db, hours(old.firstResponseDueAt, 24 * 10));
    expect(await remindersAbout(t.db, [old.id])).toEqual([]);
  });

  it('lists the notification with the consultation reference for its coordinators, and hides it from anyone outside the region', async () => {
    const receivedAt = new Date('2036-06-10T08:00:00Z');
    const consultation = await insertConsultation(t.db, { regionCode: 'nord', receivedAt });
    await runReminderTick(t.db, hours(receivedAt, 1));
    const page = await t.app.inject({ method: 'GET', url: '/api/notifications?pageSize=100', headers: { cookie: await signInAs(t.app, nordA) } });
    expect(page.statusCode).toBe(200);
    const item = page.json<{ items: { kind: string; caseId: string | null; consultationId: string | null; caseReference: string }[] }>().items.find(
      (n) => n.consultationId === consultation.id,
    );
    expect(item).toMatchObject({ kind: 'consultation_new', caseId: null, caseReference: consultation.reference });
    // A notification about a consultation outside the reader's scope (as after a move to another region) is not shown.
    await t.db.insert(notifications).values({
      userId: sydCoordinator.id,
      kind: 'consultation_new',
      caseId: null,
      subjectId: consultation.id,
      dueOn: '2036-06-11',
      dedupeKey: `consultation_new:${consultation.id}:${sydCoordinator.id}`,
    });
    const other = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: await signInAs(t.app, sydCoordinator) } });
    expect(other.statusCode).toBe(200);
    const body = other.json<{ items: { consultationId: string | null }[]; unreadCount: number }>();
    expect(body.items.some((n) => n.consultationId === consultation.id)).toBe(false);
    expect(body.unreadCount).toBe(0);
  });

  it('e-mails the coordinators once: reference, region, date and link, nothing the requester wrote', async () => {
    const smtp = await startTestSmtpServer();
    try {
      const mail = { mailer: createMailer({ smtpUrl: smtp.url, smtpFrom: 'Samverka <samverka@test.invalid>' })!, publicUrl: 'https://samverka.example.se' };
      const receivedAt = new Date('2036-09-15T08:00:00Z');
      const consultation = await insertConsultation(t.db, { regionCode: 'nord', receivedAt });
      const first = await runReminderTick(t.db, hours(receivedAt, 1), mail);
      const second = await runReminderTick(t.db, hours(receivedAt, 2), mail);
      expect(first.email?.sent).toBe(2);
      expect(second.email?.sent).toBe(0);
      expect(smtp.received).toHaveLength(2);
      const text = smtp.received[0]!.text;
      expect(text).toContain(`Ett nytt metodstödsärende, ${consultation.reference}, har kommit in i din region.`);
      expect(text).toContain(`https://samverka.example.se/consultations/${consultation.id}`);
      expect(text).toMatch(/Region: \S/);
      expect(text).not.toContain('Testbeskrivning');
      expect(text).not.toContain('Luleå');
    } finally {
      await smtp.close();
    }
  });
});
