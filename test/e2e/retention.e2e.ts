/**
 * Issue 13, retention in the browser: a system administrator sees the periods with their
 * defaults, sets one (after a refused value), places a legal hold on a case by its reference and
 * lifts it with the keyboard. axe runs on the page in each state.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { buildUser, createCaseAs, signInAs } from '../support/factories.ts';
import { checkA11y, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

async function signInBrowserAs(user: { email: string }): Promise<void> {
  const cookie = await signInAs(e2e.server.app, user);
  const [name, value] = cookie.split('=') as [string, string];
  await e2e.browser.context.addCookies([{ name, value, url: e2e.server.baseUrl, httpOnly: true, sameSite: 'Strict' }]);
}

const yearsField = (page: Page, type: string) => page.getByLabel(text(sv['retention.yearsLabel'], { type: sv[`retention.type.${type}` as keyof typeof sv] }), { exact: true });

describe('retention (issue 13)', () => {
  it('a system administrator sets a period and places and lifts a legal hold', async () => {
    const { page } = e2e;
    const coordinator = await buildUser(e2e.server.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
    const theCase = await createCaseAs(e2e.server.app, await signInAs(e2e.server.app, coordinator));
    await signInBrowserAs(await buildUser(e2e.server.db, { roles: ['system_admin'] }));

    await page.goto(e2e.url('/admin'));
    await page.getByRole('link', { name: sv['retention.link'] }).click();
    await page.getByRole('heading', { level: 1, name: sv['retention.title'] }).waitFor();
    await page.getByText(text(sv['retention.yearsHint'], { years: 10 })).first().waitFor();
    await checkA11y(page, 'retention');

    await yearsField(page, 'call').fill('0');
    await page.getByRole('button', { name: sv['retention.save'] }).click();
    await page.locator('.error-summary').getByText(text(sv['retention.yearsInvalid'], { min: 1, max: 100 })).waitFor();
    await checkA11y(page, 'retention: refused period');
    await yearsField(page, 'call').fill('3');
    await page.getByRole('button', { name: sv['retention.save'] }).click();
    await page.getByText(sv['retention.saved']).waitFor();

    await page.getByLabel(sv['retention.caseReference'], { exact: true }).fill(theCase.reference);
    await page.getByLabel(sv['retention.reason'], { exact: true }).fill('Åklagarens beslut 2026-11-02');
    await page.getByRole('button', { name: sv['retention.place'] }).click();
    await page.getByText(text(sv['retention.placed'], { reference: theCase.reference })).waitFor();
    await checkA11y(page, 'retention: a hold');

    const lift = page.getByRole('button', { name: text(sv['retention.lift'], { reference: theCase.reference }) });
    await lift.focus();
    await page.keyboard.press('Enter');
    await page.getByText(text(sv['retention.liftedNotice'], { reference: theCase.reference })).waitFor();
  });
});
