import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationList } from '../../../shared/schemas/trainings.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildUser, signInAs } from '../../../../test/support/factories.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../test/support/smtp.ts';
import { createTrainingAs, registerFor } from '../../../../test/support/trainings.ts';

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

describe('e-mails to registrants, with SMTP', () => {
  it('confirms with a link holding the token, tells the promoted registrant, and tells everyone when the event is cancelled', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 1, title: 'Tvångsarbete i praktiken' });
    const seat = await registerFor(t.app, training.id, { email: 'forst@example.se' });
    await registerFor(t.app, training.id, { email: 'sen@example.se' });
    const [confirmation] = mailsTo('forst@example.se');
    expect(confirmation!.text).toContain('Du är anmäld till "Tvångsarbete i praktiken"');
    expect(confirmation!.text).toContain(`${t.config.publicUrl}/training-events/registration#token=${seat.cancelToken}`);
    expect(mailsTo('sen@example.se')[0]!.text).toContain('väntelistan');

    const registrations = (await t.app.inject({ method: 'GET', url: `/api/trainings/${training.id}/registrations`, headers: { cookie: trainerCookie } })).json<RegistrationList>();
    await t.app.inject({ method: 'POST', url: `/api/trainings/${training.id}/registrations/${registrations.items[0]!.id}/cancel`, headers: { cookie: trainerCookie } });
    expect(mailsTo('forst@example.se').at(-1)!.text).toContain('har avbokats av arrangören');
    expect(mailsTo('sen@example.se').at(-1)!.text).toContain('En plats har blivit ledig');

    await t.app.inject({ method: 'PATCH', url: `/api/trainings/${training.id}`, headers: { cookie: trainerCookie, 'if-match': '"1"' }, payload: { status: 'cancelled' } });
    expect(mailsTo('sen@example.se').at(-1)!.text).toContain('är inställd');
    expect(mailsTo('forst@example.se')).toHaveLength(2);
  });

  it('keeps the registration when the e-mail cannot be sent', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    smtp.setRefusing(true);
    try {
      const receipt = await registerFor(t.app, training.id, { email: 'nej@example.se' });
      expect(receipt.status).toBe('confirmed');
    } finally {
      smtp.setRefusing(false);
    }
  });
});
