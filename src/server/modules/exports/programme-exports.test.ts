import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReturnApplication, ReturnList } from '../../../shared/schemas/returns.ts';
import type { TrainingItem, TrainingList } from '../../../shared/schemas/trainings.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import { organisations } from '../../db/schema/identity.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRowsAbout, requestAs } from '../../../../test/support/casework.ts';
import { setCase } from '../../../../test/support/deadlines.ts';
import { buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { returnProgrammeCast } from '../../../../test/support/returns.ts';
import { addToTeam } from '../../../../test/support/team.ts';
import { createTrainingAs, daysFromNow, registerFor, type TestRegistration } from '../../../../test/support/trainings.ts';
import { exportedFile, freshCode as freshTotpCode } from '../../../../test/support/exports.ts';
import { dataExports } from './exports.schema.ts';
import { decryptXlsx } from './xlsx.ts';

let t: TestApp;
const password = 'Ett långt lösenord för exporten';
const exportCount = async () => t.db.$count(dataExports);

/** A code the user has not used yet: the last step is forgotten, as if a new step had come. */
const freshCode = (userId: string) => freshTotpCode(t.db, userId);

/** A signed-in user with their session and request helper. */
async function person(user: TestUser, session?: string) {
  const cookie = session ?? (await signInAs(t.app, user));
  return { user, cookie, as: requestAs(t.app, cookie) };
}
type Person = Awaited<ReturnType<typeof person>>;

/** Asks for the export (202), waits for the job as the web app does, and fetches the file. */
async function exported(who: Person, body: Record<string, unknown>) {
  const { id, state, file } = await exportedFile(who.as, { code: await freshCode(who.user.id), ...body });
  return { id, state, file };
}

/** The CSV's heading and rows, cells split at the semicolon (ids, codes and numbers need no quotes). */
function csvTable(file: Buffer) {
  const text = file.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [heading, ...rows] = text.slice(1).trim().split('\r\n').map((line) => line.split(';'));
  return { heading: heading!, rows };
}

async function xlsxRows(file: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await decryptXlsx(file, password)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the return programme list export', () => {
  let nmt: Person;
  let officer: Person;
  let policeId: string;
  const application: Record<'ours' | 'oursToo' | 'otherOffice' | 'notAssigned', ReturnApplication> = {} as never;
  const codeNames: string[] = [];

  beforeAll(async () => {
    const cast = await returnProgrammeCast(t, ['IOM Göteborg export', 'IOM Umeå export']);
    nmt = await person(await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null }));
    officer = await person(cast.officer, cast.cookie.officer);
    policeId = cast.policeId;
    const [otherIom] = await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, 'IOM Umeå export'));
    const send = (cookie: string, url: string, payload: object) => t.app.inject({ method: 'POST', url: `/api/${url}`, headers: { cookie }, payload });
    for (const [key, iom] of [['ours', cast.iomId], ['oursToo', cast.iomId], ['otherOffice', otherIom!.id], ['notAssigned', null]] as const) {
      const created = await createCaseAs(t.app, cast.cookie.lead, { person: { codeName: `=Kodnamn ${key}`, isChild: false } });
      codeNames.push(created.person.codeName);
      await setCase(t.db, created.id, { leadUserId: cast.lead.id });
      await addToTeam(t.db, { caseId: created.id, organisationId: cast.policeId, recordedByUserId: cast.lead.id });
      const referred = await send(cast.cookie.worker, `cases/${created.id}/return-applications`, {
        countryCode: 'RO',
        reasons: 'Vill återförenas med sin familj.',
        travelDocumentStatus: 'expired_passport',
        consentGiven: true,
        consentOn: stockholmDate(new Date()),
      });
      expect(referred.statusCode, referred.body).toBe(201);
      application[key] = referred.json<ReturnApplication>();
      if (iom === null) continue;
      expect((await send(nmt.cookie, `returns/${application[key].id}/decision`, { decision: 'approve' })).statusCode).toBe(200);
      expect((await send(nmt.cookie, `returns/${application[key].id}/assignment`, { organisationId: iom })).statusCode).toBe(200);
    }
  });

  it("gives an IOM officer a CSV of exactly their list: their office's referrals, no other office's, none not yet assigned, no case number, no code name", async () => {
    const list = (await officer.as('GET', '/api/returns')).json<ReturnList>();
    const { id, state, file } = await exported(officer, { list: 'returns', format: 'csv' });
    const { heading, rows } = csvTable(file);
    expect(heading).toEqual(['Ansökan', 'Ärendenummer', 'Status', 'Land', 'IOM-kontor', 'Nästa uppföljning', 'Nästa datum', 'Försenade']);
    expect(rows.map((row) => row[0])).toEqual(list.items.map((item) => item.id));
    expect(rows.map((row) => row[0]).toSorted()).toEqual([application.ours.id, application.oursToo.id].toSorted());
    expect(state.rowCount).toBe(2);
    for (const row of rows) expect(row.slice(1, 6)).toEqual(['', 'assigned', 'RO', 'IOM Göteborg export', '']);
    const text = file.toString('utf8');
    expect(text).not.toContain(application.otherOffice.id);
    expect(text).not.toContain(application.notAssigned.id);
    for (const codeName of codeNames) expect(text).not.toContain(codeName.slice(1));

    expect((await auditRowsAbout(t.db, 'export.requested', id))[0]?.details).toEqual({ list: 'returns', format: 'csv', filter: {} });
    expect((await auditRowsAbout(t.db, 'export.completed', id))[0]?.details).toEqual({ list: 'returns', rowCount: 2 });
  });

  it('gives NMT an encrypted XLSX of the whole list in its order, with the case numbers', async () => {
    const list = (await nmt.as('GET', '/api/returns')).json<ReturnList>();
    const { id, file } = await exported(nmt, { list: 'returns', format: 'xlsx', password, filter: {} });
    await expect(decryptXlsx(file, 'ett annat lösenord')).rejects.toThrow();
    const [heading, ...rows] = await xlsxRows(file);
    expect(heading?.[0]).toBe('Ansökan');
    expect(rows.map((row) => row[0])).toEqual(list.items.map((item) => item.id));
    for (const key of ['ours', 'oursToo', 'otherOffice', 'notAssigned'] as const) {
      expect(rows.find((row) => row[0] === application[key].id)?.[1]).toBe(application[key].caseReference);
    }
    expect((await auditRowsAbout(t.db, 'export.requested', id))[0]?.details).toEqual({ list: 'returns', format: 'xlsx', filter: {} });
  });

  it('refuses with 403 a case worker (who may export, but not this list), and 400 a filter the list does not have; nothing is queued', async () => {
    const before = await exportCount();
    const caseWorker = await person(await buildUser(t.db, { roles: ['case_worker'], organisationId: policeId }));
    const refused = await caseWorker.as('POST', '/api/exports', { list: 'returns', format: 'csv', code: await freshCode(caseWorker.user.id) });
    expect(refused.statusCode).toBe(403);
    const unknown = await officer.as('POST', '/api/exports', { list: 'returns', format: 'csv', filter: { status: 'assigned' }, code: await freshCode(officer.user.id) });
    expect(unknown.statusCode).toBe(400);
    const pdf = await officer.as('POST', '/api/exports', { list: 'returns', format: 'pdf', password, code: await freshCode(officer.user.id) });
    expect(pdf.statusCode).toBe(400);
    expect(await exportCount()).toBe(before);
  });
});

