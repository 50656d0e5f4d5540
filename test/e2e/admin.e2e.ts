/**
 * Issue 3, administration in the browser: an org admin invites a new member (no SMTP, so the page
 * shows the link to hand over) and sees the invitation waiting; a system admin creates an
 * organisation. axe runs on each administration page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../../src/server/platform/sessions.ts';
import { invitations } from '../../src/server/db/schema/index.ts';
import { buildOrganisation, buildUser, signInAs } from '../support/factories.ts';
import { checkA11y, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

function heading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

/** A session made through the API (password and second factor), handed to the browser as its cookie. */
async function signInBrowserAs(user: { email: string }): Promise<void> {
  const cookie = await signInAs(e2e.server.app, user);
  const [name, value] = cookie.split('=') as [string, string];
  await e2e.browser.context.addCookies([{ name, value, url: e2e.server.baseUrl, httpOnly: true, sameSite: 'Strict' }]);
}

describe('administration (issue 3)', () => {
  it('an org admin invites a new member and sees the link and the invitation waiting', async () => {
    const { page } = e2e;
    const organisationId = await buildOrganisation(e2e.server.db, { name: 'Uppsala kommun' });
    const admin = await buildUser(e2e.server.db, { roles: ['org_admin'], organisationId, name: 'Olle Admin' });
    await buildUser(e2e.server.db, { roles: ['case_worker'], organisationId, name: 'Karin Handläggare' });
    await signInBrowserAs(admin);

    await page.goto(e2e.url('/'));
    await page.waitForURL('**/admin');
    await heading(page, sv['admin.title']).waitFor();
    await checkA11y(page, 'administration: organisations');

    await page.getByRole('link', { name: 'Uppsala kommun' }).click();
    await heading(page, 'Uppsala kommun').waitFor();
    await page.getByRole('rowheader', { name: 'Karin Handläggare' }).waitFor();
    await page.getByText(sv['invitations.empty']).waitFor();
    await checkA11y(page, 'administration: organisation');

    // Roles editor for Karin, opened and closed again.
    await page.getByRole('button', { name: text(sv['members.editRoles'], { name: 'Karin Handläggare' }) }).click();
    await page.getByRole('heading', { name: text(sv['members.rolesLegend'], { name: 'Karin Handläggare' }) }).waitFor();
    await checkA11y(page, 'administration: roles editor');
    await page.getByRole('button', { name: sv['members.cancel'] }).click();

    // Invite, first with nothing filled in.
    await page.getByRole('button', { name: sv['invite.submit'] }).click();
    await page.locator('.error-summary').getByText(sv['invite.errors.nameRequired']).waitFor();
    await page.getByLabel(sv['invite.name'], { exact: true }).fill('Nils Nyström');
    await page.getByLabel(sv['invite.email'], { exact: true }).fill('nils@uppsala.test');
    const roleChoices = page.getByRole('group', { name: sv['invite.roles'] });
    await roleChoices.getByLabel(sv['role.trainer'], { exact: true }).check();
    expect(await roleChoices.getByLabel(sv['role.system_admin']).count()).toBe(0);
    // NMT appoints regional coordinators: offered, but not to a municipality's own administrator.
    expect(await roleChoices.getByLabel(sv['role.regional_coordinator'], { exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: sv['invite.submit'] }).click();

    await page.getByRole('heading', { name: sv['invite.linkTitle'] }).waitFor();
    const link = await page.getByLabel(sv['invite.linkLabel']).inputValue();
    expect(link).toMatch(new RegExp(`^${e2e.server.baseUrl}/invitation#token=[\\w-]{43}$`));
    const rows = await e2e.server.db.select().from(invitations);
    expect(rows.map((r) => r.tokenHash)).toContain(hashToken(link.split('#token=')[1]!));
    await page.getByRole('rowheader', { name: 'Nils Nyström' }).waitFor();
    await checkA11y(page, 'administration: invitation link');

    // Revoke it again.
    await page.getByRole('button', { name: text(sv['invitations.revoke'], { name: 'Nils Nyström' }) }).click();
    await page.getByText(text(sv['invitations.revoked'], { name: 'Nils Nyström' })).waitFor();
    await page.getByText(sv['invitations.empty']).waitFor();

    // Case access waits for a second administrator: no link yet.
    await page.getByLabel(sv['invite.name'], { exact: true }).fill('Hanna Handläggare');
    await page.getByLabel(sv['invite.email'], { exact: true }).fill('hanna@uppsala.test');
    await roleChoices.getByLabel(sv['role.case_worker'], { exact: true }).check();
    await page.getByRole('button', { name: sv['invite.submit'] }).click();
    await page.getByText(text(sv['roles.invitation.awaitingCreated'], { name: 'Hanna Handläggare' })).waitFor();
    await page.getByRole('row', { name: /Hanna Handläggare/ }).getByText(sv['roles.invitation.awaiting']).waitFor();
    expect(await page.getByLabel(sv['invite.linkLabel']).count()).toBe(0);
    await checkA11y(page, 'administration: invitation waiting for approval');
  });

  it('a system admin creates an organisation', async () => {
    const { page } = e2e;
    const systemAdmin = await buildUser(e2e.server.db, { roles: ['system_admin'], regionCode: null, name: 'Sara System' });
    await signInBrowserAs(systemAdmin);
    await page.goto(e2e.url('/admin'));
    await heading(page, sv['admin.title']).waitFor();
    await page.getByRole('link', { name: sv['admin.newOrganisation'] }).click();
    await heading(page, sv['orgForm.newTitle']).waitFor();
    await checkA11y(page, 'administration: new organisation');

    await page.getByLabel(sv['orgForm.name'], { exact: true }).fill('Länsstyrelsen i Skåne');
    await page.getByLabel(sv['orgForm.type']).selectOption('county_board');
    await page.getByLabel(sv['orgForm.region']).selectOption('syd');
    await page.getByRole('button', { name: sv['orgForm.create'] }).click();
    await heading(page, 'Länsstyrelsen i Skåne').waitFor();

    await page.getByRole('link', { name: sv['admin.edit'] }).click();
    await heading(page, text(sv['orgForm.editTitle'], { name: 'Länsstyrelsen i Skåne' })).waitFor();
    await checkA11y(page, 'administration: edit organisation');
  });
});
