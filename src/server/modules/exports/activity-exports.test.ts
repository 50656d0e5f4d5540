import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.ts';
import type { ConsultationDetail } from '../../../shared/schemas/consultations.ts';
import type { ExportState } from '../../../shared/schemas/exports.ts';
import { stockholmDate, stockholmTimeToInstant } from '../../../shared/working-days.ts';
import { calls } from '../calls/calls.schema.ts';
import { consultations } from '../consultations/consultations.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRowsAbout, requestAs } from '../../../../test/support/casework.ts';
import { insertCall, insertConsultation } from '../../../../test/support/dashboard.ts';
import { buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { decryptedSheetRows, freshCode as freshTotpCode, waitForExport } from '../../../../test/support/exports.ts';
import { dataExports } from './exports.schema.ts';
import { decryptXlsx } from './xlsx.ts';

type As = ReturnType<typeof requestAs>;
interface Person {
  user: TestUser;
  as: As;
}

let t: TestApp;
let coordinator: Person;
let caseWorker: Person;
let operator: Person;
let trainer: Person;
const password = 'Ett långt lösenord för exporten';
const description = 'Flickan heter Anna och bor på Storgatan 1';
const requesterName = 'Karin Kurator';
const advice = 'Ringde om sin syster Anna, hänvisade till socialtjänsten';
/** A day of the call log; its calls start just after midnight and end just before, Swedish time. */
const day = '2026-03-10';
/** A reference shaped like a formula (the system never hands one out; the cell guard must hold anyway). */
const formulaReference = '=SUM(A1:A9)';
let claimedReference: string;
let sydReference: string;
/** Opened by the case worker, by another case worker, by the operator: all in Stockholm. */
let ownConsultation: ConsultationDetail;
let othersConsultation: ConsultationDetail;
let operatorsConsultation: ConsultationDetail;

async function person(roles: Role[], regionCode: 'stockholm' | null = 'stockholm'): Promise<Person> {
  const user = await buildUser(t.db, { roles, regionCode });
  return { user, as: requestAs(t.app, await signInAs(t.app, user)) };
}

/** A code the user has not used yet: the last step is forgotten, as if a new step had come. */
const freshCode = (user: TestUser) => freshTotpCode(t.db, user.id);

const exportCount = async () => t.db.$count(dataExports);

async function requestExport(who: Person, body: Record<string, unknown>) {
  const response = await who.as('POST', '/api/exports', { code: await freshCode(who.user), ...body });
  expect(response.statusCode, response.body).toBe(202);
  return response.json<{ id: string }>().id;
}

/** Waits for the job as the web app does, then downloads the file. */
async function exportedFile(who: Person, id: string): Promise<{ state: ExportState; file: Buffer }> {
  const state = await waitForExport(who.as, id);
  expect(state.status).toBe('done');
  const response = await who.as('GET', `/api/exports/${id}/file`);
  expect(response.statusCode).toBe(200);
  return { state, file: response.rawPayload };
}

/** The CSV's rows below the heading, each split into cells (no cell here holds a semicolon). */
function csvRows(file: Buffer): string[][] {
  return file.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(';'));
}

/** The XLSX's rows (heading first), an empty cell as ''. */
const xlsxRows = (file: Buffer) => decryptedSheetRows(file, password);

async function openConsultation(who: Person): Promise<ConsultationDetail> {
  const response = await who.as('POST', '/api/consultations', { municipalityCode: '0180', description, requesterName, exploitationForms: ['begging'] });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ConsultationDetail>();
}

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await person(['regional_coordinator']);
  caseWorker = await person(['case_worker']);
  operator = await person(['support_line_operator'], null);
  trainer = await person(['trainer']);
  const otherWorker = await person(['case_worker']);

  const received = new Date(Date.now() - 3 * 24 * 3600 * 1000);
  claimedReference = (await insertConsultation(t.db, { regionCode: 'stockholm', receivedAt: received, status: 'claimed', assigneeUserId: coordinator.user.id })).reference;
  const formula = await insertConsultation(t.db, { regionCode: 'stockholm', receivedAt: received });
  await t.db.update(consultations).set({ reference: formulaReference }).where(eq(consultations.id, formula.id));
  sydReference = (await insertConsultation(t.db, { regionCode: 'syd', receivedAt: received })).reference;
  ownConsultation = await openConsultation(caseWorker);
  othersConsultation = await openConsultation(otherWorker);
  operatorsConsultation = await openConsultation(operator);
});
afterAll(() => t.close());

