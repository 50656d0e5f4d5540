/**
 * The coordinator dashboard (issue 5): a regional coordinator sees their region's figures, each a
 * link to the consultation list filtered the same way; a national coordinator picks a region.
 * axe finds nothing to fault, in Swedish and English.
 */
import { describe, expect, it } from 'vitest';
import { insertCall, insertConsultation } from '../support/dashboard.ts';
import { buildUser } from '../support/factories.ts';
import { checkA11y, en, signInThroughForm, sv, useE2e } from './support.ts';

const e2e = useE2e();

describe('coordinator dashboard', () => {
  it("shows a regional coordinator their region's figures, each linking to its list", async () => {
    const { page } = e2e;
    const db = e2e.server.db;
    const coordinator = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
    const operator = await buildUser(db, { roles: ['support_line_operator'], regionCode: null });
    const now = Date.now();
    await insertConsultation(db, { regionCode: 'stockholm', receivedAt: new Date(now - 20 * 86_400_000) }); // overdue
    await insertConsultation(db, { regionCode: 'stockholm', receivedAt: new Date(now - 21 * 86_400_000) }); // overdue
    await insertConsultation(db, { regionCode: 'syd', receivedAt: new Date(now - 20 * 86_400_000) }); // another region's
    await insertCall(db, { operatorUserId: operator.id, startedAt: new Date(now - 1_000), regionCode: 'stockholm' });

    await signInThroughForm(e2e, coordinator.email);
    await page.getByRole('navigation').getByRole('link', { name: sv['dashboard.nav'] }).click();
    await page.getByRole('heading', { level: 1, name: sv['dashboard.title'] }).waitFor();
    const overdue = page.getByRole('link', { name: `2 ${sv['dashboard.overdue']}` });
    await overdue.waitFor();
    await expect.poll(() => page.getByText(sv['dashboard.callsToday'], { exact: true }).count()).toBe(1);
    // No region to choose with one region.
    expect(await page.getByLabel(sv['dashboard.regionLabel']).count()).toBe(0);
    await checkA11y(page, 'dashboard, regional coordinator');

    await overdue.click();
    await page.waitForURL((url) => url.pathname === '/consultations' && url.search === '?status=new&overdue=true&region=stockholm');
  });

  it('lets a national coordinator pick a region, in English too', async () => {
    const { page } = e2e;
    const national = await buildUser(e2e.server.db, { roles: ['national_coordinator'], regionCode: null });
    await insertConsultation(e2e.server.db, { regionCode: 'vast', receivedAt: new Date(Date.now() - 20 * 86_400_000) });
    await signInThroughForm(e2e, national.email);
    await page.goto(e2e.url('/dashboard'));
    const select = page.getByLabel(sv['dashboard.regionLabel']);
    await select.waitFor();
    await checkA11y(page, 'dashboard, national coordinator');
    await select.selectOption('vast');
    await page.waitForURL('**/dashboard?region=vast');
    await page.getByRole('link', { name: `1 ${sv['dashboard.overdue']}` }).waitFor();

    await page.evaluate(() => {
      window.localStorage.setItem('samverka.language', 'en');
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: en['dashboard.title'] }).waitFor();
    await page.getByRole('link', { name: `1 ${en['dashboard.overdue']}` }).waitFor();
    await checkA11y(page, 'dashboard in English');
  });
});
