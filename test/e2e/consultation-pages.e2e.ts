/**
 * The consultation list a page at a time, with the shared pagination (issue 13 moved it there):
 * 30 requests are two pages; the next-page link is reached with the keyboard and leads to the last
 * five; axe finds nothing to fault on either page.
 */
import { describe, expect, it } from 'vitest';
import { insertConsultation } from '../support/dashboard.ts';
import { buildUser } from '../support/factories.ts';
import { checkA11y, signInThroughForm, sv, useE2e } from './support.ts';

const e2e = useE2e();

describe('consultation list pages', () => {
  it('pages through 30 requests, 25 and then 5, by the keyboard', async () => {
    const { page } = e2e;
    const db = e2e.server.db;
    const coordinator = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'mitt' });
    for (let k = 0; k < 30; k++) await insertConsultation(db, { regionCode: 'mitt', receivedAt: new Date(Date.now() - (k + 1) * 3_600_000) });

    await signInThroughForm(e2e, coordinator.email);
    await page.goto(e2e.url('/consultations'));
    await page.getByRole('heading', { level: 1, name: sv['consultations.title'] }).waitFor();
    const pages = page.getByRole('navigation', { name: sv['pagination.label'] });
    await pages.getByText(sv['pagination.status'].replace('{page}', '1').replace('{pages}', '2')).waitFor();
    const rows = page.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBe(25);
    await checkA11y(page, 'consultation list, first page');

    const next = pages.getByRole('link', { name: sv['pagination.next'] });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/consultations' && url.searchParams.get('page') === '2');
    await pages.getByText(sv['pagination.status'].replace('{page}', '2').replace('{pages}', '2')).waitFor();
    await expect.poll(() => rows.count()).toBe(5);
    expect(await pages.getByRole('link', { name: sv['pagination.next'] }).count()).toBe(0);
    await pages.getByRole('link', { name: sv['pagination.previous'] }).waitFor();
    await checkA11y(page, 'consultation list, last page');
  });
});
