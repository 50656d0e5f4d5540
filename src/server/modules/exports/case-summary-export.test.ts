import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditAction } from '../../../shared/audit-events.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRowsAbout, insertJournalEntry, requestAs } from '../../../../test/support/casework.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, testKeyring, type TestUser } from '../../../../test/support/factories.ts';
import { pdfText } from '../../../../test/support/pdf-text.ts';
import { addToTeam } from '../../../../test/support/team.ts';
import { freshCode as freshTotpCode, waitForExport } from '../../../../test/support/exports.ts';
import { runExport } from './export-job.ts';
import { dataExports } from './exports.schema.ts';

let t: TestApp;
const password = 'Ett långt lösenord för sammanfattningen';
const identity = { fullName: 'Maria Testsson Ekvall', personalNumber: '811218-9876', phone: '+46 70 123 45 67' };
const identityTexts = [identity.fullName, '19811218-9876', identity.phone];
const journalText = 'Skyddat boende ordnat efter samtal med socialtjänsten.';
let lead: TestUser;
let regional: TestUser;
let outsider: TestUser;
let caseId: string;
let reference: string;
let protectedCaseId: string;
let cookies: Map<string, string>;

/** A code the user has not used yet: the last step is forgotten, as if a new step had come. */
const freshCode = (user: TestUser) => freshTotpCode(t.db, user.id);

const as = (user: TestUser) => requestAs(t.app, cookies.get(user.id)!);
const exportCount = async () => t.db.$count(dataExports);

async function requestSummary(user: TestUser, body: Record<string, unknown>) {
  return as(user)('POST', '/api/exports', { list: 'case_summary', format: 'pdf', password, code: await freshCode(user), ...body });
}

/** Asks for the summary, waits for the job as the web app does, and downloads the file. */
async function exportSummary(user: TestUser, filter: { caseId: string; language: 'sv' | 'en' }) {
  const response = await requestSummary(user, { filter });
  expect(response.statusCode, response.body).toBe(202);
  const id = response.json<{ id: string }>().id;
  const state = await waitForExport(as(user), id);
  expect(state).toMatchObject({ status: 'done', rowCount: 1, list: 'case_summary', format: 'pdf' });
  const file = await as(user)('GET', `/api/exports/${id}/file`);
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-type']).toBe('application/pdf');
  return { id, pdf: file.rawPayload };
}

/** The audit rows of an action about the case written by the user within one request. */
async function caseAudit(action: AuditAction, subjectId: string, user: TestUser, requestId: string) {
  return t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, subjectId), eq(auditEvents.actorUserId, user.id), eq(auditEvents.requestId, requestId)));
}

async function requestIdOf(exportId: string): Promise<string> {
  const [requested] = await auditRowsAbout(t.db, 'export.requested', exportId);
  return requested!.requestId!;
}

