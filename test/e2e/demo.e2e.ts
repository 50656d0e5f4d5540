/**
 * The demo: every page says it is one, so nobody takes the fictional data for real cases; and
 * the separation of duties (issue 14) shows in it, on the demo's own seeded members.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoTotpSecret, seedDemoData } from '../../src/server/demo/demo-data.ts';
import { buildUser, testKeyring, testPassword } from '../support/factories.ts';
import { checkA11y, enterSignInCode, signInThroughForm, sv, text, useE2e } from './support.ts';

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

describe('separation of duties in the demo (issue 14)', () => {
  const demo = { password: demoPassword, totpSecret: demoTotpSecret };
  const organisation = 'Stockholms stad, socialtjänsten (demo)';
  // What `npm run demo` loads at start.
  beforeAll(() => seedDemoData(e2e.server.db, testKeyring));

  it("the organisation administrator's own attempt is refused and explained; a second administrator approves what they asked for a colleague", async () => {
    const { page } = e2e;
    await signInThroughForm(e2e, 'orgadmin@samverka.test', '**/admin', demo);
    await page.getByRole('link', { name: organisation }).click();
    await page.getByRole('heading', { level: 1, name: organisation }).waitFor();

    // Their own row says why it has no roles button.
    const own = page.getByRole('row', { name: /Olle Admin/ });
    await own.getByText(sv['roles.ownRoles']).waitFor();
    expect(await own.getByRole('button', { name: text(sv['members.editRoles'], { name: 'Olle Admin' }) }).count()).toBe(0);
    // The request they made for Karin waits for someone else.
    await page.getByRole('row', { name: /Karin Kvist/ }).first().getByText(text(sv['roles.pending'], { roles: sv['role.case_worker'] })).waitFor();
    await page.getByRole('region', { name: sv['roles.requests.title'] }).getByText(sv['roles.requests.waitingForOther']).waitFor();

    // Even sent past the page, giving themselves a coordinator role is refused with the reason.
    const refused = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { id: string; memberships: { organisationId: string }[] };
      const url = `/api/organisations/${me.memberships[0]!.organisationId}/members/${me.id}/roles`;
      const answer = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ roles: ['org_admin', 'regional_coordinator'] }) });
      return { status: answer.status, body: (await answer.json()) as { refusal?: string } };
    });
    expect(refused).toMatchObject({ status: 403, body: { refusal: 'own_account' } });

    // The log shows the attempts, stopped, with the rule that stopped them.
    await page.getByText(sv['roles.log.show']).click();
    const log = page.getByRole('region', { name: sv['roles.log.title'] });
    await log.getByText(sv['roles.log.action.membership.roles_change_refused']).first().waitFor();
    await log.getByText(text(sv['roles.log.refused'], { reason: sv['roles.refusal.own_account'] })).first().waitFor();
    await checkA11y(page, 'administration: role change log');

    // Karin's roles editor: the regional coordinator role is NMT's to give, and says so.
    await page.getByRole('button', { name: text(sv['members.editRoles'], { name: 'Karin Kvist' }) }).click();
    const regional = page.getByRole('group', { name: text(sv['members.rolesLegend'], { name: 'Karin Kvist' }) }).getByLabel(sv['role.regional_coordinator'], { exact: true });
    expect(await regional.isDisabled()).toBe(true);
    await page.getByText(sv['roles.refusal.system_admin_only']).first().waitFor();
    await checkA11y(page, 'administration: roles editor with refusals');

    // The system administrator is the second pair of eyes.
    await e2e.browser.context.clearCookies();
    await signInThroughForm(e2e, 'admin@samverka.test', '**/admin', demo);
    await page.getByRole('link', { name: organisation }).click();
    await page.getByRole('button', { name: text(sv['roles.requests.approve'], { name: 'Karin Kvist' }) }).click();
    await page.getByText(text(sv['roles.requests.approved'], { name: 'Karin Kvist' })).waitFor();
    await page.getByText(sv['roles.requests.empty']).waitFor();

    // Karin is told, and now reaches cases.
    await e2e.browser.context.clearCookies();
    await signInThroughForm(e2e, 'karin@samverka.test', '**/cases', demo);
    await page.goto(e2e.url('/notifications'));
    await page.getByText(text(sv['notifications.roles.roles_changed'], { organisation })).waitFor();
    await checkA11y(page, 'notifications about roles');
  });
});

describe('cooperation and the return programme in the demo (issue 11)', () => {
  const demo = { password: demoPassword, totpSecret: demoTotpSecret };
  beforeAll(() => seedDemoData(e2e.server.db, testKeyring));

  it("the association's incoming referrals and the IOM officer's returns list show the seeded items", async () => {
    const { page } = e2e;
    await e2e.browser.context.clearCookies();
    await signInThroughForm(e2e, 'forening@samverka.test', '**/cases', demo);
    await page.getByRole('link', { name: sv['nav.referrals'] }).click();
    await page.getByRole('heading', { level: 1, name: sv['referrals.title'] }).waitFor();
    await page.getByText(`${sv['referrals.kind.referral']} – ${sv['referrals.need.interpreter']} –`).first().waitFor();
    await page.getByRole('button', { name: sv['referrals.accept'] }).first().waitFor();
    await checkA11y(page, 'demo: incoming referrals');

    await e2e.browser.context.clearCookies();
    await signInThroughForm(e2e, 'iom@samverka.test', '**/returns', demo);
    await page.getByRole('heading', { level: 1, name: sv['returns.list.title'] }).waitFor();
    await page.getByRole('cell', { name: sv['returns.status.assigned'], exact: true }).waitFor();
    await page.getByRole('cell', { name: sv['returns.status.reintegration'], exact: true }).waitFor();
    await page.getByText(text(sv['returns.list.overdue'], { count: 1 })).waitFor();
    await checkA11y(page, 'demo: the return programme as IOM sees it');
  });
});
