/**
 * Everything in issue 2 can be done with the keyboard alone (WCAG 2.1.1), with the focus always
 * visible (2.4.7) and a skip link as the first stop (2.4.1). Only page.keyboard moves or clicks.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../src/server/db/schema/index.ts';
import { currentTotp } from '../../src/server/platform/totp.ts';
import { buildUser, testPassword, testTotpSecret } from '../support/factories.ts';
import { checkA11y, type FocusedElement, focusedElement, sv, tabTo, useE2e } from './support.ts';

const e2e = useE2e();

async function expectFocus(page: Page, what: string, matches: (focused: FocusedElement) => boolean): Promise<FocusedElement> {
  const focused = await focusedElement(page);
  expect(focused && matches(focused), `focus should be on ${what}, is on ${JSON.stringify(focused)}`).toBe(true);
  expect(focused!.focusVisible, `the focus on ${what} should be visible`).toBe(true);
  return focused!;
}

/** Signs in from the sign-in page with the keyboard alone: e-mail, password, then the code. */
async function signInWithKeyboard(page: Page, email: string): Promise<void> {
  await tabTo(page, (f) => f.id === 'email');
  await expectFocus(page, 'the e-mail field', (f) => f.id === 'email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expectFocus(page, 'the password field', (f) => f.id === 'password');
  await page.keyboard.type(testPassword);
  await page.keyboard.press('Tab');
  await expectFocus(page, 'the sign-in button', (f) => f.tag === 'button' && f.text === sv['signIn.submit']);
  await page.keyboard.press('Enter');

  // The second step: focus lands on the code field; type the code and press Enter.
  await page.getByLabel(sv['signIn.code']).waitFor();
  await expect.poll(async () => (await focusedElement(page))?.id).toBe('code');
  await e2e.server.db.update(users).set({ totpLastStep: null }).where(eq(users.email, email));
  await page.keyboard.type(await currentTotp(testTotpSecret));
  await page.keyboard.press('Enter');
}

describe('keyboard only', () => {
  it('the accessibility check every page goes through fails on a violation', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/sign-in'));
    await checkA11y(page);
    // An image without a text alternative, added the way a faulty component would render it.
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' })));
    await expect(checkA11y(page)).rejects.toThrow(/image-alt/);
  });

  it('the skip link is the first Tab stop and moves focus to the main content', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/sign-in'));
    await page.getByRole('heading', { level: 1, name: sv['signIn.title'] }).waitFor();

    await page.keyboard.press('Tab');
    await expectFocus(page, 'the skip link', (f) => f.tag === 'a' && f.text === sv['app.skipLink']);
    // Shown on screen while focused, not only in the accessibility tree.
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedElement(page))?.id).toBe('main');
    // The next Tab continues inside main, past the header.
    await page.keyboard.press('Tab');
    await expectFocus(page, 'the e-mail field', (f) => f.id === 'email');
  });

  it('signs in and opens a case without a mouse', async () => {
    const { page } = e2e;
    const user = await buildUser(e2e.server.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
    const codeName = 'Tussilago';

    await page.goto(e2e.url('/sign-in'));
    await page.getByRole('heading', { level: 1, name: sv['signIn.title'] }).waitFor();

    // Sign in.
    await signInWithKeyboard(page, user.email);

    // The case list; its heading takes focus after the navigation.
    await page.waitForURL('**/cases');
    const newCase = page.getByRole('link', { name: sv['caseList.new'] });
    await newCase.waitFor();
    await expect.poll(async () => (await focusedElement(page))?.text).toBe(sv['caseList.title']);
    await tabTo(page, (f) => f.tag === 'a' && f.text === sv['caseList.new']);
    await expectFocus(page, 'the new case link', (f) => f.text === sv['caseList.new']);
    await page.keyboard.press('Enter');

    // The form. Submitting it empty moves focus to the error summary.
    await page.waitForURL('**/cases/new');
    await page.getByLabel(sv['caseNew.municipality']).waitFor();
    await expect.poll(async () => (await focusedElement(page))?.text).toBe(sv['caseNew.title']);
    // Past the person's details and the indicator checklist.
    await tabTo(page, (f) => f.tag === 'button' && f.text === sv['caseNew.submit'], { max: 80 });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedElement(page))?.text).toContain(sv['form.errorSummaryTitle']);
    // The summary's first link leads to the municipality field.
    await page.keyboard.press('Tab');
    await expectFocus(page, 'the first error link', (f) => f.text === sv['caseNew.errors.municipality']);
    await page.keyboard.press('Enter');
    await expectFocus(page, 'the municipality field', (f) => f.id === 'municipality');

    // Type-ahead in the closed select chooses the municipality.
    await page.keyboard.type('Solna');
    await expect.poll(() => page.getByLabel(sv['caseNew.municipality']).inputValue()).toBe('0184');

    // The first form of exploitation, checked with Space.
    await page.keyboard.press('Tab');
    await expectFocus(page, 'the first checkbox', (f) => f.label === sv['form.sexual_purposes']);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByLabel(sv['form.sexual_purposes']).isChecked()).toBe(true);

    // On to the code name, one box too far, and back with Shift+Tab.
    await tabTo(page, (f) => f.id === 'code-name');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page, 'the code name field', (f) => f.id === 'code-name');
    await page.keyboard.type(codeName);

    // The child question: Tab reaches the group, the arrow keys choose.
    await page.keyboard.press('Tab');
    await expectFocus(page, 'the first child answer', (f) => f.type === 'radio');
    await page.keyboard.press('ArrowRight');
    await expectFocus(page, 'the answer no', (f) => f.label === sv['form.no']);
    const isChild = page.getByRole('group', { name: sv['caseNew.isChild'] });
    await expect.poll(() => isChild.getByLabel(sv['form.no']).isChecked()).toBe(true);

    // On past the optional details and the indicators to the submit button.
    await tabTo(page, (f) => f.tag === 'button' && f.text === sv['caseNew.submit'], { max: 80 });
    await page.keyboard.press('Enter');

    // The new case's page, its heading focused.
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect.poll(async () => (await focusedElement(page))?.text).toMatch(/NMT-\d{4}-\d{6}/);
    await page.locator('main').getByText(codeName, { exact: true }).waitFor();

    // Back to the list with the keyboard: the link before the heading.
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page, 'the back link', (f) => f.text === sv['caseView.backToList']);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cases');
    await page.getByRole('cell', { name: codeName }).waitFor();
  });

  it('manages the account without a mouse: new recovery codes and a new password', async () => {
    const { page } = e2e;
    const user = await buildUser(e2e.server.db, { roles: ['case_worker'], regionCode: 'syd' });

    await page.goto(e2e.url('/sign-in'));
    await page.getByRole('heading', { level: 1, name: sv['signIn.title'] }).waitFor();
    await signInWithKeyboard(page, user.email);
    await page.waitForURL('**/cases');

    // To "Mitt konto" in the header.
    await tabTo(page, (f) => f.tag === 'a' && f.text === sv['header.account'], { backwards: true });
    await expectFocus(page, 'the account link', (f) => f.text === sv['header.account']);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/account');
    await page.getByRole('heading', { level: 1, name: sv['account.title'] }).waitFor();

    // New recovery codes: just signed in, so no re-authentication is asked for.
    await tabTo(page, (f) => f.tag === 'button' && f.text === sv['account.newRecoveryCodes']);
    await expectFocus(page, 'the recovery codes button', (f) => f.text === sv['account.newRecoveryCodes']);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: sv['recovery.heading'] }).waitFor();

    // A new password, typed and submitted from the keyboard.
    await tabTo(page, (f) => f.id === 'newPassword', { backwards: true, max: 60 });
    await expectFocus(page, 'the new password field', (f) => f.id === 'newPassword');
    await page.keyboard.type('a quiet river under birches');
    await page.keyboard.press('Tab');
    await expectFocus(page, 'the confirmation field', (f) => f.id === 'newPasswordConfirmation');
    await page.keyboard.type('a quiet river under birches');
    await tabTo(page, (f) => f.tag === 'button' && f.text === sv['account.changePassword']);
    await page.keyboard.press('Enter');
    await page.getByText(sv['account.passwordChanged']).waitFor();
  });
});
