/**
 * Issue 11 part 3 in the browser: a case member refers the person to the return programme from
 * the case, NMT approves and hands it to IOM, the IOM officer records the journey, the arrival,
 * the reintegration plan and, once reminded on its due date, the 3-month follow-up. axe checks each page on the way.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { runReminderTick } from '../../src/server/modules/notifications/reminders.service.ts';
import { milestonesAfterArrival } from '../../src/server/modules/returns/return-rules.ts';
import { stockholmDate } from '../../src/shared/working-days.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs } from '../support/factories.ts';
import { noonOn } from '../support/deadlines.ts';
import { checkA11y, signInThroughForm, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: sv['header.signOut'] }).click();
  await page.waitForURL('**/sign-in');
}

describe('the IOM return programme (issue 11)', () => {
  it('refer from the case → NMT approves and assigns IOM → arrival → follow-up', async () => {
    const { page } = e2e;
    const db = e2e.server.db;
    const today = stockholmDate(new Date());
    const lead = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
    const agency = await buildOrganisation(db, { type: 'national_agency', regionCode: null });
    const nmt = await buildUser(db, { roles: ['national_coordinator'], organisationId: agency });
    const iom = await buildOrganisation(db, { type: 'iom', regionCode: null, name: 'IOM Sverige' });
    const officer = await buildUser(db, { roles: ['return_officer'], organisationId: iom });
    const created = await createCaseAs(e2e.server.app, await signInAs(e2e.server.app, lead), { person: { codeName: 'Näckros', isChild: false } });

    // The lead coordinator refers the person from the case page.
    await signInThroughForm(e2e, lead.email);
    await page.goto(e2e.url(`/cases/${created.id}`));
    const panel = page.locator('section', { has: page.getByRole('heading', { name: sv['returns.heading'] }) });
    await panel.getByText(sv['returns.none']).waitFor();
    await panel.getByLabel(sv['returns.field.countryCode']).selectOption('RO');
    await panel.getByLabel(sv['returns.field.reasons']).fill('Vill återförenas med sin familj.');
    await panel.getByLabel(sv['returns.field.travelDocumentStatus']).selectOption('expired_passport');
    await panel.getByLabel(sv['returns.field.consentGiven']).check();
    await checkA11y(page, 'case page with the referral form');
    await panel.getByRole('button', { name: sv['returns.refer.submit'] }).click();
    await panel.getByText(sv['returns.refer.done']).waitFor();
    await panel.getByText(sv['returns.status.submitted'], { exact: true }).first().waitFor();
    await signOut(page);

    // NMT decides and hands it to IOM, from the national list.
    await signInThroughForm(e2e, nmt.email);
    await page.getByRole('link', { name: sv['returns.nav'], exact: true }).click();
    await page.getByRole('heading', { level: 1, name: sv['returns.list.title'] }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Näckros' }).waitFor();
    await checkA11y(page, 'NMT list of the return programme');
    await page.getByRole('link', { name: 'Näckros' }).click();
    await page.getByRole('heading', { level: 1, name: sv['returns.page.title'] }).waitFor();
    await page.getByRole('group', { name: sv['returns.field.decision'] }).getByLabel(sv['returns.decide.approve']).check();
    await checkA11y(page, 'referral with the decision form');
    await page.getByRole('button', { name: sv['returns.decide.submit'] }).click();
    await page.getByText(sv['returns.decide.done']).waitFor();
    await page.getByLabel(sv['returns.field.organisationId'], { exact: true }).selectOption({ label: 'IOM Sverige' });
    await page.getByRole('button', { name: sv['returns.assign.submit'] }).click();
    await page.getByText(sv['returns.assign.done']).waitFor();
    await signOut(page);

    // The IOM officer sees the referral only, and records the journey, arrival, plan and follow-up.
    await signInThroughForm(e2e, officer.email, '**/returns');
    await page.getByRole('link', { name: 'Näckros' }).click();
    await page.getByRole('heading', { level: 1, name: sv['returns.page.title'] }).waitFor();
    await checkA11y(page, 'the referral as IOM sees it');
    await page.getByLabel(sv['returns.field.journeyOn'], { exact: true }).fill(today);
    await page.getByRole('button', { name: sv['returns.journey.submit'] }).click();
    await page.getByText(sv['returns.journey.done']).waitFor();
    await page.getByLabel(sv['returns.field.arrivedOn'], { exact: true }).fill(today);
    await page.getByRole('button', { name: sv['returns.arrival.submit'] }).click();
    await page.getByText(sv['returns.arrival.done']).waitFor();
    await page.getByRole('table', { name: sv['returns.milestones.caption'] }).waitFor();
    await page.getByLabel(sv['returns.field.summary'], { exact: true }).fill('Yrkesutbildning och stöd till boende.');
    await page.getByRole('button', { name: sv['returns.plan.submit'] }).click();
    await page.getByText(sv['returns.plan.done']).waitFor();

    // The day the 3-month follow-up falls due, the reminder tick tells the IOM officer.
    const returnPage = page.url();
    const followUp3 = milestonesAfterArrival(today).find((m) => m.kind === 'follow_up_3')!;
    await runReminderTick(db, noonOn(followUp3.dueOn));
    await page.goto(e2e.url('/notifications'));
    const [year, month, day] = followUp3.dueOn.split('-').map(Number) as [number, number, number];
    const dueText = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
    await page.getByText(text(sv['returns.notification.return_follow_up_due'], { subject: 'IOM Sverige', date: dueText })).waitFor();
    await checkA11y(page, 'the follow-up reminder in the notifications');
    await page.goto(returnPage);
    await page.getByRole('heading', { level: 1, name: sv['returns.page.title'] }).waitFor();
    for (const area of ['housing', 'income', 'health', 'safety', 'socialNetwork'] as const) {
      await page.getByRole('group', { name: sv[`returns.field.${area}`] }).getByLabel('4', { exact: true }).check();
    }
    await checkA11y(page, 'the follow-up form');
    await page.getByRole('button', { name: sv['returns.followUp.submit'] }).click();
    await page.getByText(sv['returns.followUp.done']).waitFor();
    await page.getByRole('row').filter({ hasText: sv['returns.milestone.follow_up_3'] }).getByText(sv['deadlines.status.done']).waitFor();
    await checkA11y(page, 'the referral after the follow-up');
  });
});
