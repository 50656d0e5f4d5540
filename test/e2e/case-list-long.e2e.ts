/**
 * A list longer than its count (issue 13): the case list counts up to 1,000 cases, so with 1,010
 * in scope it says "at least 1,000" and "page 1 of at least 40", and still offers the page after
 * the fortieth, where the count reaches the end and the totals are exact. Reached by the keyboard;
 * axe finds nothing to fault on either page.
 */
import { describe, expect, it } from 'vitest';
import { buildUser } from '../support/factories.ts';
import { insertCases } from '../support/statistics.ts';
import { checkA11y, signInThroughForm, sv, text, useE2e } from './support.ts';

const e2e = useE2e();

/** The message's text with its number as Swedish formats it (a no-break space between thousands). */
function withNumbers(message: string, values: Record<string, number>): RegExp {
  const filled = text(message, Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.toLocaleString('sv-SE')])));
  return new RegExp(`^${filled.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s')}$`);
}

describe('a case list longer than its count', () => {
  it('says "at least", and offers the next page until the count reaches the end', async () => {
    const { page } = e2e;
    const db = e2e.server.db;
    const coordinator = await buildUser(db, { roles: ['regional_coordinator'], regionCode: 'nord' });
    await insertCases(db, coordinator, 1_010, { regionCode: 'nord', createdAt: new Date(Date.now() - 86_400_000) });

    await signInThroughForm(e2e, coordinator.email);
    await page.getByText(withNumbers(sv['caseList.totalAtLeast'], { count: 1_000 })).waitFor();
    const pages = page.getByRole('navigation', { name: sv['pagination.label'] });
    await pages.getByText(withNumbers(sv['pagination.statusAtLeast'], { page: 1, pages: 40 })).waitFor();
    await checkA11y(page, 'case list, a lower-bound total');

    await page.goto(e2e.url('/cases?page=40'));
    await pages.getByText(withNumbers(sv['pagination.statusAtLeast'], { page: 40, pages: 40 })).waitFor();
    const next = pages.getByRole('link', { name: sv['pagination.next'] });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/cases' && url.searchParams.get('page') === '41');
    await pages.getByText(withNumbers(sv['pagination.status'], { page: 41, pages: 41 })).waitFor();
    await page.getByText(withNumbers(sv['caseList.total.other'], { count: 1_010 })).waitFor();
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(10);
    expect(await pages.getByRole('link', { name: sv['pagination.next'] }).count()).toBe(0);
    await checkA11y(page, 'case list, the last page with the exact total');
  });
});
