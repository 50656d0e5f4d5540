import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportState } from '../../../shared/schemas/exports.ts';
import type { PublishedCell, Statistics } from '../../../shared/schemas/statistics.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRowsAbout, requestAs } from '../../../../test/support/casework.ts';
import { buildUser, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { insertCalls, insertCases } from '../../../../test/support/statistics.ts';
import { exportedFile, freshCode as freshTotpCode } from '../../../../test/support/exports.ts';
import { dimensionValueLabeller, type ExportLanguage, statisticsTexts } from './statistics-export-labels.ts';
import { dataExports } from './exports.schema.ts';
import { decryptXlsx } from './xlsx.ts';

let t: TestApp;
let national: TestUser;
let nordCoordinator: TestUser;
let caseWorker: TestUser;
const cookies = new Map<string, string>();
const password = 'Ett långt lösenord för statistiken';
const at = (month: number) => new Date(Date.UTC(2025, month - 1, 15, 12));
const period = { from: '2025-Q1', to: '2025-Q4' };

const as = (user: TestUser) => requestAs(t.app, cookies.get(user.id)!);

/** A code the user has not used yet: the last step is forgotten, as if a new step had come. */
const freshCode = (user: TestUser) => freshTotpCode(t.db, user.id);

async function exportAs(user: TestUser, body: Record<string, unknown>) {
  return as(user)('POST', '/api/exports', { list: 'statistics', code: await freshCode(user), ...body });
}

/** Asks for the export, waits for the job, and fetches the file. */
async function exported(user: TestUser, body: Record<string, unknown>): Promise<{ id: string; state: ExportState; file: Buffer; contentType: string }> {
  return exportedFile(as(user), { list: 'statistics', code: await freshCode(user), ...body });
}

async function statisticsAs(user: TestUser, query: Record<string, string>): Promise<Statistics> {
  const response = await as(user)('GET', `/api/statistics?${new URLSearchParams(query).toString()}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Statistics>();
}

/** Every figure the page shows, keyed "table|row|column" in the export's labels: what the files must hold. */
function figuresOf(statistics: Statistics, language: ExportLanguage): Map<string, string> {
  const texts = statisticsTexts[language];
  const label = dimensionValueLabeller(language);
  const text = (cell: PublishedCell) => ('value' in cell ? String(cell.value) : cell.suppressed === 'small' ? '<5' : '..');
  const figures = new Map<string, string>();
  for (const table of statistics.tables) {
    const title = texts.tables[table.id];
    const rows = table.rows.labels.map((code) => label(table.rows.dimension, code));
    const columns = table.columns.labels.map((code) => label(table.columns.dimension, code));
    rows.forEach((row, r) => {
      columns.forEach((column, c) => figures.set(`${title}|${row}|${column}`, text(table.cells[r]![c]!)));
      figures.set(`${title}|${row}|${texts.total}`, text(table.rowTotals[r]!));
    });
    columns.forEach((column, c) => figures.set(`${title}|${texts.total}|${column}`, text(table.columnTotals[c]!)));
    figures.set(`${title}|${texts.total}|${texts.total}`, text(table.grandTotal));
  }
  return figures;
}

/** The long CSV as "table|row|column" → value, after its header. */
function csvFigures(file: Buffer): { header: string; figures: Map<string, string> } {
  const text = file.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...lines] = text.slice(1).trim().split('\r\n');
  return { header: header!, figures: new Map(lines.map((line) => line.split(';')).map(([table, row, column, value]) => [`${table}|${row}|${column}`, value!])) };
}

beforeAll(async () => {
  t = await startTestApp();
  national = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
  nordCoordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'nord' });
  caseWorker = await buildUser(t.db, { roles: ['case_worker'], regionCode: 'nord' });
  for (const user of [national, nordCoordinator, caseWorker]) cookies.set(user.id, await signInAs(t.app, user));
  // Nord: 3 begging cases in Q1 (a small count that must stay hidden), 10 in Q2, 7 in Q3.
  await insertCases(t.db, national, 3, { regionCode: 'nord', createdAt: at(2), forms: ['begging'], gender: 'male', citizenships: ['BG'] });
  await insertCases(t.db, national, 10, { regionCode: 'nord', createdAt: at(5) });
  await insertCases(t.db, national, 7, { regionCode: 'nord', createdAt: at(8) });
  // Syd and Stockholm: cases no one in Nord may count.
  await insertCases(t.db, national, 30, { regionCode: 'syd', createdAt: at(2), forms: ['organ_removal'], citizenships: ['VN'] });
  await insertCases(t.db, national, 12, { regionCode: 'syd', createdAt: at(11), birthYear: 2010 });
  await insertCases(t.db, national, 25, { regionCode: 'stockholm', createdAt: at(5), forms: ['forced_labour', 'sexual_purposes'] });
  const operator = await buildUser(t.db, { roles: ['support_line_operator'], regionCode: null });
  await insertCalls(t.db, operator.id, 40, { regionCode: 'syd', startedAt: at(3), callerCategory: 'sex_buyer' });
  await insertCalls(t.db, operator.id, 6, { regionCode: 'nord', startedAt: at(3), callerCategory: 'relative' });
});
afterAll(() => t.close());

// Each export is a job, an XLSX is encrypted with 100,000 SHA-512 rounds and a PDF embeds fonts: slow on a loaded machine.
describe('POST /api/exports for the statistics', { timeout: 120_000 }, () => {
  it('writes a long CSV whose figures are the page\'s, "<5" and ".." where hidden, audited with the filter', async () => {
    const page = await statisticsAs(national, period);
    const { id, state, file, contentType } = await exported(national, { format: 'csv', filter: { ...period, language: 'sv' } });
    expect(contentType).toBe('text/csv; charset=utf-8');
    const { header, figures } = csvFigures(file);
    expect(header).toBe('Tabell;Rad;Kolumn;Värde');
    const expected = figuresOf(page, 'sv');
    expect(figures).toEqual(expected);
    expect(state.rowCount).toBe(expected.size);
    // Suppression happened, and reached the file as the page shows it.
    expect(figures.get('Nya ärenden per region|Nord|2025 kv. 1')).toBe('<5');
    expect([...figures.values()]).toContain('..');
    expect(figures.get('Nya ärenden per region|Syd|2025 kv. 1')).toBe('30');
    expect((await auditRowsAbout(t.db, 'export.requested', id))[0]?.details).toEqual({ list: 'statistics', format: 'csv', filter: { ...period, language: 'sv' } });
    expect((await auditRowsAbout(t.db, 'export.completed', id))[0]?.details).toEqual({ list: 'statistics', rowCount: expected.size });
  });

  it("gives a regional coordinator their region's figures only, in English when asked", async () => {
    const page = await statisticsAs(nordCoordinator, period);
    expect(page.regions).toEqual(['nord']);
    const { file } = await exported(nordCoordinator, { format: 'csv', filter: { ...period, language: 'en' } });
    const { header, figures } = csvFigures(file);
    expect(header).toBe('Table;Row;Column;Value');
    expect(figures).toEqual(figuresOf(page, 'en'));
    const regionRows = new Set([...figures.keys()].filter((key) => key.startsWith('New cases by region|')).map((key) => key.split('|')[1]));
    expect(regionRows).toEqual(new Set(['North', 'Total']));
    expect(figures.get('New cases by region|North|2025 Q1')).toBe('<5');
    expect(file.toString('utf8')).not.toMatch(/South|Stockholm|Vietnam/);
  });

  it('refuses a case worker with 403 before it takes the code, and another region to a regional coordinator', async () => {
    expect((await exportAs(caseWorker, { format: 'csv' })).statusCode).toBe(403);
    // The filter is the page's: another region is refused when asked, as the page refuses it, never replaced.
    const before = await t.db.$count(dataExports);
    expect((await exportAs(nordCoordinator, { format: 'csv', filter: { region: 'syd', language: 'sv' } })).statusCode).toBe(403);
    expect(await t.db.$count(dataExports)).toBe(before);
  });

  it('answers 400 to an unknown filter key, a reversed period and a PDF without a password', async () => {
    for (const body of [
      { format: 'csv', filter: { language: 'sv', q: 'Anna' } },
      { format: 'csv', filter: { from: '2025-Q4', to: '2025-Q1', language: 'sv' } },
      { format: 'pdf', filter: { language: 'sv' } },
    ]) {
      expect((await exportAs(national, body)).statusCode).toBe(400);
    }
  });

  it('writes an XLSX that opens with the password only, one sheet per table with the same figures', async () => {
    const page = await statisticsAs(national, period);
    const { file, contentType } = await exported(national, { format: 'xlsx', password, filter: { ...period, language: 'sv' } });
    expect(contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await expect(decryptXlsx(file, 'ett annat långt lösenord')).rejects.toThrow();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await decryptXlsx(file, password)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets).toHaveLength(page.tables.length);
    const texts = statisticsTexts.sv;
    const figures = new Map<string, string>();
    page.tables.forEach((table, k) => {
      const sheet = workbook.worksheets[k]!;
      expect(sheet.name).toBe(texts.sheets[table.id]);
      const header = (sheet.getRow(1).values as unknown[]).slice(2).map(String);
      for (let r = 2; r <= table.rows.labels.length + 2; r++) {
        const [rowLabel, ...values] = (sheet.getRow(r).values as unknown[]).slice(1).map(String);
        values.forEach((value, c) => figures.set(`${texts.tables[table.id]}|${rowLabel}|${header[c]}`, value));
      }
    });
    expect(figures).toEqual(figuresOf(page, 'sv'));
    // Numbers stay numbers, for whoever sums them.
    expect(workbook.getWorksheet(texts.sheets.new_cases_by_region)!.getRow(8).getCell(2).value).toBe(30);
  });

  it('writes a PDF encrypted with the password', async () => {
    const { file, contentType, state } = await exported(national, { format: 'pdf', password, filter: { ...period, region: 'nord', language: 'en' } });
    expect(contentType).toBe('application/pdf');
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.toString('latin1')).toMatch(/\/Encrypt \d+ 0 R/);
    for (const word of ['New cases by region', 'North', 'fewer than five']) expect(file.toString('latin1')).not.toContain(word);
    expect(state.rowCount).toBeGreaterThan(0);
  });
});
