/**
 * Single sign-on in the browser (issue 3, item 5): a member of an organisation with its own
 * OpenID provider signs in there (oidc-provider's development login and consent pages) and lands
 * on the case list; a failed sign-on comes back to the sign-in page with a message.
 */
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/server/db/schema/index.ts';
import { Keyring } from '../../src/server/platform/crypto.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';
import { startTestOidcProvider, type TestOidcProvider } from '../support/oidc-provider.ts';
import { checkA11y, en, sv, text, useE2e } from './support.ts';

const e2e = useE2e();
let provider: TestOidcProvider;
let organisationId: string;
const organisationName = 'Malmö stad';

beforeAll(async () => {
  provider = await startTestOidcProvider({ redirectUri: `${e2e.server.baseUrl}/api/sso/callback` });
  const keyring = new Keyring(e2e.server.config.encryptionKey!);
  organisationId = await buildOrganisation(e2e.server.db, { name: organisationName, regionCode: 'syd' });
  await e2e.server.db
    .update(organisations)
    .set({ oidcIssuer: provider.issuer, oidcClientId: provider.clientId, oidcClientSecret: keyring.encrypt(provider.clientSecret) })
    .where(eq(organisations.id, organisationId));
  // oidc-provider's development pages load a web font from Google; this machine has no internet.
  await e2e.browser.context.route('https://fonts.googleapis.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
  );
});
afterAll(() => provider.close());

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name });
}

/** Signs in on oidc-provider's development pages: any login, any password, then consent. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.waitForURL(`${provider.issuer}/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('single sign-on (issue 3)', () => {
  it('a member signs in through their organisation by keyboard and sees the case list', async () => {
    const { page } = e2e;
    const member = await buildUser(e2e.server.db, { roles: ['case_worker'], organisationId, name: 'Maja Malm' });
    provider.setAccount('malmo-1', { email: member.email, email_verified: true, name: 'Maja Malm' });

    await page.goto(e2e.url('/sign-in'));
    await heading(page, sv['signIn.title']).waitFor();
    const section = page.getByRole('region', { name: sv['sso.title'] });
    const link = section.getByRole('link', { name: text(sv['sso.signInWith'], { organisation: organisationName }) });
    await link.waitFor();
    await checkA11y(page, 'sign-in with single sign-on');

    // Keyboard only: Tab reaches the link, Enter follows it.
    let isFocused = false;
    for (let presses = 0; presses < 30 && !isFocused; presses++) {
      await page.keyboard.press('Tab');
      isFocused = await link.evaluate((element) => element === document.activeElement);
    }
    expect(isFocused).toBe(true);
    await page.keyboard.press('Enter');

    await signInAtProvider(page, 'malmo-1');
    await page.waitForURL(e2e.url('/cases'));
    await heading(page, sv['caseList.title']).waitFor();
    await page.getByRole('banner').getByText('Maja Malm').waitFor();
  });

  it('a person the organisation does not know comes back to the sign-in page with a message', async () => {
    const { page } = e2e;
    provider.setAccount('malmo-2', { email: 'stranger@samverka.test', email_verified: true, name: 'Okänd' });

    await page.goto(e2e.url('/sign-in'));
    await page
      .getByRole('link', { name: text(sv['sso.signInWith'], { organisation: organisationName }) })
      .click();
    await signInAtProvider(page, 'malmo-2');
    await page.waitForURL(e2e.url('/sign-in?sso=failed'));
    await heading(page, sv['signIn.title']).waitFor();
    await page.getByRole('alert').filter({ hasText: sv['sso.failed'] }).waitFor();
    await checkA11y(page, 'sign-in after failed single sign-on');

    // The same in English.
    await page.getByRole('button', { name: sv['lang.switchLabel'] }).click();
    await page.getByRole('alert').filter({ hasText: en['sso.failed'] }).waitFor();
    await page.getByRole('region', { name: en['sso.title'] }).waitFor();
    await checkA11y(page, 'sign-in after failed single sign-on, English');
  });
});
