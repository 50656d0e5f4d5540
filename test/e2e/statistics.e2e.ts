/**
 * The statistics page (issue 12): a national coordinator opens it from the navigation, picks a
 * period and a form of exploitation (the address follows, so the view can be shared), and every
 * chart draws a bar exactly where its table shows a count, none where it shows "<5" or "..".
 * It then exports the same view as a CSV and as a password-encrypted XLSX from the "Exportera"
 * dialog and opens both: a figure of the table is in each file. axe finds nothing to fault.
 */
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { users } from '../../src/server/db/schema/index.ts';
import { decryptXlsx } from '../../src/server/modules/exports/xlsx.ts';
import { currentTotp } from '../../src/server/platform/totp.ts';
import { buildUser, testTotpSecret } from '../support/factories.ts';
import { insertCases } from '../support/statistics.ts';
import { checkA11y, downloadedFile, signInThroughForm, sv, useE2e } from './support.ts';

const e2e = useE2e();
const at = (month: number) => new Date(Date.UTC(2025, month - 1, 15, 12));
const hidden: string[] = [sv['statistics.small'], sv['statistics.secondary']];

const section = (page: Page, id: string) => page.locator(`section[data-table-id="${id}"]`);
const cellTexts = (row: Locator) => row.locator('td').allInnerTexts();

/**
 * Series n of a chart is drawn in chart__bar--n and named by legend item n (or is the only row).
 * Its bars must be as many as the counts in its table row; the hidden marks as many as its hidden cells.
 */
async function expectChartAgreesWithTable(page: Page, id: string): Promise<{ bars: number; hiddenCells: number }> {
  const table = section(page, id);
  const legend = await table.locator('.chart__legend-item').allInnerTexts();
  const rowsByLabel = new Map<string, string[]>();
  for (const row of await table.locator('tbody tr[data-row]').all()) {
    const label = await row.locator('th').innerText();
    rowsByLabel.set(label.trim(), (await cellTexts(row)).slice(0, -1)); // without the row total
  }
  const charted = legend.length > 0 ? legend.map((l) => l.trim()) : [...rowsByLabel.keys()];
  let bars = 0;
  let hiddenCells = 0;
  for (const [n, label] of charted.entries()) {
    const cells = rowsByLabel.get(label);
    expect(cells, `${id}: a table row for the chart's "${label}"`).toBeDefined();
    const counted = cells!.filter((text) => !hidden.includes(text)).length;
    expect(await table.locator(`svg rect.chart__bar--${n}`).count(), `${id}: bars of "${label}"`).toBe(counted);
    bars += counted;
    hiddenCells += cells!.length - counted;
  }
  expect(await table.locator('svg .chart__suppressed').count(), `${id}: hidden marks`).toBe(hiddenCells);
  return { bars, hiddenCells };
}

/**
 * Exports the view from the "Exportera" dialog in one format and returns the downloaded file.
 * The authenticator's last step is forgotten first, so the same code can be typed again.
 */
async function exportView(page: Page, email: string, format: 'csv' | 'xlsx', options: { password?: string; checkA11yOfDialog?: boolean } = {}): Promise<Buffer> {
  await page.getByRole('button', { name: sv['export.open'], exact: true }).click();
  const dialog = page.getByRole('dialog', { name: sv['statistics.export.title'] });
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: sv[`export.format.${format}`] }).check();
  if (options.password) {
    await dialog.getByLabel(sv['export.password'], { exact: true }).fill(options.password);
    await dialog.getByLabel(sv['export.passwordAgain']).fill(options.password);
  }
  await e2e.server.db.update(users).set({ totpLastStep: null }).where(eq(users.email, email));
  await dialog.getByLabel(sv['export.code']).fill(await currentTotp(testTotpSecret));
  if (options.checkA11yOfDialog) await checkA11y(page, 'statistics export dialog');
  await dialog.getByRole('button', { name: sv['export.submit'] }).click();
  const link = dialog.getByRole('link', { name: sv['export.download'] });
  await link.waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = await downloadedFile(download);
  await dialog.getByRole('button', { name: sv['export.close'] }).click();
  return file;
}

