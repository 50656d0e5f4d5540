import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportState } from '../../../shared/schemas/exports.ts';
import { cases, persons } from '../../db/schema/index.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRowsAbout, requestAs } from '../../../../test/support/casework.ts';
import { buildUser, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { insertCases } from '../../../../test/support/statistics.ts';
import { freshCode as freshTotpCode, waitForExport } from '../../../../test/support/exports.ts';
import { dataExports } from './exports.schema.ts';
import { isPublishableValue } from './htcds-values.ts';
import { decryptXlsx } from './xlsx.ts';

let t: TestApp;
let national: TestUser;
let asNational: ReturnType<typeof requestAs>;
const password = 'Ett långt lösenord för mikrodata';
const at = (year: number, month = 6) => new Date(Date.UTC(year, month - 1, 15, 12));
const columns = ['rowId', 'yearOfRegistration', 'prs_Gender', 'ageBroad', 'prs_Citizenship', 'vic_TypeOfExploitation'];
/** People the export may hold (one row each at most); the protected ones and the second case are not counted. */
let people = 0;
let seededCaseIds: string[] = [];

const freshCode = (user: TestUser) => freshTotpCode(t.db, user.id);

const exportCount = async () => t.db.$count(dataExports);

async function exportHtcds(body: Record<string, unknown>): Promise<ExportState> {
  const response = await asNational('POST', '/api/exports', { list: 'htcds', code: await freshCode(national), ...body });
  expect(response.statusCode, response.body).toBe(202);
  const { id } = response.json<{ id: string }>();
  const state = await waitForExport(asNational, id);
  expect(state.status).toBe('done');
  return state;
}

/** One CSV line's cells: split at semicolons outside quotes, quotes removed. */
function cellsOf(line: string): string[] {
  const cells = [...line.matchAll(/(?:^|;)("(?:[^"]|"")*"|[^;]*)/g)].map((m) => m[1]!);
  return cells.map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell));
}

/** The data rows; every line after the header is a person. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...lines] = text.slice(1).trimEnd().split('\r\n').map(cellsOf);
  expect(header).toEqual(columns);
  return lines;
}

/** Every quasi-identifier combination of the rows (all columns but the row id) with its size. */
function groupSizes(rows: string[][]): number[] {
  const sizes = new Map<string, number>();
  for (const row of rows) sizes.set(JSON.stringify(row.slice(1)), (sizes.get(JSON.stringify(row.slice(1))) ?? 0) + 1);
  return [...sizes.values()];
}

function unpublishable(rows: string[][]): string[] {
  return rows.flatMap(([, year, gender, ageBand, citizenship, exploitation]) =>
    [
      isPublishableValue.year(year!) ? null : year!,
      isPublishableValue.gender(gender!) ? null : gender!,
      isPublishableValue.ageBand(ageBand!) ? null : ageBand!,
      isPublishableValue.citizenship(citizenship!) ? null : citizenship!,
      ...exploitation!.split(';').map((value) => (isPublishableValue.exploitation(value) ? null : value)),
    ].filter((value) => value !== null),
  );
}

async function seed(count: number, c: Parameters<typeof insertCases>[3], isProtected = false): Promise<string[]> {
  const ids = await insertCases(t.db, national, count, c);
  seededCaseIds.push(...ids);
  if (isProtected) {
    const personIds = t.db.select({ id: cases.personId }).from(cases).where(inArray(cases.id, ids));
    await t.db.update(persons).set({ hasProtectedIdentity: true }).where(inArray(persons.id, personIds));
  } else {
    people += count;
  }
  return ids;
}

beforeAll(async () => {
  t = await startTestApp();
  national = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
  asNational = requestAs(t.app, await signInAs(t.app, national));
  seededCaseIds = [];
  // Two common groups, in 2024 and 2023.
  const [first] = await seed(40, { regionCode: 'stockholm', createdAt: at(2024), gender: 'female', birthYear: 1996, citizenships: ['RO'], forms: ['sexual_purposes'] });
  await seed(20, { regionCode: 'syd', createdAt: at(2023), gender: 'male', birthYear: 1990, citizenships: ['SE', 'NO'], forms: ['forced_labour'] });
  // Five like the first group but a band older: too few for k = 11 unless the bands are merged.
  await seed(5, { regionCode: 'stockholm', createdAt: at(2024), gender: 'female', birthYear: 1994, citizenships: ['RO'], forms: ['sexual_purposes'] });
  // A few rare ones: a lone Norwegian boy begging, a man with no birth year or citizenship, a non-binary adult.
  await seed(1, { regionCode: 'nord', createdAt: at(2024), gender: 'male', birthYear: 2010, citizenships: ['NO'], forms: ['begging'] });
  await seed(1, { regionCode: 'vast', createdAt: at(2024), gender: 'male', birthYear: null, citizenships: [], forms: ['unknown'] });
  await seed(1, { regionCode: 'vast', createdAt: at(2024, 1), gender: 'non_binary', birthYear: 1980, citizenships: ['XK'], forms: ['criminal_activity', 'prostitution'] });
  // Twelve people with protected identity, alike: a group of k or more that would be released if they were read.
  await seed(12, { regionCode: 'mitt', createdAt: at(2024), gender: 'female', birthYear: 1996, citizenships: ['TH'], forms: ['organ_removal'] }, true);
  // A second case of one person of the first group: still one row (one person), identified in 2024.
  const [firstCase] = await t.db.select({ personId: cases.personId, createdByUserId: cases.createdByUserId, createdByOrganisationId: cases.createdByOrganisationId }).from(cases).where(eq(cases.id, first!));
  const [second] = await t.db
    .insert(cases)
    .values({ ...firstCase!, reference: 'NMT-2097-000001', regionCode: 'stockholm', countyCode: '01', municipalityCode: '0180', exploitationForms: ['sexual_purposes'], createdAt: at(2025) })
    .returning({ id: cases.id });
  seededCaseIds.push(second!.id);
});
afterAll(() => t.close());

