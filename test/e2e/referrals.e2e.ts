/**
 * Issue 11 in the browser: a coordinator refers a case to a shelter organisation, a member of that
 * organisation accepts it in the "Inkommande remisser" queue and then sees the case; a flag raised
 * on the case shows in the case list; the case is then transferred to another coordinating
 * organisation, whose regional coordinator accepts and leads it. axe checks each state.
 */
import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildUser, createCaseAs, signInAs } from '../support/factories.ts';
import { checkA11y, signInThroughForm, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

describe('referrals between organisations (issue 11)', () => {
  it('refer, accept in the other organisation, a flag in the case list, and a transfer', async () => {
    const { page } = e2e;
    const db = e2e.server.db;
    const coordinator = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'stockholm', name: 'Stina Samordnare' });
    const shelter = await buildOrganisation(db, { name: 'Skyddat boende Ideell', type: 'ngo', regionCode: 'stockholm' });
    const worker = await buildUser(db, { roles: ['case_worker'], organisationId: shelter, name: 'Sara Boende' });
    const created = await createCaseAs(e2e.server.app, await signInAs(e2e.server.app, coordinator), { person: { codeName: 'Linnea', isChild: false } });

    await signInThroughForm(e2e, coordinator.email);
    await page.goto(`${e2e.server.baseUrl}/cases/${created.id}`);
    await page.getByRole('heading', { name: sv['referrals.panelTitle'] }).waitFor();
    // The referral form (the transfer form below has fields of the same names).
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: sv['referrals.new'] }) });
    await form.getByLabel(sv['referrals.organisation']).selectOption({ label: 'Skyddat boende Ideell' });
    await form.getByLabel(sv['referrals.need']).selectOption({ label: sv['referrals.need.shelter'] });
    await form.getByLabel(sv['referrals.message'], { exact: true }).fill('Behöver skyddat boende från i kväll.');
    await checkA11y(page, 'case page with the referral form');
    await form.getByRole('button', { name: sv['referrals.send'] }).click();
    await page.getByText(sv['referrals.sent']).waitFor();
    await page.getByText(sv['referrals.status.pending']).waitFor();

    // A flag on the case.
    await page.getByLabel(sv['flags.kind'], { exact: true }).selectOption({ label: sv['flags.kind.risk_to_staff'] });
    await page.getByLabel(sv['flags.dueOn']).fill('2026-03-29');
    await page.getByRole('button', { name: sv['flags.raise'] }).click();
    await page.locator('.case-flag').getByText(sv['flags.kind.risk_to_staff'], { exact: true }).waitFor();
    await checkA11y(page, 'case page with a referral and a flag');
    await page.getByRole('button', { name: sv['header.signOut'] }).click();
    await page.waitForURL('**/sign-in');

    // The receiving organisation's queue: accept.
    await signInThroughForm(e2e, worker.email);
    // The nav counts what waits, as part of the link's name, and the count goes with the answer
    // (Chromium puts a space after the visually hidden words, before the parenthesis).
    await page.getByRole('link', { name: new RegExp(`^${sv['nav.referrals']} \\(1\\s*${sv['nav.referralsWaiting']}\\s*\\)$`) }).click();
    await page.getByRole('heading', { level: 1, name: sv['referrals.title'] }).waitFor();
    await page.getByText(text(sv['referrals.case'], { reference: created.reference })).waitFor();
    await checkA11y(page, 'incoming referrals');
    await page.getByRole('button', { name: sv['referrals.accept'] }).click();
    await page.getByText(sv['referrals.accepted']).waitFor();
    await page.getByText(sv['referrals.empty']).waitFor();
    await page.getByRole('link', { name: sv['nav.referrals'], exact: true }).waitFor();

    // Now on the team: the case shows in the list, with its flag.
    await page.getByRole('link', { name: sv['nav.cases'], exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: created.reference });
    await row.getByText(sv['flags.kind.risk_to_staff'], { exact: true }).waitFor();
    await checkA11y(page, 'case list with a flag');
    await page.getByRole('button', { name: sv['header.signOut'] }).click();
    await page.waitForURL('**/sign-in');

    // The lead coordinator transfers the case to another coordinating organisation in the region.
    const solna = await buildOrganisation(db, { name: 'Solna stad, socialtjänsten', type: 'municipality', regionCode: 'stockholm' });
    const receiver = await buildUser(db, { roles: ['regional_coordinator'], organisationId: solna, name: 'Rolf Mottagare' });
    await signInThroughForm(e2e, coordinator.email);
    await page.goto(`${e2e.server.baseUrl}/cases/${created.id}`);
    const transfer = page.locator('form').filter({ has: page.getByRole('heading', { name: sv['referrals.newTransfer'] }) });
    await transfer.getByLabel(sv['referrals.organisation']).selectOption({ label: 'Solna stad, socialtjänsten' });
    await transfer.getByLabel(sv['referrals.message'], { exact: true }).fill('Personen har flyttat till Solna.');
    await transfer.getByRole('button', { name: sv['referrals.send'] }).click();
    await page.getByText(sv['referrals.status.pending']).waitFor();
    await checkA11y(page, 'case page with a pending transfer');
    await page.getByRole('button', { name: sv['header.signOut'] }).click();
    await page.waitForURL('**/sign-in');

    // Its regional coordinator accepts: the case is theirs now, and the case page says so.
    await signInThroughForm(e2e, receiver.email);
    await page.getByRole('link', { name: sv['nav.referrals'] }).click();
    await page.getByText(text(sv['referrals.case'], { reference: created.reference })).waitFor();
    await page.getByText(sv['referrals.kind.transfer']).first().waitFor();
    await page.getByRole('button', { name: sv['referrals.accept'] }).click();
    await page.getByText(sv['referrals.transferAccepted']).waitFor();
    await page.getByText(sv['referrals.empty']).waitFor();
    await page.goto(`${e2e.server.baseUrl}/cases/${created.id}`);
    const lead = page.locator('dt').getByText(sv['caseView.lead'], { exact: true }).locator('xpath=following-sibling::dd[1]');
    expect(await lead.textContent()).toBe('Rolf Mottagare');
    await page.getByText(sv['referrals.status.accepted']).first().waitFor();
    await checkA11y(page, 'the transferred case as its new lead sees it');
  });
});