beforeAll(async () => {
  t = await startTestApp();
  const social = await buildOrganisation(t.db, { name: 'Socialtjänsten Sammanfattning', type: 'municipality', regionCode: 'stockholm' });
  const police = await buildOrganisation(t.db, { name: 'Polisen Region Stockholm Test', type: 'police', regionCode: 'stockholm' });
  lead = await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: social });
  regional = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  outsider = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' });
  cookies = new Map();
  for (const user of [lead, regional, outsider]) cookies.set(user.id, await signInAs(t.app, user));

  const opened = await createCaseAs(t.app, cookies.get(lead.id)!, { person: { codeName: 'Lilja sammanfattning', isChild: true } });
  caseId = opened.id;
  reference = opened.reference;
  const put = (id: string) =>
    t.app.inject({ method: 'PUT', url: `/api/cases/${id}/identity`, headers: { cookie: cookies.get(lead.id)!, 'if-match': '"0"' }, payload: identity });
  expect((await put(caseId)).statusCode).toBe(200);
  await addToTeam(t.db, { caseId, organisationId: police, recordedByUserId: lead.id, kind: 'statute' });
  await insertJournalEntry(t.db, caseId, lead, journalText);
  expect((await as(lead)('POST', `/api/cases/${caseId}/tasks`, { title: 'Boka tolk till mötet', dueOn: '2030-05-02' })).statusCode).toBe(201);
  expect((await as(lead)('POST', `/api/cases/${caseId}/measures`, { type: 'safe_housing', status: 'active', startOn: '2026-03-01' })).statusCode).toBe(201);

  const hidden = await createCaseAs(t.app, cookies.get(lead.id)!, { person: { codeName: 'Lilja skyddad', isChild: false, hasProtectedIdentity: true } });
  protectedCaseId = hidden.id;
  expect((await put(protectedCaseId)).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('the case summary PDF', () => {
  it('is encrypted with AES-256 and, for a coordinator who may not see identity, holds the case without it', async () => {
    const { id, pdf } = await exportSummary(regional, { caseId, language: 'sv' });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toMatch(/\/Encrypt \d+ 0 R/);
    expect(raw).toMatch(/\/CFM \/AESV3/);
    expect(raw).toMatch(/\/R 6\b/);
    expect(raw).not.toContain(reference);
    expect(pdfText(pdf, 'ett helt annat lösenord')).toBeNull();

    const text = pdfText(pdf, password)!;
    for (const expected of ['Ärendesammanfattning', 'Ärendenummer', reference, 'Lilja sammanfattning', 'Stockholm', 'Misstanke', 'Barn', 'Ja', journalText]) {
      expect(text).toContain(expected);
    }
    for (const expected of ['Socialtjänsten Sammanfattning', 'Polisen Region Stockholm Test', 'Stöd i lag', 'Boka tolk till mötet', '2030-05-02', 'Skyddat boende', 'Pågående']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Identitetsuppgifter');
    for (const secret of identityTexts) expect(text).not.toContain(secret);

    // The reads are the case page's, audited with the case id under the export's request.
    const requestId = await requestIdOf(id);
    expect((await auditRowsAbout(t.db, 'export.requested', id))[0]?.details).toEqual({ list: 'case_summary', format: 'pdf', filter: { caseId, language: 'sv' } });
    for (const action of ['case.read', 'case.phase_history_read', 'team.read', 'task.list', 'deadline.list', 'measure.list', 'journal.read'] as const) {
      expect(await caseAudit(action, caseId, regional, requestId), action).toHaveLength(1);
    }
    expect(await caseAudit('identity.read', caseId, regional, requestId)).toHaveLength(0);
  });

  it('holds the identity, audited as shown, for the lead coordinator, with English labels when asked', async () => {
    const { id, pdf } = await exportSummary(lead, { caseId, language: 'en' });
    const text = pdfText(pdf, password)!;
    for (const expected of ['Case summary', 'Case number', reference, 'Suspicion', 'Identity details', 'Yes', 'Statutory provision', 'Safe housing', ...identityTexts]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Ärendenummer');
    const [read] = await caseAudit('identity.read', caseId, lead, await requestIdOf(id));
    expect(read?.details).toMatchObject({ exists: true });
  });

  it('leaves out a protected identity even for the lead coordinator, and does not read it', async () => {
    const { id, pdf } = await exportSummary(lead, { caseId: protectedCaseId, language: 'sv' });
    const text = pdfText(pdf, password)!;
    expect(text).toContain('Lilja skyddad');
    for (const secret of identityTexts) expect(text).not.toContain(secret);
    const requestId = await requestIdOf(id);
    expect(await caseAudit('case.read', protectedCaseId, lead, requestId)).toHaveLength(1);
    expect(await caseAudit('identity.read', protectedCaseId, lead, requestId)).toHaveLength(0);
  });
});

describe('refusals', () => {
  it('answers 404 to a case outside the scope, as to one that does not exist, before it takes the code', async () => {
    const before = await exportCount();
    const code = await freshCode(outsider);
    for (const unverified of [caseId, '00000000-0000-4000-8000-000000000000']) {
      const refused = await as(outsider)('POST', '/api/exports', { list: 'case_summary', format: 'pdf', password, code, filter: { caseId: unverified, language: 'sv' } });
      expect(refused.statusCode).toBe(404);
      expect(refused.body).not.toContain(reference);
    }
    expect(await exportCount()).toBe(before);
    expect((await auditRowsAbout(t.db, 'case.read', caseId)).filter((row) => row.actorUserId === outsider.id)).toEqual([]);
  });

  it('fails the job, writing nothing, when the case is outside the scope by the time it runs', async () => {
    const [row] = await t.db
      .insert(dataExports)
      .values({
        requestedByUserId: outsider.id,
        list: 'case_summary',
        format: 'pdf',
        filter: { caseId, language: 'sv' },
        sealedPassword: testKeyring.encrypt(password),
        requestId: 'test-outside-scope',
        clientAddress: '127.0.0.1',
      })
      .returning({ id: dataExports.id });
    await expect(runExport({ db: t.db, keyring: testKeyring }, row!.id)).rejects.toThrow();
    const [after] = await t.db.select().from(dataExports).where(eq(dataExports.id, row!.id));
    expect(after).toMatchObject({ status: 'failed', sealedFile: null, sealedPassword: null, rowCount: null });
    expect((await auditRowsAbout(t.db, 'export.failed', row!.id))[0]?.details).toEqual({ list: 'case_summary' });
    expect(await caseAudit('case.read', caseId, outsider, 'test-outside-scope')).toHaveLength(0);
    expect((await as(outsider)('GET', `/api/exports/${row!.id}/file`)).statusCode).toBe(409);
  });

  it.each([
    ['no password', { password: undefined }],
    ['a CSV (it cannot be encrypted)', { format: 'csv', password: undefined }],
    ['an XLSX', { format: 'xlsx' }],
    ['no filter', { filter: undefined }],
    ['no case id', { filter: { language: 'sv' } }],
    ['a malformed case id', { filter: { caseId: 'NMT-2026-000001', language: 'sv' } }],
    ['a language not offered', { filter: { caseId: '00000000-0000-4000-8000-000000000000', language: 'de' } }],
    ['a field the filter does not have', { filter: { caseId: '00000000-0000-4000-8000-000000000000', language: 'sv', q: 'Maria' } }],
  ])('answers 400 to %s, and queues nothing', async (_what, body) => {
    const before = await exportCount();
    const refused = await requestSummary(regional, { filter: { caseId, language: 'sv' }, ...body });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await exportCount()).toBe(before);
  });

  it('refuses a wrong code with 403 and queues nothing', async () => {
    const before = await exportCount();
    await freshCode(regional);
    const refused = await as(regional)('POST', '/api/exports', { list: 'case_summary', format: 'pdf', password, code: '000000', filter: { caseId, language: 'sv' } });
    expect(refused.statusCode).toBe(403);
    expect(await exportCount()).toBe(before);
  });

  it('refuses with 403 a role that may not read cases, before it looks the case up', async () => {
    const analyst = await buildUser(t.db, { roles: ['analyst'], regionCode: null });
    cookies.set(analyst.id, await signInAs(t.app, analyst));
    const refused = await requestSummary(analyst, { filter: { caseId, language: 'sv' } });
    expect(refused.statusCode).toBe(403);
  });
});