describe('the trainings list export', () => {
  let vast: Person;
  let trainer: Person;
  const event: Record<'vast' | 'vastDraft' | 'vastPast' | 'national' | 'stockholm' | 'stockholmDraft', string> = {} as never;
  let vastEvent: TrainingItem;
  const registrations: TestRegistration[] = [];

  beforeAll(async () => {
    vast = await person(await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' }));
    trainer = await person(await buildUser(t.db, { roles: ['trainer'], regionCode: null }));
    const vastCookie = vast.cookie;
    const trainerCookie = trainer.cookie;
    vastEvent = await createTrainingAs(t.app, vastCookie, { regionCode: 'vast', capacity: 1 });
    event.vast = vastEvent.id;
    event.vastDraft = (await createTrainingAs(t.app, vastCookie, { regionCode: 'vast', status: 'draft', startsAt: daysFromNow(30), endsAt: daysFromNow(31) })).id;
    event.vastPast = (await createTrainingAs(t.app, vastCookie, { regionCode: 'vast', startsAt: daysFromNow(-10), endsAt: daysFromNow(-9), registrationDeadline: daysFromNow(-12) })).id;
    event.national = (await createTrainingAs(t.app, trainerCookie, { regionCode: null, startsAt: daysFromNow(40), endsAt: daysFromNow(41) })).id;
    event.stockholm = (await createTrainingAs(t.app, trainerCookie, { regionCode: 'stockholm' })).id;
    event.stockholmDraft = (await createTrainingAs(t.app, trainerCookie, { regionCode: 'stockholm', status: 'draft' })).id;
    // One seat taken, one on the waiting list.
    registrations.push(await registerFor(t, event.vast), await registerFor(t, event.vast));
  });

  it("gives a regional coordinator a CSV of exactly their list: their region's events (drafts too) and national ones, no other region's", async () => {
    const list = (await vast.as('GET', '/api/trainings?when=upcoming')).json<TrainingList>();
    const { id, state, file } = await exported(vast, { list: 'trainings', format: 'csv', filter: { when: 'upcoming' } });
    const { heading, rows } = csvTable(file);
    expect(heading).toEqual(['Utbildning', 'Startdatum', 'Slutdatum', 'Status', 'Region', 'Platser', 'Bokade', 'Väntelista', 'Närvarande']);
    expect(rows.map((row) => row[0])).toEqual(list.items.map((item) => item.id));
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining([event.vast, event.vastDraft, event.national]));
    const text = file.toString('utf8');
    for (const absent of [event.stockholm, event.stockholmDraft, event.vastPast]) expect(text).not.toContain(absent);
    const vastRow = rows.find((row) => row[0] === event.vast)!;
    expect(vastRow.slice(1, 3)).toEqual([stockholmDate(new Date(vastEvent.startsAt)), stockholmDate(new Date(vastEvent.endsAt))]);
    expect(vastRow.slice(3)).toEqual(['published', 'vast', '1', '1', '1', '0']);
    expect(rows.find((row) => row[0] === event.national)?.[4]).toBe('national');
    expect(text).not.toContain('Människohandel');
    expect(text).not.toContain('deltagare');
    expect(state.rowCount).toBe(list.items.length);

    expect((await auditRowsAbout(t.db, 'export.requested', id))[0]?.details).toEqual({ list: 'trainings', format: 'csv', filter: { when: 'upcoming' } });
    expect((await auditRowsAbout(t.db, 'export.completed', id))[0]?.details).toEqual({ list: 'trainings', rowCount: list.items.length });
  });

  it('applies the filter: past events only, as an encrypted XLSX', async () => {
    const list = (await vast.as('GET', '/api/trainings?when=past')).json<TrainingList>();
    const { id, file } = await exported(vast, { list: 'trainings', format: 'xlsx', password, filter: { when: 'past' } });
    const [, ...rows] = await xlsxRows(file);
    expect(rows.map((row) => row[0])).toEqual(list.items.map((item) => item.id));
    expect(rows.map((row) => row[0])).toContain(event.vastPast);
    expect(rows.map((row) => row[0])).not.toContain(event.vast);
    expect((await auditRowsAbout(t.db, 'export.requested', id))[0]?.details).toEqual({ list: 'trainings', format: 'xlsx', filter: { when: 'past' } });
  });

  it('gives a trainer every event, drafts of every region included', async () => {
    const { file } = await exported(trainer, { list: 'trainings', format: 'csv' });
    const ids = csvTable(file).rows.map((row) => row[0]);
    expect(ids).toEqual(expect.arrayContaining([event.vast, event.vastDraft, event.national, event.stockholm, event.stockholmDraft]));
    expect(ids).not.toContain(event.vastPast);
  });

  it('refuses with 403 a role without the exports gate (the list itself is open to every member), and 400 a filter it does not know; nothing is queued', async () => {
    const before = await exportCount();
    const auditor = await person(await buildUser(t.db, { roles: ['auditor'], regionCode: null }));
    const refused = await auditor.as('POST', '/api/exports', { list: 'trainings', format: 'csv', code: await freshCode(auditor.user.id) });
    expect(refused.statusCode).toBe(403);
    const bad = await vast.as('POST', '/api/exports', { list: 'trainings', format: 'csv', filter: { when: 'soon' }, code: await freshCode(vast.user.id) });
    expect(bad.statusCode).toBe(400);
    const paged = await vast.as('POST', '/api/exports', { list: 'trainings', format: 'csv', filter: { when: 'past', page: 2 }, code: await freshCode(vast.user.id) });
    expect(paged.statusCode).toBe(400);
    expect(await exportCount()).toBe(before);
  });

  describe("one event's registrations, for its organiser", () => {
    it('gives the organiser an encrypted XLSX of the registrants, seats first, audited with the event', async () => {
      const { id, state, file } = await exported(vast, { list: 'training_registrations', format: 'xlsx', password, filter: { trainingId: event.vast } });
      expect(state.rowCount).toBe(2);
      const [heading, ...rows] = await xlsxRows(file);
      expect(heading?.slice(0, 3)).toEqual(['Anmälningsnummer', 'Namn', 'E-post']);
      expect(rows.map((row) => row[0])).toEqual(registrations.map((r) => r.reference));
      expect(rows.map((row) => row[6])).toEqual(['confirmed', 'waiting']);
      expect(String(rows[0]?.[1])).toMatch(/^Kim Deltagare \d+$/);
      expect(String(rows[0]?.[2])).toMatch(/@kommun\.example\.se$/);
      // The stated needs (free text) stay out.
      expect(JSON.stringify(rows)).not.toContain('Vegetarisk');
      expect((await auditRowsAbout(t.db, 'export.requested', id))[0]?.details).toEqual({ list: 'training_registrations', format: 'xlsx', filter: { trainingId: event.vast } });
    });

    it("answers another region's coordinator 404, as for an event that does not exist, before it takes the code", async () => {
      const before = await exportCount();
      const stockholm = await person(await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' }));
      for (const trainingId of [event.vast, '00000000-0000-4000-8000-000000000000']) {
        const body = { list: 'training_registrations', format: 'xlsx', password, filter: { trainingId }, code: await freshCode(stockholm.user.id) };
        expect((await stockholm.as('POST', '/api/exports', body)).statusCode).toBe(404);
      }
      expect(await exportCount()).toBe(before);
    });

    it('refuses with 403 a case worker (no registrations gate), and 400 a CSV or no event; nothing is queued', async () => {
      const before = await exportCount();
      const caseWorker = await person(await buildUser(t.db, { roles: ['case_worker'], regionCode: 'vast' }));
      const filter = { trainingId: event.vast };
      expect((await caseWorker.as('POST', '/api/exports', { list: 'training_registrations', format: 'xlsx', password, filter, code: await freshCode(caseWorker.user.id) })).statusCode).toBe(403);
      expect((await vast.as('POST', '/api/exports', { list: 'training_registrations', format: 'csv', filter, code: await freshCode(vast.user.id) })).statusCode).toBe(400);
      expect((await vast.as('POST', '/api/exports', { list: 'training_registrations', format: 'xlsx', password, code: await freshCode(vast.user.id) })).statusCode).toBe(400);
      expect(await exportCount()).toBe(before);
    });
  });
});
