/**
 * Issue 5 in the browser: the public "Misstänker du människohandel?" form, without signing in.
 * A visitor finds it from the sign-in page, is told about 112 before anything else, gets every
 * problem in an error summary, and after sending sees the reference and what happens next. The
 * description is stored as the text typed, markup and all, and nothing in it runs. The honeypot
 * is out of reach of the keyboard; axe finds nothing on any state of the page.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { consultations } from '../../src/server/db/schema/index.ts';
import { checkA11y, en, serveFormTokenFromAMinuteAgo, sv, useE2e } from './support.ts';

const e2e = useE2e();

describe('public intake (issue 5)', () => {
  it('a visitor without an account reports a suspicion and gets a reference', async () => {
    const { page } = e2e;
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });

    await serveFormTokenFromAMinuteAgo(page);
    await page.goto(e2e.url('/sign-in'));
    await page.getByRole('link', { name: sv['intake.signInLink'] }).click();
    await page.getByRole('heading', { level: 1, name: sv['intake.title'] }).waitFor();
    // The 112 advice comes before the form.
    await page.getByRole('heading', { name: sv['intake.emergencyHeading'] }).waitFor();
    await page.getByText(sv['intake.privacyWarning']).waitFor();
    await page.getByLabel(sv['intake.requesterName']).waitFor();
    await checkA11y(page, 'intake form');

    // Every problem at once, in a summary that takes focus.
    await page.getByRole('button', { name: sv['intake.submit'] }).click();
    const summary = page.getByRole('group', { name: sv['form.errorSummaryTitle'] });
    await summary.waitFor();
    for (const key of ['intake.errors.requesterName', 'intake.errors.contact', 'intake.errors.municipalityCode', 'intake.errors.urgency'] as const) {
      await summary.getByRole('link', { name: sv[key] }).waitFor();
    }
    await checkA11y(page, 'intake form with errors');

    const description = 'Hon bor på restaurangen <script>alert("x")</script><img src=x onerror="alert(1)"> och får ingen lön.';
    await page.getByLabel(sv['intake.requesterName']).fill('Kim Kurator');
    await page.getByLabel(sv['intake.requesterOrganisation']).fill('Elevhälsan, Göteborgs stad');
    await page.getByLabel(sv['intake.requesterEmail']).fill('kim@example.se');
    await page.getByLabel(sv['intake.municipality']).selectOption('1480');
    await page.getByLabel(sv['intake.description']).fill(description);
    await page.getByLabel(sv['form.forced_labour']).check();
    await page.getByRole('group', { name: sv['intake.childInvolved'] }).getByLabel(sv['intake.child.unknown']).check();
    await page.getByLabel(sv['intake.urgency.immediate_danger']).check();
    await page.getByText(sv['intake.urgencyDanger']).waitFor();
    await page.getByLabel(sv['intake.urgency.urgent']).check();
    await page.getByRole('button', { name: sv['intake.submit'] }).click();

    await page.getByRole('heading', { name: sv['intake.receivedTitle'] }).waitFor();
    const reference = (await page.locator('.intake-reference').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^MS-\d{4}-\d{6}$/);
    await page.getByText('Polisregion Väst', { exact: false }).first().waitFor();
    await page.getByText(sv['intake.next112']).waitFor();
    await checkA11y(page, 'intake receipt');

    const [stored] = await e2e.server.db.select().from(consultations).where(eq(consultations.reference, reference));
    expect(stored).toMatchObject({ source: 'public_form', regionCode: 'vast', urgency: 'urgent', childInvolved: 'unknown', description });
    // Nothing the visitor typed ran or became markup.
    expect(dialogs).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  it('keeps the honeypot out of keyboard reach and works in English', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/intake'));
    await page.getByLabel(sv['intake.requesterName']).waitFor();
    const focusedIds = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      focusedIds.add(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(focusedIds.has('requesterName')).toBe(true);
    expect(focusedIds.has('description')).toBe(true);
    expect(focusedIds.has('website')).toBe(false);

    await page.getByRole('button', { name: sv['lang.switchLabel'] }).click();
    await page.getByRole('heading', { level: 1, name: en['intake.title'] }).waitFor();
    await page.getByRole('heading', { name: en['intake.emergencyHeading'] }).waitFor();
    await checkA11y(page, 'intake form in English');
  });
});
