/**
 * Issue 5 in the browser, its journey: a professional sends the public form about Gothenburg; it
 * lands in Polisregion Väst's queue and nowhere else; a Väst coordinator finds it from the
 * dashboard, claims it, logs advice and escalates it to a case, which links back to it. axe checks
 * each new state.
 */
import { describe, expect, it } from 'vitest';
import { buildUser } from '../support/factories.ts';
import { checkA11y, serveFormTokenFromAMinuteAgo, signInThroughForm, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

describe('method support, from the public form to a case (issue 5)', () => {
  it('a public submission reaches the right region, and its coordinator claims, advises and escalates it', async () => {
    const { page } = e2e;
    const db = e2e.server.db;
    const vast = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'vast', name: 'Vera Väst' });
    const stockholm = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'stockholm', name: 'Stina Stockholm' });

    // The public form, without an account.
    await serveFormTokenFromAMinuteAgo(page);
    await page.goto(e2e.url('/intake'));
    await page.getByLabel(sv['intake.requesterName']).fill('Kim Kurator');
    await page.getByLabel(sv['intake.requesterOrganisation']).fill('Elevhälsan, Göteborgs stad');
    await page.getByLabel(sv['intake.requesterPhone']).fill('031-123 45 67');
    await page.getByLabel(sv['intake.municipality']).selectOption('1480');
    await page.getByLabel(sv['intake.description']).fill('En elev berättar att hennes kusin arbetar på en restaurang utan lön och bor i källaren.');
    await page.getByLabel(sv['form.forced_labour']).check();
    await page.getByRole('group', { name: sv['intake.childInvolved'] }).getByLabel(sv['intake.child.unknown']).check();
    await page.getByLabel(sv['intake.urgency.normal']).check();
    await page.getByRole('button', { name: sv['intake.submit'] }).click();
    await page.getByRole('heading', { name: sv['intake.receivedTitle'] }).waitFor();
    const reference = (await page.locator('.intake-reference').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^MS-\d{4}-\d{6}$/);

    // Stockholm's coordinator does not see it.
    await signInThroughForm(e2e, stockholm.email);
    await page.goto(e2e.url('/consultations'));
    await page.getByRole('heading', { level: 1, name: sv['consultations.title'] }).waitFor();
    expect(await page.getByRole('link', { name: reference }).count()).toBe(0);
    // A signed-in professional's own request form.
    await page.goto(e2e.url('/consultations/new'));
    await page.getByRole('heading', { level: 1, name: sv['consultations.create.title'] }).waitFor();
    await checkA11y(page, 'new consultation form');
    await page.getByRole('button', { name: sv['header.signOut'] }).click();
    await page.waitForURL('**/sign-in');

    // Väst's coordinator: the dashboard counts it as new today and links to the list.
    await signInThroughForm(e2e, vast.email);
    await page.getByRole('link', { name: sv['dashboard.nav'], exact: true }).click();
    await page.waitForURL('**/dashboard');
    await checkA11y(page, 'dashboard');
    await page.goto(e2e.url('/consultations?newToday=true'));
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
    await page.getByText('utan lön och bor i källaren').waitFor();
    await checkA11y(page, 'consultation, new');

    await page.getByRole('button', { name: sv['consultations.claim'], exact: true }).click();
    await page.getByText(sv['consultations.claimed']).waitFor();

    await page.getByLabel(sv['consultations.advice.field']).fill('Kontakta socialtjänsten i Göteborg och polisen; erbjud tolk och skyddat boende.');
    await page.getByRole('button', { name: sv['consultations.advice.submit'] }).click();
    await page.getByText(sv['consultations.advice.done']).waitFor();
    await page.getByText('erbjud tolk och skyddat boende').waitFor();
    await checkA11y(page, 'consultation, claimed with advice');

    await page.getByLabel(sv['consultations.escalate.codeName']).fill('Kastanj');
    await page.getByRole('button', { name: sv['consultations.escalate.submit'] }).click();
    const escalated = page.getByText(new RegExp(text(sv['consultations.escalate.done'], { reference: 'NMT-\\d{4}-\\d{6}' })));
    await escalated.waitFor();
    const caseReference = (await escalated.textContent())!.match(/NMT-\d{4}-\d{6}/)![0];

    // The case, led by the coordinator, links back to the consultation.
    await page.getByRole('link', { name: caseReference }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: reference }).waitFor();
    await page.getByText('Vera Väst').first().waitFor();
    await checkA11y(page, 'case escalated from a consultation');
  });
});
