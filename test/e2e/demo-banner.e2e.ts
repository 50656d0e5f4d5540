/** In demo mode every page says so, so nobody takes the fictional data for real cases. */
import { describe, expect, it } from 'vitest';
import { buildUser, testPassword } from '../support/factories.ts';
import { checkA11y, enterSignInCode, sv, useE2e } from './support.ts';

const e2e = useE2e({ demo: true });

describe('demo mode', () => {
  it('shows the demo banner before and after sign-in', async () => {
    const { page } = e2e;
    const user = await buildUser(e2e.server.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
    const banner = page.getByRole('note', { name: sv['app.demoBannerLabel'] });

    await page.goto(e2e.url('/sign-in'));
    await page.getByRole('heading', { level: 1, name: sv['signIn.title'] }).waitFor();
    expect(await banner.textContent()).toBe(sv['app.demoBanner']);
    await page.getByText(sv['signIn.demoHint']).waitFor();
    await checkA11y(page, 'sign-in in demo mode');

    await page.getByLabel(sv['signIn.email']).fill(user.email);
    await page.getByLabel(sv['signIn.password']).fill(testPassword);
    await page.getByRole('button', { name: sv['signIn.submit'] }).click();
    await enterSignInCode(page, e2e.server.db, user.email);
    await page.waitForURL('**/cases');
    await page.getByRole('heading', { level: 1, name: sv['caseList.title'] }).waitFor();
    expect(await banner.textContent()).toBe(sv['app.demoBanner']);
  });
});
