/**
 * Trainings in the browser: a trainer creates and publishes an event; a visitor without an
 * account finds it, registers and gets a reference and a link to their registration; the trainer
 * sees the registrant, the counts by organisation kind and police region, and marks attendance;
 * signed in, the trainer registers themselves in the app and cancels. axe finds nothing to fault
 * on any page visited.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { issuePublicFormToken } from '../../src/server/modules/intake/intake.service.ts';
import { buildUser, testKeyring } from '../support/factories.ts';
import { trainingEmails } from '../../src/server/modules/trainings/trainings.schema.ts';
import { checkA11y, signInThroughForm, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

/** A person takes longer than the minimum fill time; the page gets a token issued a minute ago instead of waiting. */
async function serveRegistrationTokenFromAMinuteAgo(page: Page): Promise<void> {
  await page.route('**/api/public/training-registration/form-token', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { token: issuePublicFormToken(testKeyring, new Date(Date.now() - 60_000), 'training-registration') } });
  });
}

const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('trainings', () => {
  it('a trainer publishes an event, a visitor registers, the trainer marks attendance', async () => {
    const { page } = e2e;
    const trainer = await buildUser(e2e.server.db, { roles: ['trainer'], regionCode: null });
    await signInThroughForm(e2e, trainer.email, '**/trainings');
    await page.getByRole('heading', { level: 1, name: sv['trainings.title'] }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: sv['trainings.nav'] }).waitFor();
    await page.getByText(sv['trainings.empty']).waitFor();
    await checkA11y(page, 'trainings list');

    await page.getByRole('link', { name: sv['trainings.new'] }).click();
    await page.getByRole('heading', { level: 1, name: sv['trainings.newTitle'] }).waitFor();
    // Sent empty: every problem in the summary, and axe is still content.
    await page.getByRole('button', { name: sv['trainings.create'] }).click();
    await page.getByRole('link', { name: sv['trainings.errors.title'] }).waitFor();
    await checkA11y(page, 'training form with errors');

    await page.getByLabel(sv['trainings.field.title'], { exact: true }).fill('Människohandel: att känna igen tecknen');
    await page.getByLabel(sv['trainings.field.description'], { exact: true }).fill('Grundutbildning för socialtjänsten.');
    await page.getByLabel(sv['trainings.audience.municipality'], { exact: true }).check();
    await page.getByLabel(sv['trainings.field.place'], { exact: true }).fill('Länsstyrelsen, Göteborg');
    await page.getByLabel(sv['trainings.field.startDate'], { exact: true }).fill(dateIn(10));
    await page.getByLabel(sv['trainings.field.region'], { exact: true }).selectOption('vast');
    await page.getByLabel(sv['trainings.field.capacity'], { exact: true }).fill('1');
    await page.getByLabel(sv['trainings.field.deadline'], { exact: true }).fill(dateIn(5));
    await page.getByLabel(sv['trainings.field.publish'], { exact: true }).check();
    await page.getByRole('button', { name: sv['trainings.create'] }).click();

    await page.getByRole('heading', { level: 1, name: 'Människohandel: att känna igen tecknen' }).waitFor();
    await page.getByText(sv['trainings.registrations.empty']).waitFor();
    await checkA11y(page, 'training event, no registrations');
    const eventPath = new URL(page.url()).pathname;
    const trainingId = eventPath.split('/').at(-1)!;

    // A visitor without an account.
    await e2e.browser.context.clearCookies();
    await serveRegistrationTokenFromAMinuteAgo(page);
    await page.goto(e2e.url('/training-events'));
    await page.getByRole('heading', { level: 1, name: sv['trainings.public.title'] }).waitFor();
    await page.getByText(text(sv['trainings.public.seatsLeft'], { count: 1 })).waitFor();
    await checkA11y(page, 'public list of trainings');
    await page.getByRole('link', { name: 'Människohandel: att känna igen tecknen' }).click();
    await page.getByLabel(sv['trainings.register.name'], { exact: true }).waitFor();
    await checkA11y(page, 'public training with registration form');
    await page.getByLabel(sv['trainings.register.name'], { exact: true }).fill('Kim Kurator');
    await page.getByLabel(sv['trainings.register.email'], { exact: true }).fill('kim@kommun.example.se');
    await page.getByLabel(sv['trainings.register.organisation'], { exact: true }).fill('Elevhälsan, Göteborgs stad');
    await page.getByLabel(sv['trainings.audience.municipality'], { exact: true }).check();
    await page.getByLabel(sv['trainings.register.municipality'], { exact: true }).selectOption('1480');
    await page.getByLabel(sv['trainings.register.needs'], { exact: true }).fill('Vegetarisk kost');
    await page.getByRole('button', { name: sv['trainings.register.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: sv['trainings.receipt.title'] }).waitFor();
    await checkA11y(page, 'registration receipt');
    // The reference and the link come by e-mail: without SMTP here, read the queued message.
    const [queued] = await e2e.server.db.select().from(trainingEmails);
    const message = JSON.parse(testKeyring.decrypt(queued!.sealedMessage)) as { to: string; text: string };
    expect(message.to).toBe('kim@kommun.example.se');
    const reference = /UTB-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(message.text)![0];
    const link = /(\/training-events\/registration#token=[\w-]+)/.exec(message.text)![1]!;
    await page.goto(e2e.url(link));
    await page.getByText(sv['trainings.own.confirmed']).waitFor();
    await page.getByText(reference).waitFor();
    await checkA11y(page, 'own registration');

    // The trainer again: the registrant is there, and attendance is marked.
    await signInThroughForm(e2e, trainer.email, '**/trainings');
    await page.goto(e2e.url(`/trainings/${trainingId}`));
    await page.getByRole('cell', { name: /^Kim Kurator kim@kommun/ }).waitFor();
    await page.getByRole('button', { name: text(sv['trainings.attendance.mark'], { name: 'Kim Kurator' }) }).click();
    await page.getByText(text(sv['trainings.attendance.marked'], { name: 'Kim Kurator' })).waitFor();
    await page.getByText(text(sv['trainings.counts'], { taken: 1, capacity: 1, waiting: 0, attended: 1 })).waitFor();
    const byRegion = page.getByRole('table', { name: sv['trainings.counts.byRegion'] });
    await byRegion.getByRole('row', { name: `${sv['trainings.region.vast']} 1 0 1` }).waitFor();
    const byKind = page.getByRole('table', { name: sv['trainings.counts.byKind'] });
    await byKind.getByRole('row', { name: `${sv['trainings.audience.municipality']} 1 0 1` }).waitFor();
    await checkA11y(page, 'training event with attendance');
    expect(await page.getByRole('button', { name: text(sv['trainings.attendance.unmark'], { name: 'Kim Kurator' }) }).count()).toBe(1);

    // Signed in, the trainer registers themselves in the app (the one seat is taken: the waiting list), then cancels.
    await page.goto(e2e.url(`/training-events/${trainingId}`));
    await page.getByRole('heading', { level: 2, name: sv['trainings.self.heading'] }).waitFor();
    await checkA11y(page, 'public training, signed in');
    await page.getByRole('button', { name: sv['trainings.self.register'] }).click();
    await page.getByText(sv['trainings.self.registered']).waitFor();
    await page.getByText(/UTB-[A-Z2-9]{4}-[A-Z2-9]{4}/).waitFor();
    await page.getByRole('button', { name: sv['trainings.self.cancel'] }).click();
    await page.getByText(sv['trainings.self.cancelled']).waitFor();
    await page.getByRole('button', { name: sv['trainings.self.register'] }).waitFor();
  });
});
