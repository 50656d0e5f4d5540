import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationList } from '../../../shared/schemas/trainings.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildUser, signInAs } from '../../../../test/support/factories.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../test/support/smtp.ts';
import { createTrainingAs, freshRegistrantAddress, registerFor, registrationForm } from '../../../../test/support/trainings.ts';
import { testKeyring } from '../../../../test/support/factories.ts';
import { sendPendingTrainingEmails } from './training-emails.service.ts';
import { trainingEmails } from './trainings.schema.ts';
import { createMailer, type MailMessage } from '../../platform/mail.ts';

let t: TestApp;
let smtp: TestSmtpServer;
let trainerCookie: string;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await startTestApp({ smtpUrl: smtp.url });
  trainerCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['trainer'], regionCode: null }));
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
const submit = (trainingId: string, email: string) =>
  t.app.inject({ method: 'POST', url: `/api/public/trainings/${trainingId}/registrations`, payload: registrationForm({ email }), remoteAddress: freshRegistrantAddress() });

describe('e-mails to registrants, with SMTP', () => {
  it('confirms with a link holding the token, tells the promoted registrant, and tells everyone when the event is cancelled', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 1, title: 'Tvångsarbete i praktiken' });
    await submit(training.id, 'forst@example.se');
    await registerFor(t, training.id, { email: 'sen@example.se' });
    const [confirmation] = mailsTo('forst@example.se');
    expect(confirmation!.text).toContain('Du är anmäld till "Tvångsarbete i praktiken"');
    const token = /registration#token=([\w-]+)/.exec(confirmation!.text)![1]!;
    const own = await t.app.inject({ method: 'POST', url: '/api/public/training-registration/read', payload: { token } });
    expect(own.json()).toMatchObject({ status: 'confirmed' });
    expect(mailsTo('sen@example.se')[0]!.text).toContain('väntelistan');

    const registrations = (await t.app.inject({ method: 'GET', url: `/api/trainings/${training.id}/registrations`, headers: { cookie: trainerCookie } })).json<RegistrationList>();
    await t.app.inject({ method: 'POST', url: `/api/trainings/${training.id}/registrations/${registrations.items[0]!.id}/cancel`, headers: { cookie: trainerCookie } });
    expect(mailsTo('forst@example.se').at(-1)!.text).toContain('har avbokats av arrangören');
    expect(mailsTo('sen@example.se').at(-1)!.text).toContain('En plats har blivit ledig');

    await t.app.inject({ method: 'PATCH', url: `/api/trainings/${training.id}`, headers: { cookie: trainerCookie, 'if-match': '"1"' }, payload: { status: 'cancelled' } });
    expect(mailsTo('sen@example.se').at(-1)!.text).toContain('är inställd');
    expect(mailsTo('forst@example.se')).toHaveLength(2);
  });

  it('keeps the registration when the e-mail cannot be sent, retries it and sends it once', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    const options = { mailer: createMailer({ smtpUrl: smtp.url, smtpFrom: t.config.smtpFrom })!, keyring: testKeyring };
    smtp.setRefusing(true);
    try {
      const receipt = await registerFor(t, training.id, { email: 'nej@example.se' });
      expect(receipt.status).toBe('confirmed');
      expect(await sendPendingTrainingEmails(t.db, options)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    } finally {
      smtp.setRefusing(false);
    }
    expect(mailsTo('nej@example.se')).toHaveLength(0);
    // Two senders at once, as two instances: the e-mail goes out once and leaves the queue.
    const runs = await Promise.all([sendPendingTrainingEmails(t.db, options), sendPendingTrainingEmails(t.db, options)]);
    expect(runs.reduce((n, run) => n + run.sent, 0)).toBe(1);
    expect(await sendPendingTrainingEmails(t.db, options)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(mailsTo('nej@example.se')).toHaveLength(1);
    expect(mailsTo('nej@example.se')[0]!.text).toContain('Du är anmäld till');
    expect(await t.db.select().from(trainingEmails)).toEqual([]);
  });

  it('holds one e-mail at a time while sending, so a sender killed mid-send loses at most that one', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    const smtpMailer = createMailer({ smtpUrl: smtp.url, smtpFrom: t.config.smtpFrom })!;
    smtp.setRefusing(true);
    try {
      for (const email of ['ett@example.se', 'tva@example.se', 'tre@example.se']) await registerFor(t, training.id, { email });
      // Each was tried once right after its registration. A failure ends a run: the run tries one
      // and leaves the other two their attempts for the next.
      expect(await sendPendingTrainingEmails(t.db, { mailer: smtpMailer, keyring: testKeyring })).toEqual({ sent: 0, retrying: 1, failed: 0 });
      expect((await t.db.select().from(trainingEmails)).map((row) => row.attempts).sort()).toEqual([1, 1, 2]);
    } finally {
      smtp.setRefusing(false);
    }
    const heldWhileSending: number[] = [];
    const watching = {
      send: async (message: MailMessage) => {
        heldWhileSending.push((await t.db.select().from(trainingEmails).where(eq(trainingEmails.status, 'sending'))).length);
        await smtpMailer.send(message);
      },
    };
    expect(await sendPendingTrainingEmails(t.db, { mailer: watching, keyring: testKeyring })).toEqual({ sent: 3, retrying: 0, failed: 0 });
    expect(heldWhileSending).toEqual([1, 1, 1]);
    expect(await t.db.select().from(trainingEmails)).toEqual([]);
  });

  it('tells an address already registered so, with a new link, while the form answers as for a new one', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { title: 'Tiggeri och tvång' });
    const first = await submit(training.id, 'dubbel@example.se');
    const again = await submit(training.id, 'Dubbel@example.se');
    expect([again.statusCode, again.body]).toEqual([first.statusCode, first.body]);
    const [confirmation, notice] = mailsTo('dubbel@example.se');
    expect(confirmation!.text).toContain('Du är anmäld till "Tiggeri och tvång"');
    expect(notice!.text).toContain('är redan anmäld');
    const oldToken = /registration#token=([\w-]+)/.exec(confirmation!.text)![1]!;
    const newToken = /registration#token=([\w-]+)/.exec(notice!.text)![1]!;
    const read = (token: string) => t.app.inject({ method: 'POST', url: '/api/public/training-registration/read', payload: { token } });
    expect((await read(newToken)).statusCode).toBe(200);
    expect((await read(oldToken)).statusCode).toBe(404);
  });
});
