import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReturnApplication, ReturnEndRequest } from '../../../shared/schemas/returns.ts';
import { stockholmDate as swedishToday } from '../../../shared/working-days.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { users } from '../../db/schema/identity.ts';
import { createMailer } from '../../platform/mail.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { noonOn, plusDays, remindersAbout, setCase } from '../../../../test/support/deadlines.ts';
import { createCaseAs, type TestUser } from '../../../../test/support/factories.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../test/support/smtp.ts';
import { returnProgrammeCast } from '../../../../test/support/returns.ts';
import { addToTeam } from '../../../../test/support/team.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { runReminderTick } from '../notifications/reminders.service.ts';
import { returnApplications, returnMilestones } from './returns.schema.ts';

// Ending the participation before the 12-month follow-up, and the IOM officers' e-mails (issue 11).
let t: TestApp;
let smtp: TestSmtpServer;
let lead: TestUser;
let officer: TestUser;
const cookie: Record<'lead' | 'worker' | 'outsider' | 'nmt' | 'officer' | 'otherOfficer', string> = {} as never;
let iomId: string;
let policeId: string;
const today = swedishToday(new Date());
const publicUrl = 'https://samverka.example.se';

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await startTestApp({ smtpUrl: smtp.url, publicUrl });
  const cast = await returnProgrammeCast(t, ['IOM Göteborg', 'IOM Luleå']);
  ({ lead, officer, iomId, policeId } = cast);
  Object.assign(cookie, cast.cookie);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const send = (who: keyof typeof cookie, url: string, payload: object) => t.app.inject({ method: 'POST', url: `/api/${url}`, headers: { cookie: cookie[who] }, payload });

async function step(id: string, path: string, payload: object, who: keyof typeof cookie = 'nmt'): Promise<ReturnApplication> {
  const response = await send(who, `returns/${id}/${path}`, payload);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ReturnApplication>();
}

/** A case whose person arrived on the date, assigned to the IOM organisation. */
async function arrivedOn(date: string) {
  const created = await createCaseAs(t.app, cookie.lead);
  await setCase(t.db, created.id, { leadUserId: lead.id });
  await addToTeam(t.db, { caseId: created.id, organisationId: policeId, recordedByUserId: lead.id });
  const referred = await send('worker', `cases/${created.id}/return-applications`, {
    countryCode: 'RO',
    reasons: 'Vill återförenas med sin familj.',
    travelDocumentStatus: 'valid_passport',
    consentGiven: true,
    consentOn: today,
  });
  const { id } = referred.json<ReturnApplication>();
  await step(id, 'decision', { decision: 'approve' });
  await step(id, 'assignment', { organisationId: iomId });
  await step(id, 'journey', { journeyOn: date }, 'officer');
  return { caseId: created.id, reference: created.reference, application: await step(id, 'arrival', { arrivedOn: date }, 'officer') };
}

const end = (id: string, body: Partial<ReturnEndRequest> | object, who: keyof typeof cookie = 'officer') => send(who, `returns/${id}/end`, body);
const mailOptions = () => ({ mailer: createMailer({ smtpUrl: smtp.url, smtpFrom: 'Samverka <samverka@test.invalid>' })!, publicUrl });