describe('statistics page', () => {
  it('shows each table as a chart and a table that agree, and follows the filters in the address', async () => {
    const { page } = e2e;
    const db = e2e.server.db;
    const national = await buildUser(db, { roles: ['national_coordinator'], regionCode: null });
    // Three begging cases in Nord in Q1: a count that must show as "<5" and never as a bar.
    await insertCases(db, national, 3, { regionCode: 'nord', createdAt: at(2), forms: ['begging'], gender: 'male', citizenships: ['BG'] });
    await insertCases(db, national, 10, { regionCode: 'nord', createdAt: at(5) });
    await insertCases(db, national, 30, { regionCode: 'syd', createdAt: at(2), forms: ['organ_removal'], citizenships: ['VN'] });
    await insertCases(db, national, 25, { regionCode: 'stockholm', createdAt: at(5), forms: ['forced_labour', 'sexual_purposes'] });

    await signInThroughForm(e2e, national.email);
    await page.getByRole('navigation').getByRole('link', { name: sv['statistics.nav'] }).click();
    await page.getByRole('heading', { level: 1, name: sv['statistics.title'] }).waitFor();
    await page.getByLabel(sv['statistics.from']).selectOption('2025-Q1');
    await page.getByLabel(sv['statistics.to']).selectOption('2025-Q4');
    await page.getByRole('button', { name: sv['statistics.show'] }).click();
    await page.waitForURL((url) => url.pathname === '/statistics' && url.search === '?from=2025-Q1&to=2025-Q4');

    const newCases = section(page, 'new_cases_by_region');
    const nord = newCases.locator('tr[data-row="nord"]');
    await expect.poll(async () => (await cellTexts(nord))[0]).toBe('<5');
    expect((await newCases.locator('thead th').allInnerTexts()).slice(1, 3)).toEqual(['2025 kv. 1', '2025 kv. 2']);
    expect(await page.getByText(sv['statistics.legend']).count()).toBe(1);
    await checkA11y(page, 'statistics, whole country');

    let hiddenInAll = 0;
    for (const id of ['new_cases_by_region', 'exploitation_forms', 'gender_and_age', 'citizenship', 'phases_reached']) {
      const { bars, hiddenCells } = await expectChartAgreesWithTable(page, id);
      expect(bars, `${id} draws bars`).toBeGreaterThan(0);
      hiddenInAll += hiddenCells;
    }
    expect(hiddenInAll).toBeGreaterThan(0);
    // The view exported as a CSV and as an encrypted XLSX: a count the table shows is in both, and Nord's "<5".
    const quarters = (await newCases.locator('thead th').allInnerTexts()).slice(1);
    let shown: { region: string; quarter: string; count: string } | undefined;
    for (const row of await newCases.locator('tbody tr[data-row]').all()) {
      const counts = (await cellTexts(row)).slice(0, -1);
      const c = counts.findIndex((text) => /^[1-9]\d*$/.test(text));
      if (c >= 0) {
        shown = { region: (await row.locator('th').innerText()).trim(), quarter: quarters[c]!, count: counts[c]! };
        break;
      }
    }
    expect(shown, 'a count shown in the table').toBeDefined();
    const csv = (await exportView(page, national.email, 'csv', { checkA11yOfDialog: true })).toString('utf8');
    expect(csv.split('\r\n')).toContain(`${sv['statistics.table.new_cases_by_region']};${shown!.region};${shown!.quarter};${shown!.count}`);
    expect(csv.split('\r\n')).toContain(`${sv['statistics.table.new_cases_by_region']};Nord;2025 kv. 1;<5`);
    const password = 'Ett långt lösenord för statistiken';
    const workbook = new ExcelJS.Workbook();
    const xlsx = await decryptXlsx(await exportView(page, national.email, 'xlsx', { password }), password);
    await workbook.xlsx.load(xlsx as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet(sv['statistics.table.new_cases_by_region'])!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf(shown!.quarter);
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === shown!.region)!;
    expect(row.getCell(column).value).toBe(Number(shown!.count));

    // Seven regions: the chart shows the five largest and says so.
    expect(await newCases.locator('.chart__legend-item').count()).toBe(5);
    await newCases.getByText('de 5 största av 7', { exact: false }).first().waitFor();

    // Only organ removal: Syd's 30 in Q1, no small counts left, and the address says which.
    await page.getByLabel(sv['statistics.form']).selectOption('organ_removal');
    await page.getByRole('button', { name: sv['statistics.show'] }).click();
    await page.waitForURL((url) => url.search === '?from=2025-Q1&to=2025-Q4&form=organ_removal');
    await expect.poll(async () => (await cellTexts(newCases.locator('tr[data-row="syd"]')))[0]).toBe('30');
    expect((await cellTexts(nord))[0]).toBe('0');
    const { bars, hiddenCells } = await expectChartAgreesWithTable(page, 'new_cases_by_region');
    expect(hiddenCells).toBe(0);
    expect(bars).toBe(5 * 4);
    await checkA11y(page, 'statistics, organ removal');

    // The shared address opens the same view.
    await page.reload();
    await page.getByLabel(sv['statistics.form']).waitFor();
    expect(await page.getByLabel(sv['statistics.form']).inputValue()).toBe('organ_removal');
    await expect.poll(async () => (await cellTexts(newCases.locator('tr[data-row="syd"]')))[0]).toBe('30');
  });
});
