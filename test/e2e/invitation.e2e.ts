/**
 * Issue 3 in the browser: an invited person accepts, chooses a password, enrols TOTP (the test
 * computes the code from the key shown on the page), gets ten recovery codes, signs in with the
 * password and a code, and sees only what their organisation may see. Then My account asks for
 * re-authentication before making new recovery codes once the sign-in is old.
 */
import { eq, sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invitations, sessions, users } from '../../src/server/db/schema/index.ts';
import { hashToken, newToken } from '../../src/server/platform/sessions.ts';
import { currentTotp } from '../../src/server/platform/totp.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, testPassword } from '../support/factories.ts';
import { checkA11y, enterSignInCode, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name });
}

describe('accepting an invitation (issue 3)', () => {
  it('an invited person sets a password, enrols TOTP, keeps recovery codes and signs in', async () => {
    const { page } = e2e;
    const { db } = e2e.server;
    const organisationId = await buildOrganisation(db, { name: 'Stockholms stad (test)', regionCode: 'stockholm' });
    const admin = await buildUser(db, { roles: ['org_admin'], organisationId });
    // A case in another region, which the invitee must not see.
    const vast = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'vast' });
    const elsewhere = await createCaseAs(e2e.server.app, await signInAs(e2e.server.app, vast), { municipalityCode: '1480' });

    const token = newToken();
    const email = `ines-${Date.now()}@samverka.test`;
    await db.insert(invitations).values({
      organisationId,
      email,
      name: 'Ines Inbjuden',
      roles: ['regional_coordinator'],
      tokenHash: hashToken(token),
      invitedByUserId: admin.id,
      expiresAt: sql`now() + interval '72 hours'`,
    });

    await page.goto(e2e.url(`/invitation#token=${token}`));
    await heading(page, sv['invitation.title']).waitFor();
    await page.getByText(text(sv['invitation.summary'], { name: 'Ines Inbjuden', organisation: 'Stockholms stad (test)', roles: sv['role.regional_coordinator'] })).waitFor();
    // The one-time token leaves the address bar once read.
    expect(new URL(page.url()).hash).toBe('');
    await checkA11y(page, 'invitation');

    // A breached password is refused at the field.
    await page.getByLabel(sv['invitation.password'], { exact: true }).fill('password1234');
    await page.getByLabel(sv['password.confirmation']).fill('password1234');
    await page.getByRole('button', { name: sv['invitation.continue'] }).click();
    await page.getByText(sv['password.errors.breached']).first().waitFor();

    const password = 'en lång lösenfras för Ines';
    await page.getByLabel(sv['invitation.password'], { exact: true }).fill(password);
    await page.getByLabel(sv['password.confirmation']).fill(password);
    await page.getByRole('button', { name: sv['invitation.continue'] }).click();

    // Enrolment: QR code with alt text, the key as text, and the first code.
    await page.getByRole('heading', { level: 2, name: sv['totp.heading'] }).waitFor();
    await page.getByRole('img', { name: text(sv['totp.qrAlt'], { email }) }).waitFor();
    const shownKey = (await page.getByTestId('totp-secret').textContent())!;
    expect(shownKey).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const secret = shownKey.replace(/\s/g, '');
    await checkA11y(page, 'TOTP enrolment');
    await page.getByLabel(sv['totp.code']).fill(await currentTotp(secret));
    await page.getByRole('button', { name: sv['totp.confirm'] }).click();

    // Ten recovery codes, shown once.
    await page.getByText(text(sv['invitation.done'], { organisation: 'Stockholms stad (test)' })).waitFor();
    await page.getByText(sv['recovery.warning']).waitFor();
    const codes = await page.getByTestId('recovery-code').allTextContents();
    expect(codes).toHaveLength(10);
    await checkA11y(page, 'recovery codes');

    // Sign in with the password and a code from the enrolled app.
    await page.getByRole('link', { name: sv['invitation.goToSignIn'] }).click();
    await heading(page, sv['signIn.title']).waitFor();
    await page.getByLabel(sv['signIn.email']).fill(email);
    await page.getByLabel(sv['signIn.password']).fill(password);
    await page.getByRole('button', { name: sv['signIn.submit'] }).click();
    await enterSignInCode(page, db, email, secret);
    await page.waitForURL('**/cases');
    await heading(page, sv['caseList.title']).waitFor();
    await page.getByText(sv['caseList.empty']).waitFor();
    expect(await page.getByText(elsewhere.reference).count()).toBe(0);
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    expect(user).toBeDefined();
  });

  it('my account asks for the password and a code again before new recovery codes, once the sign-in is old', async () => {
    const { page } = e2e;
    const { db } = e2e.server;
    const worker = await buildUser(db, { roles: ['case_worker'] });
    await page.goto(e2e.url('/sign-in'));
    await page.getByLabel(sv['signIn.email']).fill(worker.email);
    await page.getByLabel(sv['signIn.password']).fill(testPassword);
    await page.getByRole('button', { name: sv['signIn.submit'] }).click();
    await enterSignInCode(page, db, worker.email);
    await page.waitForURL('**/cases');

    await page.getByRole('link', { name: sv['header.account'] }).click();
    await heading(page, sv['account.title']).waitFor();
    await page.getByRole('heading', { level: 2, name: sv['account.sessionsHeading'] }).waitFor();
    await page.getByText(sv['account.thisSession']).waitFor();
    await checkA11y(page, 'my account');

    await db.update(sessions).set({ authenticatedAt: sql`now() - interval '10 minutes'` }).where(eq(sessions.userId, worker.id));
    await page.getByRole('button', { name: sv['account.newRecoveryCodes'] }).click();
    await page.getByRole('heading', { level: 2, name: sv['reauth.heading'] }).waitFor();
    await checkA11y(page, 're-authentication');
    await db.update(users).set({ totpLastStep: null }).where(eq(users.id, worker.id));
    await page.locator('#currentPassword').fill(testPassword);
    await page.getByLabel(sv['invitation.code']).fill(await currentTotp('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'));
    await page.getByRole('button', { name: sv['reauth.submit'] }).click();
    await expect.poll(async () => page.getByTestId('recovery-code').count()).toBe(10);
  });
});
