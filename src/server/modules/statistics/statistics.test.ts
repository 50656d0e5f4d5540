import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedCell, Statistics, StatisticsTable } from '../../../shared/schemas/statistics.ts';
import { casePhaseChanges } from '../../db/schema/index.ts';
import { lastAudit } from '../../../../test/support/casework.ts';
import { insertConsultation } from '../../../../test/support/dashboard.ts';
import { recovered } from '../../../../test/support/disclosure-attacker.ts';
import { buildUser, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { insertCalls, insertCases } from '../../../../test/support/statistics.ts';

let t: TestApp;
let national: string;
let nordCoordinator: TestUser;
let nord: string;
const year = '2025';
const at = (month: number, day = 15) => new Date(Date.UTC(2025, month - 1, day, 12));
const period = `from=${year}-Q1&to=${year}-Q4`;

beforeAll(async () => {
  t = await startTestApp();
  const nationalUser = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
  national = await signInAs(t.app, nationalUser);
  nordCoordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'nord' });
  nord = await signInAs(t.app, nordCoordinator);
  const by = nationalUser;
  // Nord: 3 begging cases in Q1 (the cell that must stay hidden), 10 in Q2, 7 in Q3.
  await insertCases(t.db, by, 3, { regionCode: 'nord', createdAt: at(2), forms: ['begging'], gender: 'male', citizenships: ['BG'] });
  await insertCases(t.db, by, 10, { regionCode: 'nord', createdAt: at(5) });
  await insertCases(t.db, by, 7, { regionCode: 'nord', createdAt: at(8) });
  // Syd: organ removal, a citizenship and calls nobody in Nord may count.
  await insertCases(t.db, by, 30, { regionCode: 'syd', createdAt: at(2), forms: ['organ_removal'], citizenships: ['VN'] });
  await insertCases(t.db, by, 12, { regionCode: 'syd', createdAt: at(11), birthYear: 2010 });
  await insertCases(t.db, by, 25, { regionCode: 'stockholm', createdAt: at(5), forms: ['forced_labour', 'sexual_purposes'] });
  // Six Stockholm cases opened from consultations two days after they came in: median 2 days.
  for (let k = 0; k < 6; k++) {
    const consultation = await insertConsultation(t.db, { regionCode: 'stockholm', receivedAt: at(10, 1) });
    const [caseId] = await insertCases(t.db, by, 1, { regionCode: 'stockholm', createdAt: at(10, 3), sourceConsultationId: consultation.id });
    // Moved on to protection and then closed: protection is the furthest phase reached.
    await t.db.insert(casePhaseChanges).values([
      { caseId: caseId!, fromPhase: 'assessment', toPhase: 'protection', kind: 'forward', byUserId: by.id },
      { caseId: caseId!, fromPhase: 'protection', toPhase: 'closed', kind: 'forward', byUserId: by.id },
    ]);
  }
  const operator = await buildUser(t.db, { roles: ['support_line_operator'], regionCode: null });
  await insertCalls(t.db, operator.id, 40, { regionCode: 'syd', startedAt: at(3), callerCategory: 'sex_buyer' });
  await insertCalls(t.db, operator.id, 6, { regionCode: 'nord', startedAt: at(3), callerCategory: 'relative' });
});
afterAll(() => t.close());

const get = (cookie: string | undefined, query: string) =>
  t.app.inject({ method: 'GET', url: `/api/statistics?${query}`, headers: cookie ? { cookie } : {} });
