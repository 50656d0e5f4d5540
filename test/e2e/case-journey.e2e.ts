/**
 * Issue 2 in the browser: a regional coordinator signs in, opens a case and finds it in the
 * list; a coordinator of another region sees nothing of it, not even by its address.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildUser, testPassword } from '../support/factories.ts';
import { checkA11y, en, enterSignInCode, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

const referencePattern = /NMT-\d{4}-\d{6}/;
const caseUrlPattern = /\/cases\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function heading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(e2e.url('/'));
  await page.waitForURL('**/sign-in');
  await heading(page, sv['signIn.title']).waitFor();
  await page.getByLabel(sv['signIn.email']).fill(email);
  await page.getByLabel(sv['signIn.password']).fill(testPassword);
  await page.getByRole('button', { name: sv['signIn.submit'] }).click();
  await enterSignInCode(page, e2e.server.db, email);
  await page.waitForURL('**/cases');
  await heading(page, sv['caseList.title']).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: sv['header.signOut'] }).click();
  await page.waitForURL('**/sign-in');
  await heading(page, sv['signIn.title']).waitFor();
  await page.getByText(sv['signIn.signedOut']).waitFor();
}

describe('opening a case (issue 2)', () => {
  it('a coordinator opens a case in their region; a coordinator of another region cannot see it', async () => {
    const { page } = e2e;
    const stockholm = await buildUser(e2e.server.db, {
      roles: ['regional_coordinator'],
      regionCode: 'stockholm',
      name: 'Stina Stockholm',
    });
    const vast = await buildUser(e2e.server.db, { roles: ['regional_coordinator'], regionCode: 'vast', name: 'Vera Väst' });
    const codeName = 'Blåklocka';

    // Sign-in page, as a visitor sees it first.
    await page.goto(e2e.url('/sign-in'));
    await heading(page, sv['signIn.title']).waitFor();
    expect(await page.title()).toBe(`${sv['signIn.title']} – ${sv['app.titleSuffix']}`);
    expect(await page.getByRole('note', { name: sv['app.demoBannerLabel'] }).count()).toBe(0);
    await checkA11y(page, 'sign-in');

    await page.getByLabel(sv['signIn.email']).fill(stockholm.email);
    await page.getByLabel(sv['signIn.password']).fill(testPassword);
    await page.getByRole('button', { name: sv['signIn.submit'] }).click();
    // The second step: a code from the authenticator app.
    await page.getByLabel(sv['signIn.code']).waitFor();
    expect(await page.getByLabel(sv['signIn.code']).getAttribute('autocomplete')).toBe('one-time-code');
    await checkA11y(page, 'sign-in second factor');
    await enterSignInCode(page, e2e.server.db, stockholm.email);

    // The case list, empty so far.
    await page.waitForURL('**/cases');
    await heading(page, sv['caseList.title']).waitFor();
    await page.getByText(sv['caseList.empty']).waitFor();
    await expect.poll(() => page.locator('.site-header__user-name').textContent()).toBe('Stina Stockholm');
    await checkA11y(page, 'case list (empty)');

    // New case: first with the code name missing.
    await page.getByRole('link', { name: sv['caseList.new'] }).click();
    await page.waitForURL('**/cases/new');
    await heading(page, sv['caseNew.title']).waitFor();
    const municipality = page.getByLabel(sv['caseNew.municipality']);
    await municipality.selectOption({ label: 'Solna' });
    const region = text(sv['region.label'], { name: 'Stockholm' });
    await page.getByText(text(sv['caseNew.routesTo'], { region, county: 'Stockholms län' })).waitFor();
    await page.getByLabel(sv['form.sexual_purposes']).check();
    await page.getByRole('group', { name: sv['caseNew.isChild'] }).getByLabel(sv['form.no']).check();
    await page.getByRole('button', { name: sv['caseNew.submit'] }).click();

    const summary = page.locator('.error-summary');
    await summary.getByRole('heading', { name: sv['form.errorSummaryTitle'] }).waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').allTextContents()).toEqual([sv['caseNew.errors.codeNameRequired']]);
    const codeNameInput = page.getByLabel(sv['caseNew.codeName']);
    expect(await codeNameInput.getAttribute('aria-invalid')).toBe('true');
    const fieldError = page.locator('#code-name-error');
    expect(await fieldError.textContent()).toBe(`${sv['form.errorPrefix']} ${sv['caseNew.errors.codeNameRequired']}`);
    expect(await codeNameInput.getAttribute('aria-describedby')).toContain('code-name-error');
    // The other answers are kept.
    expect(await municipality.inputValue()).toBe('0184');
    await checkA11y(page, 'new case with errors');

    // The summary's link leads to the field.
    await summary.getByRole('link', { name: sv['caseNew.errors.codeNameRequired'] }).click();
    await expect.poll(() => codeNameInput.evaluate((el) => el === document.activeElement)).toBe(true);

    await codeNameInput.fill(codeName);
    await page.getByRole('button', { name: sv['caseNew.submit'] }).click();

    // The case page, with its reference number.
    await page.waitForURL(caseUrlPattern);
    const caseUrl = page.url();
    const caseHeading = heading(page, new RegExp(`^${text(sv['caseView.title'], { reference: referencePattern.source })}$`));
    await caseHeading.waitFor();
    const reference = referencePattern.exec((await caseHeading.textContent()) ?? '')?.[0];
    expect(reference).toMatch(/^NMT-\d{4}-\d{6}$/);
    await page.getByText(sv['caseView.created']).waitFor();
    const details = page.locator('main');
    await details.getByText(codeName, { exact: true }).waitFor();
    await details.getByText('Solna', { exact: true }).waitFor();
    await checkA11y(page, 'case page');

    // Back in the list, the case is there.
    await page.getByRole('link', { name: sv['caseView.backToList'] }).click();
    await page.waitForURL('**/cases');
    await heading(page, sv['caseList.title']).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: reference! }) });
    await row.getByText(codeName, { exact: true }).waitFor();
    await page.getByText(text(sv['caseList.total.one'], { count: 1 })).waitFor();
    await checkA11y(page, 'case list');

    // The same list in English, then back to Swedish.
    await page.getByRole('button', { name: sv['lang.switchLabel'] }).click();
    await heading(page, en['caseList.title']).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: en['caseList.new'] }).waitFor();
    await page.getByRole('link', { name: reference! }).waitFor();
    await checkA11y(page, 'case list in English');
    await page.getByRole('button', { name: en['lang.switchLabel'] }).click();
    await heading(page, sv['caseList.title']).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');

    await signOut(page);

    // A coordinator of region Väst sees nothing of the case.
    await signIn(page, vast.email);
    await page.getByText(sv['caseList.empty']).waitFor();
    expect(await page.getByText(reference!).count()).toBe(0);
    expect(await page.getByText(codeName).count()).toBe(0);

    await page.goto(caseUrl);
    await heading(page, sv['caseView.notFoundTitle']).waitFor();
    await page.getByText(sv['caseView.notFound']).waitFor();
    expect(await page.getByText(reference!).count()).toBe(0);
    expect(await page.getByText(codeName).count()).toBe(0);
    await checkA11y(page, 'case not found');
    await signOut(page);
  });

  it('sends a visitor who is not signed in to the sign-in page and back to the case list afterwards', async () => {
    const { page } = e2e;
    const user = await buildUser(e2e.server.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
    await page.goto(e2e.url('/cases/new'));
    await page.waitForURL(/\/sign-in\?next=%2Fcases%2Fnew$/);
    await page.getByLabel(sv['signIn.email']).fill(user.email);
    await page.getByLabel(sv['signIn.password']).fill(testPassword);
    await page.getByRole('button', { name: sv['signIn.submit'] }).click();
    await enterSignInCode(page, e2e.server.db, user.email);
    await page.waitForURL('**/cases/new');
    await heading(page, sv['caseNew.title']).waitFor();
  });

  it('shows a page for an address that does not exist', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/no-such-page'));
    await heading(page, sv['notFound.title']).waitFor();
    await checkA11y(page, 'page not found');
  });
});
