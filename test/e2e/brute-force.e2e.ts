/**
 * Issue 3 in the browser: someone guessing passwords on the sign-in page is slowed down and
 * refused, and even the right password does not get through while the account is throttled. How
 * long each back-off lasts is tested in sign-in-throttle.unit.test.ts and sign-in.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildUser, testPassword } from '../support/factories.ts';
import { expectBackOffAndHold } from '../support/throttle.ts';
import { checkA11y, sv, useE2e } from './support.ts';

const e2e = useE2e();

describe('guessing passwords', () => {
  it('gets throttled, with a message that says so', async () => {
    const { page } = e2e;
    const target = await buildUser(e2e.server.db, { roles: ['case_worker'] });
    await page.goto(e2e.url('/sign-in'));
    await page.getByRole('heading', { level: 1, name: sv['signIn.title'] }).waitFor();

    const throttled = page.getByText(sv['signIn.throttled']);
    const guess = async (password: string) => {
      await page.getByLabel(sv['signIn.email']).fill(target.email);
      await page.getByLabel(sv['signIn.password']).fill(password);
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in'));
      await page.getByRole('button', { name: sv['signIn.submit'] }).click();
      return (await answered).status();
    };
    // The first guesses are only refused; after that the account backs off.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push(await guess(`wrong guess number ${i}`));
    expect(statuses).toEqual([401, 401, 401]);
    // However slowly this machine guesses, the next guess falls inside the back-off, and bounces.
    await expectBackOffAndHold(e2e.server.db, `account:${target.email}`);
    expect(await guess('wrong guess number 3')).toBe(429);
    await expect.poll(() => throttled.isVisible()).toBe(true);

    // While the account waits, the right password is refused too.
    expect(await guess(testPassword)).toBe(429);
    await expect.poll(() => throttled.isVisible()).toBe(true);
    expect(await page.getByLabel(sv['signIn.code']).count()).toBe(0);
    await checkA11y(page, 'sign-in, throttled');
  });
});