const statisticsOf = async (cookie: string, query = period) => {
  const response = await get(cookie, query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Statistics>();
};
const tableOf = (s: Statistics, id: StatisticsTable['id']) => s.tables.find((table) => table.id === id)!;
const cell = (table: StatisticsTable, row: string, column: string) =>
  table.cells[table.rows.labels.indexOf(row)]![table.columns.labels.indexOf(column)]!;
/** A published figure is the true one; a hidden one carries no value, only whether it is under five. */
const expectFigure = (figure: PublishedCell, truth: number) =>
  expect(figure).toEqual('value' in figure ? { value: truth } : { suppressed: truth < 5 ? 'small' : 'secondary' });
const rowTotal = (table: StatisticsTable, row: string) => table.rowTotals[table.rows.labels.indexOf(row)]!;

describe('GET /api/statistics', () => {
  it('gives NMT every table by quarter, with cells of 1–4 hidden and nothing the attacker can recover', async () => {
    const s = await statisticsOf(national);
    expect(s).toMatchObject({ national: true, from: '2025-Q1', to: '2025-Q4', form: null, quarters: ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'] });
    expect(s.tables.map((table) => table.id)).toEqual([
      'new_cases_by_region',
      'exploitation_forms',
      'gender_and_age',
      'citizenship',
      'phases_reached',
      'consultations_by_source',
      'calls_by_caller',
      'return_outcomes',
    ]);
    const newCases = tableOf(s, 'new_cases_by_region');
    expect(cell(newCases, 'nord', '2025-Q1')).toEqual({ suppressed: 'small' });
    expect(cell(newCases, 'syd', '2025-Q1')).toMatchObject(expect.anything());
    expect(cell(newCases, 'mitt', '2025-Q1')).toEqual({ value: 0 });
    expect(cell(tableOf(s, 'exploitation_forms'), 'begging', '2025-Q1')).toEqual({ suppressed: 'small' });
    expect(cell(tableOf(s, 'exploitation_forms'), 'forced_labour', '2025-Q2')).toEqual({ value: 25 });
    // The 3 Bulgarian citizens are grouped as 'other'; Romania and Viet Nam are shown.
    expect(tableOf(s, 'citizenship').rows.labels).toEqual(['RO', 'VN', 'other', 'unknown']);
    expect(cell(tableOf(s, 'phases_reached'), 'protection', '2025-Q4')).toEqual({ value: 6 });
    expect(rowTotal(tableOf(s, 'phases_reached'), 'closed')).toEqual({ value: 0 });
    for (const table of s.tables) expect(recovered(table), table.id).toEqual([]);
    expect(JSON.stringify(s)).not.toMatch(/"value":[1-4]\b/);
    expect(s.medians.find((m) => m.id === 'days_first_contact_to_case')).toMatchObject({
      quarters: [{ days: null }, { days: null }, { days: null }, { quarter: '2025-Q4', days: 2 }],
      overall: 2,
    });
  });

  it("keeps a hidden cell's row total from giving it away", async () => {
    const newCases = tableOf(await statisticsOf(national), 'new_cases_by_region');
    const nordRow = newCases.cells[newCases.rows.labels.indexOf('nord')]!;
    // Nord's total is 20: either it is hidden too, or another cell of the row is hidden with the 3.
    expect('suppressed' in rowTotal(newCases, 'nord') || nordRow.filter((c) => 'suppressed' in c).length >= 2).toBe(true);
    expect(recovered(newCases)).toEqual([]);
  });

  it("counts only a regional coordinator's own region, in every table", async () => {
    const s = await statisticsOf(nord);
    expect(s).toMatchObject({ national: false, regions: ['nord'], selectableRegions: ['nord'] });
    const newCases = tableOf(s, 'new_cases_by_region');
    expect(newCases.rows.labels).toEqual(['nord']);
    // Published or hidden, each figure is Nord's own: 3, 10, 7 and 0 cases a quarter, 20 in all.
    const nordTruth = [3, 10, 7, 0];
    newCases.cells[0]!.forEach((c, j) => expectFigure(c, nordTruth[j]!));
    expectFigure(newCases.grandTotal, 20);
    expect(cell(newCases, 'nord', '2025-Q2')).toEqual({ value: 10 });
    expect(tableOf(s, 'exploitation_forms').rowTotals[tableOf(s, 'exploitation_forms').rows.labels.indexOf('organ_removal')]).toEqual({ value: 0 });
    expect(tableOf(s, 'citizenship').rows.labels).not.toContain('VN');
    expect(tableOf(s, 'calls_by_caller').grandTotal).toEqual({ value: 6 });
    expect(rowTotal(tableOf(s, 'calls_by_caller'), 'sex_buyer')).toEqual({ value: 0 });
    const genderAndAge = tableOf(s, 'gender_and_age');
    expectFigure(genderAndAge.grandTotal, 20);
    expectFigure(rowTotal(genderAndAge, 'female'), 17);
    expect(rowTotal(genderAndAge, 'non_binary')).toEqual({ value: 0 });
    for (const table of s.tables) expect(recovered(table), table.id).toEqual([]);
  });

  it("refuses a regional coordinator another region's figures, and lets NMT pick one", async () => {
    expect((await get(nord, `${period}&region=syd`)).statusCode).toBe(403);
    const syd = await statisticsOf(national, `${period}&region=syd`);
    expect(syd).toMatchObject({ national: false, regions: ['syd'] });
    expect(tableOf(syd, 'new_cases_by_region').grandTotal).toEqual({ value: 42 });
  });

  it('filters by form of exploitation', async () => {
    const s = await statisticsOf(national, `${period}&form=forced_labour`);
    expect(tableOf(s, 'new_cases_by_region').grandTotal).toEqual({ value: 25 });
    expect(rowTotal(tableOf(s, 'exploitation_forms'), 'sexual_purposes')).toEqual({ value: 25 });
    expect(tableOf(s, 'calls_by_caller').filtersApplied).toEqual(['period', 'region']);
  });

  it('is for coordinators and analysts only', async () => {
    expect((await get(undefined, period)).statusCode).toBe(401);
    for (const role of ['case_worker', 'support_line_operator', 'system_admin', 'auditor', 'return_officer'] as const) {
      const cookie = await signInAs(t.app, await buildUser(t.db, { roles: [role], regionCode: 'nord' }));
      expect((await get(cookie, period)).statusCode, role).toBe(403);
    }
  });

  it('gives an analyst the national figures, the same as NMT sees, whatever region their account names', async () => {
    const analyst = await signInAs(t.app, await buildUser(t.db, { roles: ['analyst'], regionCode: 'nord' }));
    const theirs = await statisticsOf(analyst);
    expect(theirs.national).toBe(true);
    expect(theirs.tables).toEqual((await statisticsOf(national)).tables);
  });

  it.each([
    ['from=2025-Q5&to=2025-Q4'],
    ['from=2025-1&to=2025-Q4'],
    ['from=2025-Q4&to=2025-Q1'],
    ['from=2010-Q1&to=2025-Q4'],
    [`${period}&region=atlantis`],
    [`${period}&form=smuggling`],
  ])('refuses %s with 400', async (query) => {
    const response = await get(national, query);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('records each read with its filters only', async () => {
    await statisticsOf(nord, `${period}&form=begging`);
    const event = await lastAudit(t.db, 'statistics.read');
    expect(event!.actorUserId).toBe(nordCoordinator.id);
    expect(event!.details).toEqual({ region: null, form: 'begging', from: '2025-Q1', to: '2025-Q4' });
  });
});
