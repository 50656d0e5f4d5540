/**
 * Issue 4 in the browser, the case itself: the new-case form with the person and the indicators,
 * search and filters on the list, editing the summary, linked cases, break the glass with a
 * re-authentication, and the auditors' review. axe checks each state.
 */
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cases, organisations, users } from '../../src/server/db/schema/index.ts';
import { currentTotp } from '../../src/server/platform/totp.ts';
import { ageSignIn, insertJournalEntry } from '../support/casework.ts';
import { buildUser, createCaseAs, signInAs, testPassword, testTotpSecret, type TestUser } from '../support/factories.ts';
import { checkA11y, signInThroughForm, sv, text, useE2e } from './support.ts';

const e2e = useE2e();
const caseUrlPattern = /\/cases\/[0-9a-f-]{36}$/;

function heading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

describe('the case itself (issue 4)', () => {
  it('a coordinator opens a case with person and indicators, edits it, links it, and finds it by searching', async () => {
    const { page } = e2e;
    const db = e2e.server.db;
    const coordinator = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'stockholm', name: 'Stina Stockholm' });
    await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'stockholm', name: 'Anna Annan', organisationId: coordinator.organisationId });
    await signInThroughForm(e2e, coordinator.email);

    // New case with the person's details and indicators.
    await page.getByRole('link', { name: sv['caseList.new'] }).click();
    await heading(page, sv['caseNew.title']).waitFor();
    await page.getByLabel(sv['caseNew.municipality']).selectOption({ label: 'Solna' });
    await page.getByLabel(sv['form.forced_labour']).check();
    await page.getByLabel(sv['caseNew.codeName']).fill('Vallmo');
    await page.getByRole('group', { name: sv['caseNew.isChild'] }).getByLabel(sv['form.no']).check();
    await page.getByLabel(sv['caseNew.birthYear']).fill('1999');
    await page.getByLabel(sv['caseNew.countryToAdd']).selectOption('RO');
    await page.getByRole('button', { name: sv['caseNew.addCountry'] }).click();
    await page.getByLabel(sv['indicator.debt_bondage']).check();
    await page.getByLabel(sv['indicator.withheld_pay']).check();
    await checkA11y(page, 'new case with person and indicators');
    await page.getByRole('button', { name: sv['caseNew.submit'] }).click();
    await page.waitForURL(caseUrlPattern);
    const caseId = page.url().split('/').pop()!;
    const main = page.locator('main');
    await main.getByText(sv['indicator.debt_bondage'], { exact: true }).waitFor();
    await main.getByText(sv['indicator.withheld_pay'], { exact: true }).waitFor();
    await checkA11y(page, 'case page with summary, links');

    // Edit: risk level and lead coordinator.
    await page.getByRole('button', { name: sv['caseView.edit'], exact: true }).click();
    await page.getByRole('heading', { name: sv['caseEdit.heading'] }).waitFor();
    await page.getByRole('group', { name: sv['caseEdit.riskLevel'] }).getByLabel(sv['risk.high']).check();
    await page.getByLabel(sv['caseEdit.lead']).selectOption({ label: `Anna Annan, ${await orgName(coordinator)}` });
    await checkA11y(page, 'case edit form');
    await page.getByRole('button', { name: sv['caseEdit.submit'] }).click();
    await page.getByText(sv['caseView.saved']).waitFor();
    await main.getByText('Anna Annan', { exact: true }).waitFor();
    await expect.poll(() => main.getByText(new RegExp(`^${sv['risk.high']} \\(`)).count()).toBe(1);

    // A stale edit: someone else changed the case meanwhile.
    await page.getByRole('button', { name: sv['caseView.edit'], exact: true }).click();
    await db.update(cases).set({ version: 99 }).where(eq(cases.id, caseId));
    await page.getByRole('group', { name: sv['caseEdit.riskLevel'] }).getByLabel(sv['risk.low']).check();
    await page.getByRole('button', { name: sv['caseEdit.submit'] }).click();
    await page.getByText(sv['caseView.stale']).waitFor();

    // Link another case, then remove the link.
    const cookie = await signInAs(e2e.server.app, coordinator);
    const other = await createCaseAs(e2e.server.app, cookie, { person: { codeName: 'Kornblixt', isChild: false } });
    await page.getByLabel(sv['caseLinks.reference']).fill(other.reference.toLowerCase());
    await page.getByLabel(sv['caseLinks.kind']).selectOption(sv['linkKind.same_investigation']);
    await page.getByRole('button', { name: sv['caseLinks.submit'] }).click();
    await page.getByText(text(sv['caseLinks.added'], { reference: other.reference })).waitFor();
    await page.getByRole('link', { name: other.reference }).waitFor();
    await checkA11y(page, 'case page with a link');
    await page.getByRole('button', { name: text(sv['caseLinks.removeLabel'], { reference: other.reference }) }).click();
    await page.getByText(text(sv['caseLinks.removed'], { reference: other.reference })).waitFor();
    await page.getByText(sv['caseLinks.empty']).waitFor();

    // Search: Swedish stemming, the snippet marked, the summary read out.
    await insertJournalEntry(db, caseId, { id: coordinator.id, organisationId: coordinator.organisationId }, 'Flickorna hade skulder till arbetsgivaren.');
    await page.getByRole('link', { name: sv['nav.cases'], exact: true }).click();
    await heading(page, sv['caseList.title']).waitFor();
    const search = page.getByRole('search', { name: sv['caseSearch.label'] });
    await search.getByLabel(sv['caseSearch.q']).fill('flicka skuld');
    await search.getByRole('button', { name: sv['caseSearch.submit'] }).click();
    await page.waitForURL(/\/cases\?q=flicka\+skuld$/);
    await page.getByRole('status').filter({ hasText: text(sv['caseList.searchTotal.one'], { count: 1, q: 'flicka skuld' }) }).waitFor();
    expect(await page.locator('.snippet mark').allTextContents()).toEqual(['Flickorna', 'skulder']);
    await checkA11y(page, 'case list with search results');

    // A filter that leaves nothing, kept in the address.
    await search.getByLabel(sv['caseSearch.child']).check();
    await search.getByRole('button', { name: sv['caseSearch.submit'] }).click();
    await page.waitForURL(/isChild=true/);
    await page.getByText(sv['caseList.noMatches']).waitFor();
    await page.getByRole('link', { name: sv['caseSearch.clear'] }).click();
    await page.waitForURL(/\/cases$/);
    expect(await search.getByLabel(sv['caseSearch.q']).inputValue()).toBe('');
  });

  it('a coordinator breaks the glass after confirming who they are; an auditor reviews it', async () => {
    const { page } = e2e;
    const db = e2e.server.db;
    const coordinator = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'stockholm', name: 'Sara Stockholm' });
    const vast = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'vast' });
    const auditor = await buildUser(db, { roles: ['auditor'], regionCode: null, name: 'Greta Granskare' });
    const vastCase = await createCaseAs(e2e.server.app, await signInAs(e2e.server.app, vast), { municipalityCode: '1480' });
    await signInThroughForm(e2e, coordinator.email);

    await page.getByRole('button', { name: sv['breakGlass.open'] }).click();
    const dialog = page.getByRole('dialog', { name: sv['breakGlass.title'] });
    await dialog.waitFor();
    await checkA11y(page, 'break-the-glass dialog');
    // Escape closes it and focus returns to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('break-glass-open');

    await page.getByRole('button', { name: sv['breakGlass.open'] }).click();
    await dialog.getByLabel(sv['breakGlass.reference']).fill(vastCase.reference);
    await dialog.getByLabel(sv['breakGlass.reason']).fill('Personen söker akut hjälp hos oss i Stockholm i kväll.');
    await ageSignIn(db, coordinator.id);
    await dialog.getByRole('button', { name: sv['breakGlass.submit'] }).click();
    await dialog.getByRole('heading', { name: sv['reauth.heading'] }).waitFor();
    await checkA11y(page, 'break-the-glass re-authentication');
    await dialog.getByLabel(sv['signIn.password']).fill(testPassword);
    await db.update(users).set({ totpLastStep: null }).where(eq(users.id, coordinator.id));
    await dialog.getByLabel(sv['invitation.code']).fill(await currentTotp(testTotpSecret));
    await dialog.getByRole('button', { name: sv['reauth.submit'] }).click();

    await page.waitForURL(`**/cases/${vastCase.id}`);
    await page.locator('.notice--warning').filter({ hasText: sv['caseView.breakGlassBanner'].split('{time}')[0]! }).waitFor();
    await checkA11y(page, 'case opened by breaking the glass');
    await page.getByRole('button', { name: sv['header.signOut'] }).click();
    await page.waitForURL('**/sign-in');

    await signInThroughForm(e2e, auditor.email, '**/audit/break-glass');
    await heading(page, sv['breakGlassReview.title']).waitFor();
    const row = page.getByRole('row').filter({ hasText: vastCase.reference });
    await row.getByText('Sara Stockholm').waitFor();
    await row.getByText('Personen söker akut hjälp hos oss i Stockholm i kväll.').waitFor();
    await page.getByRole('link', { name: sv['nav.breakGlassReview'] }).waitFor();
    await checkA11y(page, 'break-the-glass review');
  });
});

async function orgName(user: TestUser): Promise<string> {
  const [row] = await e2e.server.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, user.organisationId));
  return row!.name;
}
