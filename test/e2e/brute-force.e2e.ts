/**
 * Issue 3 in the browser: someone guessing passwords on the sign-in page is slowed down and then
 * refused, and even the right password does not get through while the account is throttled.
 */
import { describe, expect, it } from 'vitest';
import { buildUser, testPassword } from '../support/factories.ts';
import { checkA11y, sv, useE2e } from './support.ts';

const e2e = useE2e();

describe('guessing passwords', () => {
  it('gets throttled, with a message that says so', async () => {
    const { page } = e2e;
    const target = await buildUser(e2e.server.db, { roles: ['case_worker'] });
    await page.goto(e2e.url('/sign-in'));
    await page.getByRole('heading', { level: 1, name: sv['signIn.title'] }).waitFor();

    const throttled = page.getByText(sv['signIn.throttled']);
    // Guess as a script would: again and again, as fast as the page answers.
    const statuses: number[] = [];
    const refused = () => statuses.filter((s) => s === 401).length;
    while (refused() < 5 && statuses.length < 120) {
      await page.getByLabel(sv['signIn.email']).fill(target.email);
      await page.getByLabel(sv['signIn.password']).fill(`wrong guess number ${statuses.length}`);
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in'));
      await page.getByRole('button', { name: sv['signIn.submit'] }).click();
      statuses.push((await answered).status());
    }
    // The first guesses are only refused; after that the account backs off and guesses bounce.
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses).toContain(429);
    expect(refused()).toBe(5);

    // After five failures the account waits four seconds: the right password is refused too.
    await page.getByLabel(sv['signIn.email']).fill(target.email);
    await page.getByLabel(sv['signIn.password']).fill(testPassword);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in'));
    await page.getByRole('button', { name: sv['signIn.submit'] }).click();
    expect((await answer).status()).toBe(429);
    await expect.poll(() => throttled.isVisible()).toBe(true);
    expect(await page.getByLabel(sv['signIn.code']).count()).toBe(0);
    await checkA11y(page, 'sign-in, throttled');
  });
});