describe('exporting the consultation queue', () => {
  it("holds exactly the coordinator's queue as CSV: the region's consultations, no other region's, formulas escaped, no free text or names; audited", async () => {
    const id = await requestExport(coordinator, { list: 'consultations', format: 'csv' });
    const { state, file } = await exportedFile(coordinator, id);
    const [heading, ...rows] = csvRows(file);
    expect(heading).toEqual(['Referens', 'Inkom', 'Första svar senast', 'Försenad', 'Polisregion', 'Kommunkod', 'Källa', 'Brådska', 'Status', 'Barn inblandat', 'Exploateringsformer', 'Tilldelad']);
    const references = rows.map((row) => row[0]);
    expect(references.toSorted()).toEqual(
      [claimedReference, `'${formulaReference}`, ownConsultation.reference, othersConsultation.reference, operatorsConsultation.reference].toSorted(),
    );
    expect(references).not.toContain(sydReference);
    expect(state.rowCount).toBe(5);
    const own = rows.find((row) => row[0] === ownConsultation.reference)!;
    expect(own).toEqual([ownConsultation.reference, stockholmDate(new Date()), expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'nej', 'stockholm', '0180', 'professional', 'normal', 'new', 'unknown', 'begging', 'nej']);
    const text = file.toString('utf8');
    for (const secret of [description, requesterName, 'Anna']) expect(text).not.toContain(secret);

    expect((await auditRowsAbout(t.db, 'export.requested', id))[0]?.details).toEqual({ list: 'consultations', format: 'csv', filter: { sort: 'received' } });
    expect((await auditRowsAbout(t.db, 'export.completed', id))[0]?.details).toEqual({ list: 'consultations', rowCount: 5 });
  });

  it('applies the filters, in an XLSX that opens only with the password', async () => {
    const filter = { sort: 'due', status: 'claimed', mine: true };
    const id = await requestExport(coordinator, { list: 'consultations', format: 'xlsx', password, filter });
    const { state, file } = await exportedFile(coordinator, id);
    await expect(decryptXlsx(file, 'ett annat lösenord')).rejects.toThrow();
    const [, ...rows] = await xlsxRows(file);
    expect(rows.map((row) => row[0])).toEqual([claimedReference]);
    expect(rows[0]?.slice(8)).toEqual(['claimed', 'unknown', '', 'ja']);
    expect(state.rowCount).toBe(1);
    expect((await auditRowsAbout(t.db, 'export.requested', id))[0]?.details).toEqual({ list: 'consultations', format: 'xlsx', filter });
  });

  it('gives a case worker only the consultations they opened, as their list does', async () => {
    const id = await requestExport(caseWorker, { list: 'consultations', format: 'csv', filter: { sort: 'received', region: 'stockholm' } });
    const { file } = await exportedFile(caseWorker, id);
    expect(csvRows(file).slice(1).map((row) => row[0])).toEqual([ownConsultation.reference]);
  });

  it('refuses a trainer (no access to the queue) with 403 and queues nothing', async () => {
    const before = await exportCount();
    const refused = await trainer.as('POST', '/api/exports', { list: 'consultations', format: 'csv', code: await freshCode(trainer.user) });
    expect(refused.statusCode).toBe(403);
    expect(await exportCount()).toBe(before);
  });

  it.each([
    ['a page', { sort: 'received', page: 2 }],
    ['a status that does not exist', { sort: 'received', status: 'open' }],
    ['a flag as text', { sort: 'received', mine: 'true' }],
  ])('answers 400 to a filter with %s, and queues nothing', async (_what, filter) => {
    const before = await exportCount();
    const refused = await coordinator.as('POST', '/api/exports', { list: 'consultations', format: 'csv', code: '123456', filter });
    expect(refused.statusCode).toBe(400);
    expect(await exportCount()).toBe(before);
  });
});

