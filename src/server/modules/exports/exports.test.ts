import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportState } from '../../../shared/schemas/exports.ts';
import { users } from '../../db/schema/identity.ts';
import { currentTotp } from '../../platform/totp.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRowsAbout, auditRows, requestAs } from '../../../../test/support/casework.ts';
import { buildUser, createCaseAs, signInAs, testKeyring, testTotpSecret, type TestUser } from '../../../../test/support/factories.ts';
import { freshCode as freshTotpCode, waitForExport } from '../../../../test/support/exports.ts';
import { runExport } from './export-job.ts';
import { failExport, finishExport, takeBackStalledExports } from './exports.queries.ts';
import { dataExports } from './exports.schema.ts';
import { removeExpiredExports } from './exports.service.ts';
import { decryptXlsx } from './xlsx.ts';

let t: TestApp;
let coordinator: TestUser;
let asCoordinator: ReturnType<typeof requestAs>;
let asOther: ReturnType<typeof requestAs>;
const password = 'Ett långt lösenord för exporten';
const stockholmNames = ['=cmd', 'Lilja export', '+sum(A1)'];
const vastName = 'Vera i väst';

const freshCode = (user: TestUser) => freshTotpCode(t.db, user.id);

const exportCount = async () => t.db.$count(dataExports);

async function exportCases(body: Record<string, unknown>) {
  const response = await asCoordinator('POST', '/api/exports', { list: 'cases', code: await freshCode(coordinator), ...body });
  expect(response.statusCode, response.body).toBe(202);
  return response.json<{ id: string }>().id;
}

const finished = (id: string) => waitForExport(asCoordinator, id);

beforeAll(async () => {
  t = await startTestApp();
  const national = await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null }));
  for (const codeName of stockholmNames) await createCaseAs(t.app, national, { municipalityCode: '0180', person: { codeName, isChild: false } });
  await createCaseAs(t.app, national, { municipalityCode: '1480', person: { codeName: vastName, isChild: true } });
  coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  asCoordinator = requestAs(t.app, await signInAs(t.app, coordinator));
  asOther = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' })));
});
afterAll(() => t.close());

