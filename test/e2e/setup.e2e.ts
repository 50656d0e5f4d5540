/**
 * The first administrator's setup in the browser: details and password, then the second factor
 * (the test reads the key on the page and computes the code), then ten recovery codes.
 */
import { describe, expect, it } from 'vitest';
import { openSetupLink } from '../../src/server/modules/auth/setup.service.ts';
import { currentTotp } from '../../src/server/platform/totp.ts';
import { checkA11y, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

describe('first administrator (issue 3)', () => {
  it('sets up the account with a second factor and shows the recovery codes once', async () => {
    const { page } = e2e;
    const link = (await openSetupLink(e2e.server.db, e2e.server.config))!;
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: sv['setup.title'] }).waitFor();
    await page.getByLabel(sv['setup.name']).fill('Ada Admin');
    await page.getByLabel(sv['setup.email']).fill('ada@samverka.test');
    await page.getByLabel(sv['setup.password'], { exact: true }).fill('en lång lösenfras för Ada');
    await page.getByLabel(sv['setup.passwordConfirmation']).fill('en lång lösenfras för Ada');
    await page.getByRole('button', { name: sv['setup.submit'] }).click();

    await page.getByRole('img', { name: text(sv['totp.qrAlt'], { email: 'ada@samverka.test' }) }).waitFor();
    await checkA11y(page, 'setup enrolment');
    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
    await page.getByLabel(sv['totp.code']).fill('000000' === (await currentTotp(secret)) ? '111111' : '000000');
    await page.getByRole('button', { name: sv['totp.confirm'] }).click();
    await page.getByText(sv['totp.codeWrong']).first().waitFor();
    await page.getByLabel(sv['totp.code']).fill(await currentTotp(secret));
    await page.getByRole('button', { name: sv['totp.confirm'] }).click();

    await page.getByText(sv['setup.done']).waitFor();
    expect(await page.getByTestId('recovery-code').count()).toBe(10);
    await checkA11y(page, 'setup recovery codes');
  });
});