describe('exporting the call log', () => {
  let linkedCallId: string;

  beforeAll(async () => {
    const at = (date: string, hour: number, minute: number) => stockholmTimeToInstant(date, hour, minute);
    await insertCall(t.db, { operatorUserId: operator.user.id, startedAt: at(day, 0, 15), regionCode: 'stockholm' });
    linkedCallId = await insertCall(t.db, { operatorUserId: operator.user.id, startedAt: at(day, 23, 40), regionCode: null });
    // Another day (just after midnight in Sweden, still the day before in UTC) and another operator's call.
    await insertCall(t.db, { operatorUserId: operator.user.id, startedAt: at('2026-03-11', 0, 30), regionCode: 'syd' });
    const otherOperator = await buildUser(t.db, { roles: ['support_line_operator'], regionCode: null });
    await insertCall(t.db, { operatorUserId: otherOperator.id, startedAt: at(day, 12, 0), regionCode: 'vast' });
    // The call is linked to a case the operator may not see: the file must not reveal its reference.
    const national = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
    const hiddenCase = await createCaseAs(t.app, await signInAs(t.app, national));
    await t.db
      .update(calls)
      .set({ endedAt: at(day, 23, 52), language: 'ro', adviceGiven: advice, followUpNeeded: true, callerCategory: 'exposed_person', topic: 'return', caseId: hiddenCase.id, consultationId: operatorsConsultation.id })
      .where(eq(calls.id, linkedCallId));
  });

  it("holds exactly the operator's calls of the day, newest first, without the advice or a case they may not see; audited", async () => {
    const id = await requestExport(operator, { list: 'calls', format: 'csv', filter: { date: day } });
    const { state, file } = await exportedFile(operator, id);
    const [heading, ...rows] = csvRows(file);
    expect(heading).toEqual(['Datum', 'Starttid', 'Längd (sekunder)', 'Vem ringde', 'Ämne', 'Polisregion', 'Språk', 'Uppföljning', 'Metodstödsärende', 'Ärende']);
    expect(rows).toEqual([
      [day, '23:40', '720', 'exposed_person', 'return', '', 'ro', 'ja', operatorsConsultation.reference, ''],
      [day, '00:15', '', 'professional', 'other', 'stockholm', '', 'nej', '', ''],
    ]);
    expect(state.rowCount).toBe(2);
    expect(file.toString('utf8')).not.toContain('Anna');
    expect(file.toString('utf8')).not.toContain('NMT-');
    expect((await auditRowsAbout(t.db, 'export.requested', id))[0]?.details).toEqual({ list: 'calls', format: 'csv', filter: { date: day } });
    expect((await auditRowsAbout(t.db, 'export.completed', id))[0]?.details).toEqual({ list: 'calls', rowCount: 2 });
  });

  it("exports today's calls when no day is given, and records that day in the audit log", async () => {
    await insertCall(t.db, { operatorUserId: operator.user.id, startedAt: new Date(), regionCode: 'mitt' });
    const id = await requestExport(operator, { list: 'calls', format: 'xlsx', password });
    const { file } = await exportedFile(operator, id);
    const [, ...rows] = await xlsxRows(file);
    expect(rows.map((row) => row[5])).toEqual(['mitt']);
    const today = stockholmDate(new Date());
    expect((await auditRowsAbout(t.db, 'export.requested', id))[0]?.details).toEqual({ list: 'calls', format: 'xlsx', filter: { date: today } });
  });

  it.each([
    ['a trainer', () => trainer],
    ['a regional coordinator (the call log is its operators\')', () => coordinator],
  ])('refuses %s with 403 and queues nothing', async (_who, who) => {
    const before = await exportCount();
    const refused = await who().as('POST', '/api/exports', { list: 'calls', format: 'csv', code: await freshCode(who().user), filter: { date: day } });
    expect(refused.statusCode).toBe(403);
    expect(await exportCount()).toBe(before);
  });

  it.each([
    ['a day that does not exist', { date: '2026-02-30' }],
    ['a range the list does not have', { date: day, to: '2026-03-12' }],
  ])('answers 400 to %s, and queues nothing', async (_what, filter) => {
    const before = await exportCount();
    const refused = await operator.as('POST', '/api/exports', { list: 'calls', format: 'csv', code: '123456', filter });
    expect(refused.statusCode).toBe(400);
    expect(await exportCount()).toBe(before);
  });
});
