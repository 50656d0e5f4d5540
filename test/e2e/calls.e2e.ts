/**
 * The support line's call log (issue 5): an operator logs a call with the keyboard alone, in fewer
 * than ten key presses beyond the advice text, and it appears in today's calls. axe finds nothing
 * to fault, in Swedish and English, before and after saving and with an error shown.
 */
import type { Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { calls } from '../../src/server/db/schema/index.ts';
import { buildUser } from '../support/factories.ts';
import { checkA11y, en, focusedElement, signInThroughForm, sv, useE2e } from './support.ts';

const e2e = useE2e();

/** Presses keys and counts them; typed text goes through page.keyboard.type and is not counted. */
function keyCounter(page: Page) {
  let count = 0;
  return {
    press: async (key: string) => {
      count++;
      await page.keyboard.press(key);
    },
    get count() {
      return count;
    },
  };
}

async function openCallLog(email: string): Promise<Page> {
  const { page } = e2e;
  // Operators land on the case list or the call log, depending on the start page.
  await signInThroughForm(e2e, email, '**/ca*s');
  await page.goto(e2e.url('/calls'));
  return page;
}

async function expectFocusOn(page: Page, id: string): Promise<void> {
  await expect.poll(async () => (await focusedElement(page))?.id).toBe(id);
  expect((await focusedElement(page))?.focusVisible, `the focus on #${id} should be visible`).toBe(true);
}

describe('support line call log', () => {
  it('logs a call with the keyboard in fewer than ten key presses beyond the text', async () => {
    const operator = await buildUser(e2e.server.db, { roles: ['support_line_operator'], regionCode: null });
    const page = await openCallLog(operator.email);
    await page.getByRole('heading', { level: 1, name: sv['calls.title'] }).waitFor();
    await page.getByText(sv['calls.today.empty']).waitFor();
    await checkA11y(page, 'call log, empty');
    // The nav shows the support line to its operators.
    await page.getByRole('navigation').getByRole('link', { name: sv['calls.nav'] }).waitFor();

    // The page opens with focus on "Starta samtal".
    await expectFocusOn(page, 'call-start');
    const keys = keyCounter(page);
    await keys.press('Enter');
    await page.getByRole('button', { name: sv['calls.timer.stop'] }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: sv['calls.timer.started'].split('{')[0]! }).count()).toBe(1);
    // Straight to who is calling; the arrow key moves from "Yrkesverksam" to "Utsatt person".
    await expectFocusOn(page, 'call-category-professional');
    // The call lasts a second or more, as the clock on the page shows.
    await page.getByRole('timer').filter({ hasNotText: '00:00' }).waitFor();
    await keys.press('ArrowDown');
    expect(await page.getByLabel(sv['calls.callerCategory.exposed_person']).isChecked()).toBe(true);
    await keys.press('Tab');
    await expectFocusOn(page, 'call-topic');
    // Type-ahead in the select: "m" chooses "Misstänkt människohandel".
    await keys.press('m');
    await keys.press('Tab');
    await expectFocusOn(page, 'call-adviceGiven');
    await page.keyboard.type('Gav nummer till socialjouren och förklarade stödet enligt 5 kap. SoL.');
    await keys.press('Tab');
    await expectFocusOn(page, 'call-followUpNeeded');
    await keys.press('Space');
    // Ctrl+Enter saves from any field and ends the running call.
    await keys.press('Control+Enter');

    await page.getByRole('status').filter({ hasText: sv['calls.saved'] }).waitFor();
    expect(keys.count).toBeLessThan(10);
    await expectFocusOn(page, 'call-start');
    await page.getByRole('button', { name: sv['calls.timer.start'] }).waitFor();

    const row = page.getByRole('row').filter({ hasText: sv['calls.callerCategory.exposed_person'] });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(sv['calls.topic.suspected_trafficking']);
    expect(await row.textContent()).toContain(sv['calls.followUp.yes']);

    const [stored] = await e2e.server.db.select().from(calls).where(eq(calls.operatorUserId, operator.id));
    expect(stored).toMatchObject({ callerCategory: 'exposed_person', topic: 'suspected_trafficking', followUpNeeded: true, language: 'sv' });
    expect(stored!.endedAt!.getTime() - stored!.startedAt.getTime()).toBeGreaterThanOrEqual(1000);
    await checkA11y(page, 'call log, after saving');
  });

  it("refuses a personal identity number in an exposed person's call, in English too", async () => {
    const operator = await buildUser(e2e.server.db, { roles: ['support_line_operator'], regionCode: null });
    const page = await openCallLog(operator.email);
    await page.evaluate(() => { window.localStorage.setItem('samverka.language', 'en'); });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: en['calls.title'] }).waitFor();
    await expectFocusOn(page, 'call-start');
    await checkA11y(page, 'call log in English');

    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'call-category-professional');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('m');
    await page.keyboard.press('Tab');
    await page.keyboard.type('She gave her number 19121212-1212.');
    await page.keyboard.press('Control+Enter');

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(en['calls.errors.personalNumber']);
    await checkA11y(page, 'call log with an error');
    expect(await e2e.server.db.$count(calls, eq(calls.operatorUserId, operator.id))).toBe(0);
  });
});