describe('POST /api/exports for the case list', () => {
  it('makes a CSV of the cases the coordinator sees, formulas escaped, audited with filter and row count', async () => {
    const id = await exportCases({ format: 'csv', filter: { sort: 'codeName', order: 'asc' } });
    const state = await finished(id);
    expect(state).toMatchObject({ status: 'done', progress: 100, rowCount: 3, suppressedRows: null, list: 'cases', format: 'csv' });
    expect(Date.parse(state.expiresAt!)).toBeGreaterThan(Date.now());

    const file = await asCoordinator('GET', `/api/exports/${id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="samverka-cases-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(file.headers['cache-control']).toBe('no-store');
    const text = file.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFFÄrendenummer;Kodnamn;')).toBe(true);
    const codeNames = text.trim().split('\r\n').slice(1).map((line) => line.split(';')[1]);
    expect(codeNames.toSorted()).toEqual(["'+sum(A1)", "'=cmd", 'Lilja export']);
    expect(text).not.toContain(vastName);

    const [requested] = await auditRowsAbout(t.db, 'export.requested', id);
    expect(requested?.details).toEqual({ list: 'cases', format: 'csv', filter: { sort: 'codeName', order: 'asc' } });
    expect((await auditRowsAbout(t.db, 'export.completed', id))[0]?.details).toEqual({ list: 'cases', rowCount: 3 });
    expect((await auditRowsAbout(t.db, 'export.downloaded', id))[0]?.details).toEqual({ list: 'cases', rowCount: 3 });
  });

  it('makes an XLSX that opens with the password and holds the rows, and only the filtered ones', async () => {
    const id = await exportCases({ format: 'xlsx', password, filter: { sort: 'codeName', order: 'asc', isChild: false } });
    expect((await finished(id)).rowCount).toBe(3);
    const file = await asCoordinator('GET', `/api/exports/${id}/file`);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await expect(decryptXlsx(file.rawPayload, 'ett annat lösenord')).rejects.toThrow();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await decryptXlsx(file.rawPayload, password)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0]!;
    const codeNames = sheet.getColumn(2).values.slice(2);
    expect(codeNames).toEqual(["'+sum(A1)", "'=cmd", 'Lilja export']);
    // The password is gone once the file is made; it was never audited.
    const [row] = await t.db.select().from(dataExports).where(eq(dataExports.id, id));
    expect(row?.sealedPassword).toBeNull();
    expect(JSON.stringify(await auditRowsAbout(t.db, 'export.requested', id))).not.toContain(password);
  });

  it('refuses a wrong code with 403, audited as a failed step, and queues nothing', async () => {
    const before = await exportCount();
    await freshCode(coordinator);
    const refused = await asCoordinator('POST', '/api/exports', { list: 'cases', format: 'csv', code: '000000' });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await auditRows(t.db, 'auth.sign_in_failed')).at(-1)?.details).toEqual({ step: 'export' });
    expect(await exportCount()).toBe(before);
  });

  it.each([
    ['no code', { format: 'csv' }],
    ['an XLSX without a password', { format: 'xlsx', code: '123456' }],
    ['a short password', { format: 'xlsx', password: 'kort', code: '123456' }],
    ['a search text in the filter', { format: 'csv', code: '123456', filter: { sort: 'createdAt', order: 'desc', q: 'Anna' } }],
    ['an unknown list', { format: 'csv', code: '123456', list: 'persons' }],
    ['a CSV with a password (it cannot be encrypted)', { format: 'csv', password, code: '123456' }],
    ['a format the list does not offer', { format: 'pdf', password, code: '123456' }],
  ])('answers 400 to %s, and queues nothing', async (_what, body) => {
    const before = await exportCount();
    const refused = await asCoordinator('POST', '/api/exports', { list: 'cases', ...body });
    expect(refused.statusCode).toBe(400);
    expect(await exportCount()).toBe(before);
  });

  it('refuses a breached password with 400 before it takes the code', async () => {
    const before = await exportCount();
    const code = await freshCode(coordinator);
    const refused = await asCoordinator('POST', '/api/exports', { list: 'cases', format: 'xlsx', password: 'password1234', code });
    expect(refused.statusCode).toBe(400);
    expect(await exportCount()).toBe(before);
    // The code was not used up: it still works.
    expect((await asCoordinator('POST', '/api/exports', { list: 'cases', format: 'csv', code })).statusCode).toBe(202);
  });

  it("refuses with 403 a role that may export something but not this list, before it takes the code", async () => {
    const analyst = await buildUser(t.db, { roles: ['analyst'], regionCode: null });
    const asAnalyst = requestAs(t.app, await signInAs(t.app, analyst));
    const before = await exportCount();
    await t.db.update(users).set({ totpLastStep: null }).where(eq(users.id, analyst.id));
    const code = await currentTotp(testTotpSecret);
    expect((await asAnalyst('POST', '/api/exports', { list: 'cases', format: 'csv', code })).statusCode).toBe(403);
    expect(await exportCount()).toBe(before);
  });
});

describe('GET /api/exports/:id and its file', () => {
  it("answers 404 to another user's export, and to one that does not exist", async () => {
    const id = await exportCases({ format: 'csv' });
    await finished(id);
    expect((await asOther('GET', `/api/exports/${id}`)).statusCode).toBe(404);
    expect((await asOther('GET', `/api/exports/${id}/file`)).statusCode).toBe(404);
    expect((await asCoordinator('GET', '/api/exports/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('answers 410 once the hour has passed, and housekeeping deletes the file', async () => {
    const id = await exportCases({ format: 'csv' });
    await finished(id);
    await t.db.update(dataExports).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(dataExports.id, id));
    expect((await asCoordinator('GET', `/api/exports/${id}`)).json<ExportState>().status).toBe('expired');
    expect((await asCoordinator('GET', `/api/exports/${id}/file`)).statusCode).toBe(410);

    expect(await removeExpiredExports(t.db)).toBeGreaterThanOrEqual(1);
    const [row] = await t.db.select().from(dataExports).where(eq(dataExports.id, id));
    expect(row).toMatchObject({ status: 'expired', sealedFile: null });
    expect((await asCoordinator('GET', `/api/exports/${id}/file`)).statusCode).toBe(410);
  });
});

describe('an export whose run died with its process', () => {
  /** An export a run took (attempt 1) and last said it was alive `silentFor` ago, as a killed instance leaves it. */
  async function exportLeftRunning(silentFor: string): Promise<string> {
    const [row] = await t.db
      .insert(dataExports)
      .values({
        requestedByUserId: coordinator.id,
        list: 'cases',
        format: 'csv',
        filter: { sort: 'createdAt', order: 'desc' },
        status: 'running',
        attempt: 1,
        heartbeatAt: sql`now() - ${silentFor}::interval`,
        requestId: 'req-killed',
        clientAddress: '127.0.0.1',
        requestedAt: sql`now() - ${silentFor}::interval`,
      })
      .returning({ id: dataExports.id });
    return row!.id;
  }

  it('is taken back and made by a new run, once; the dead run cannot finish it late', async () => {
    const id = await exportLeftRunning('10 minutes');
    // The app's own worker may take it back first (it looks each minute): either way it ends once.
    for (const takenBack of await takeBackStalledExports(t.db)) await runExport({ db: t.db, keyring: testKeyring }, takenBack);
    expect(await finished(id)).toMatchObject({ status: 'done', rowCount: 3 });
    const [row] = await t.db.select().from(dataExports).where(eq(dataExports.id, id));
    expect(row?.attempt).toBe(2);

    expect(await finishExport(t.db, id, 1, 'a file from the dead run', { rowCount: 99 })).toBe(false);
    expect(await failExport(t.db, id, 1)).toBe(false);
    expect((await t.db.select().from(dataExports).where(eq(dataExports.id, id)))[0]).toMatchObject({ status: 'done', rowCount: 3 });
    expect(await auditRowsAbout(t.db, 'export.completed', id)).toHaveLength(1);
    expect(await auditRowsAbout(t.db, 'export.failed', id)).toHaveLength(0);
  });

  it('is left alone while its run still says it is alive', async () => {
    const id = await exportLeftRunning('10 seconds');
    expect(await takeBackStalledExports(t.db)).not.toContain(id);
    expect((await t.db.select().from(dataExports).where(eq(dataExports.id, id)))[0]).toMatchObject({ status: 'running', attempt: 1 });
    await failExport(t.db, id);
  });
});