describe('ending the participation before the 12-month follow-up', () => {
  it('refuses bad input and outsiders with nothing changed', async () => {
    const { application } = await arrivedOn(plusDays(today, -5));
    const id = application.id;
    for (const body of [{}, { reason: 'bored' }, { reason: 'no_contact', note: 'x'.repeat(5000) }]) {
      const response = await end(id, body);
      expect(response.statusCode).toBe(400);
      expect(String(response.headers['content-type'])).toContain('application/problem+json');
    }
    expect((await end(id, { reason: 'no_contact' }, 'otherOfficer')).statusCode).toBe(404);
    expect((await end(id, { reason: 'no_contact' }, 'outsider')).statusCode).toBe(404);
    expect((await end('00000000-0000-4000-8000-000000000000', { reason: 'no_contact' })).statusCode).toBe(404);
    const [row] = await t.db.select().from(returnApplications).where(eq(returnApplications.id, id));
    expect(row).toMatchObject({ status: 'arrived', endReason: null });
    expect(await t.db.select().from(returnMilestones).where(eq(returnMilestones.applicationId, id))).toHaveLength(4);
  });

  it('is refused before arrival (409), nothing changed', async () => {
    const created = await createCaseAs(t.app, cookie.lead);
    await setCase(t.db, created.id, { leadUserId: lead.id });
    const referred = (await send('lead', `cases/${created.id}/return-applications`, { countryCode: 'RO', reasons: 'Hem.', travelDocumentStatus: 'none', consentGiven: true, consentOn: today })).json<ReturnApplication>();
    expect(referred.can.end).toBe(false);
    expect((await end(referred.id, { reason: 'no_contact' }, 'nmt')).statusCode).toBe(409);
    const [row] = await t.db.select().from(returnApplications).where(eq(returnApplications.id, referred.id));
    expect(row).toMatchObject({ status: 'submitted', endReason: null });
  });

  it('closes the application, cancels the open follow-ups and their reminders, audits and tells the case; twice is 409', async () => {
    const { caseId, application } = await arrivedOn(plusDays(today, -100));
    const id = application.id;
    await step(id, 'reintegration-plan', { summary: 'Arbete och boende.' }, 'officer');
    const followUp3 = application.milestones.find((m) => m.kind === 'follow_up_3')!;
    await runReminderTick(t.db, noonOn(followUp3.dueOn));
    expect((await remindersAbout(t.db, [followUp3.id])).length).toBeGreaterThan(0);
    expect(application.can.end).toBe(true);

    const ended = await step(id, 'end', { reason: 'consent_withdrawn', note: 'Vill inte längre ha kontakt.' }, 'worker');
    expect(ended).toMatchObject({ status: 'closed', endReason: 'consent_withdrawn', endNote: 'Vill inte längre ha kontakt.' });
    expect(ended.endedAt).not.toBeNull();
    expect(ended.can.end).toBe(false);
    // The plan stays (it was recorded); the follow-ups not done are gone, with their reminders.
    expect(ended.milestones.map((m) => m.kind)).toEqual(['reintegration_plan']);
    const cancelled = application.milestones.filter((m) => m.kind !== 'reintegration_plan').map((m) => m.id);
    expect(await remindersAbout(t.db, cancelled)).toEqual([]);
    expect(await t.db.select().from(returnMilestones).where(inArray(returnMilestones.id, cancelled))).toEqual([]);
    const deadlines = (await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/deadlines`, headers: { cookie: cookie.lead } })).json<{ items: { kind: string }[] }>();
    expect(deadlines.items.filter((d) => d.kind === 'return_follow_up')).toEqual([]);
    await runReminderTick(t.db, noonOn(plusDays(today, 400)));
    expect(await remindersAbout(t.db, cancelled)).toEqual([]);

    const [event] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'return.ended'), eq(auditEvents.subjectId, caseId)));
    expect(event?.details).toMatchObject({ returnId: id, reason: 'consent_withdrawn' });
    expect(JSON.stringify(event?.details)).not.toContain('Vill inte');
    const told = await t.db.select().from(notifications).where(and(eq(notifications.subjectId, id), eq(notifications.kind, 'return_ended')));
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([lead.id, officer.id]));

    const again = await end(id, { reason: 'no_contact' }, 'nmt');
    expect(again.statusCode).toBe(409);
    const [row] = await t.db.select().from(returnApplications).where(eq(returnApplications.id, id));
    expect(row).toMatchObject({ status: 'closed', endReason: 'consent_withdrawn' });
  });
});

describe("the IOM officers' e-mails", () => {
  it('tells the officer by e-mail about the referral and its follow-ups, naming the organisation and never the case', async () => {
    const { reference, caseId, application } = await arrivedOn(plusDays(today, -2));
    const [officerRow] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, officer.id));
    const followUp3 = application.milestones.find((m) => m.kind === 'follow_up_3')!;
    await runReminderTick(t.db, noonOn(followUp3.dueOn), mailOptions());
    await runReminderTick(t.db, noonOn(followUp3.dueOn), mailOptions());
    const mails = smtp.received.filter((m) => m.to.includes(officerRow!.email));
    const texts = mails.map((m) => m.text);
    expect(texts.some((text) => text.includes('IOM Göteborg har fått en hänvisning till återvändandeprogrammet.'))).toBe(true);
    expect(texts.some((text) => text.includes(`${publicUrl}/returns/${application.id}`))).toBe(true);
    const dueMails = texts.filter((text) => text.includes(`en uppföljning ska göras senast ${followUp3.dueOn}`));
    expect(dueMails).toHaveLength(1);
    expect(dueMails[0]).toMatch(new RegExp(`${publicUrl}/returns\\r?\\n`));
    expect(dueMails[0]).toContain(`A referral to IOM Göteborg: a follow-up is due by ${followUp3.dueOn}.`);
    for (const text of texts) {
      expect(text).not.toContain(reference);
      expect(text).not.toContain(caseId);
      expect(text).not.toContain(application.person.codeName);
    }
    const pending = await t.db.select().from(notifications).where(and(eq(notifications.userId, officer.id), eq(notifications.emailStatus, 'pending')));
    expect(pending).toEqual([]);
  });
});