describe('the HTCDS microdata export', () => {
  it('releases a k-anonymous CSV (k = 11) of standard values, one row per person, protected identities never read', async () => {
    const state = await exportHtcds({ format: 'csv' });
    const file = await asNational('GET', `/api/exports/${state.id}/file`);
    expect(file.statusCode).toBe(200);
    const text = file.rawPayload.toString('utf8');
    const rows = parseCsv(text);
    const suppressedRows = state.suppressedRows!;

    expect(Math.min(...groupSizes(rows))).toBeGreaterThanOrEqual(11);
    expect(unpublishable(rows)).toEqual([]);
    // Every person without protected identity is either released or counted as suppressed, once.
    expect(suppressedRows).toBeGreaterThan(0);
    expect(rows.length + suppressedRows).toBe(people);
    expect(state.rowCount).toBe(rows.length);
    expect(rows.flatMap((row) => row[5]!.split(';'))).not.toContain('OrganRemoval');
    expect(rows.map((row) => row[4])).not.toContain('TH');
    // Nothing links back: fresh row ids, no case id, reference or code name anywhere in the file.
    const rowIds = rows.map((row) => row[0]!);
    expect(new Set(rowIds).size).toBe(rows.length);
    const references = await t.db.select({ id: cases.id, reference: cases.reference }).from(cases).where(inArray(cases.id, seededCaseIds));
    for (const { id, reference } of references) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(reference);
    }
    expect(text).not.toContain('Stat ');

    expect((await auditRowsAbout(t.db, 'export.requested', state.id))[0]?.details).toEqual({ list: 'htcds', format: 'csv', filter: {} });
    expect((await auditRowsAbout(t.db, 'export.completed', state.id))[0]?.details).toEqual({ list: 'htcds', rowCount: rows.length, suppressedRows });
  });

  it('gives fresh row ids in each export', async () => {
    const ids = async () => {
      const state = await exportHtcds({ format: 'csv' });
      return parseCsv((await asNational('GET', `/api/exports/${state.id}/file`)).rawPayload.toString('utf8')).map((row) => row[0]);
    };
    const [once, again] = [await ids(), await ids()];
    expect(once.length).toBeGreaterThan(0);
    expect(again.filter((id) => once.includes(id))).toEqual([]);
  });

  it('holds only the people identified in the chosen years, as an encrypted XLSX, the suppressed count beside it', async () => {
    const state = await exportHtcds({ format: 'xlsx', password, filter: { fromYear: 2023, toYear: 2023 } });
    expect(state.rowCount).toBe(20);
    const file = await asNational('GET', `/api/exports/${state.id}/file`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await decryptXlsx(file.rawPayload, password)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const values = workbook.worksheets[0]!.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    expect(values[0]).toEqual(columns);
    expect(values.slice(1).map((row) => row.slice(1))).toEqual(Array.from({ length: 20 }, () => ['2023', 'Masculine', '30--38', 'SE', 'ForcedLabour']));
    expect(state.suppressedRows).toBe(0);
  });

  it('answers 400 to years the wrong way round or not whole, and queues nothing', async () => {
    const before = await exportCount();
    for (const filter of [{ fromYear: 2025, toYear: 2024 }, { fromYear: 2024.5 }, { fromYear: '2024' }, { region: 'nord' }]) {
      const refused = await asNational('POST', '/api/exports', { list: 'htcds', format: 'csv', code: '123456', filter });
      expect(refused.statusCode, JSON.stringify(filter)).toBe(400);
    }
    expect(await exportCount()).toBe(before);
  });

  it.each(['regional_coordinator', 'analyst'] as const)('refuses a %s with 403 and queues nothing', async (role) => {
    const user = await buildUser(t.db, { roles: [role], regionCode: 'stockholm' });
    const asUser = requestAs(t.app, await signInAs(t.app, user));
    const before = await exportCount();
    const refused = await asUser('POST', '/api/exports', { list: 'htcds', format: 'csv', code: await freshCode(user) });
    expect(refused.statusCode).toBe(403);
    expect(await exportCount()).toBe(before);
  });
});
