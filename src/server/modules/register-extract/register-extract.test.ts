import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { ExtractSearchResult, RegisterExtract } from '../../../shared/schemas/register-extract.ts';
import { luhnCheckDigit } from '../../../shared/personal-number.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { users } from '../../db/schema/identity.ts';
import { currentTotp } from '../../platform/totp.ts';
import { calls } from '../calls/calls.schema.ts';
import { cases } from '../cases/cases.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRows, insertJournalEntry, requestAs } from '../../../../test/support/casework.ts';
import { insertCall, insertConsultation } from '../../../../test/support/dashboard.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, testTotpSecret, type TestUser } from '../../../../test/support/factories.ts';
import { pdfText } from '../../../../test/support/pdf-text.ts';
import { addToTeam } from '../../../../test/support/team.ts';

let t: TestApp;
let auditor: TestUser;
let asAuditor: ReturnType<typeof requestAs>;
let asLead: ReturnType<typeof requestAs>;
let asAdmin: ReturnType<typeof requestAs>;

/** A valid personal identity number for a birth date and serial (the check digit computed). */
const pnr = (yymmdd: string, serial: string) => `${yymmdd}-${serial}${luhnCheckDigit(yymmdd + serial)}`;
const anna = { fullName: 'Anna Lindqvist', personalNumber: pnr('811218', '987'), phone: '070-111 22 33' };
const other = { fullName: 'Anna Lindkvist', personalNumber: pnr('811219', '123'), phone: '070-999 88 77' };
const petra = { fullName: 'Petra Berg', personalNumber: pnr('900101', '234'), address: 'Hemliga gatan 7, Ort' };
const leadName = 'Karin Koordinator-Namn';
const extractPassword = 'Ett långt lösenord för utdraget';

let annaCases: CaseDetail[];
let otherCase: CaseDetail;
let petraCase: CaseDetail;
const ids = { annaConsultation: '', annaConsultationRef: '', annaCall: '', annaConsultationCall: '', otherCall: '', otherConsultationRef: '' };

/** A code the user has not used yet: the last step is forgotten, as if a new step had come. */
async function freshCode(user: TestUser): Promise<string> {
  await t.db.update(users).set({ totpLastStep: null }).where(eq(users.id, user.id));
  return currentTotp(testTotpSecret);
}

async function putIdentity(cookie: string, caseId: string, payload: object) {
  const response = await t.app.inject({ method: 'PUT', url: `/api/cases/${caseId}/identity`, headers: { cookie, 'if-match': '"0"' }, payload });
  expect(response.statusCode).toBe(200);
}

beforeAll(async () => {
  t = await startTestApp();
  const coordinatorOrg = await buildOrganisation(t.db, { name: 'Länssamordning Stockholm', type: 'municipality', regionCode: 'stockholm' });
  const lead = await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: coordinatorOrg, name: leadName });
  const leadCookie = await signInAs(t.app, lead);
  asLead = requestAs(t.app, leadCookie);
  auditor = await buildUser(t.db, { roles: ['auditor'], regionCode: null });
  asAuditor = requestAs(t.app, await signInAs(t.app, auditor));
  asAdmin = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['system_admin'], regionCode: null })));
  const police = await buildOrganisation(t.db, { name: 'Polisen Stockholm', type: 'police', regionCode: 'stockholm' });

  // Anna: two cases (the second moved onto her person), a consultation that became the first, calls on both, a journal entry.
  annaCases = [await createCaseAs(t.app, leadCookie), await createCaseAs(t.app, leadCookie)];
  otherCase = await createCaseAs(t.app, leadCookie);
  petraCase = await createCaseAs(t.app, leadCookie, { person: { codeName: 'Skyddad', isChild: false, hasProtectedIdentity: true } });
  await putIdentity(leadCookie, annaCases[0]!.id, anna);
  await putIdentity(leadCookie, otherCase.id, other);
  await putIdentity(leadCookie, petraCase.id, petra);
  await t.db.update(cases).set({ personId: annaCases[0]!.person.id }).where(eq(cases.id, annaCases[1]!.id));
  await addToTeam(t.db, { caseId: annaCases[0]!.id, organisationId: police, recordedByUserId: lead.id, kind: 'statute' });

  const annaConsultation = await insertConsultation(t.db, { regionCode: 'stockholm', receivedAt: new Date('2026-01-10T10:00:00Z') });
  const otherConsultation = await insertConsultation(t.db, { regionCode: 'stockholm', receivedAt: new Date('2026-01-11T10:00:00Z') });
  Object.assign(ids, { annaConsultation: annaConsultation.id, annaConsultationRef: annaConsultation.reference, otherConsultationRef: otherConsultation.reference });
  await t.db.update(cases).set({ sourceConsultationId: annaConsultation.id }).where(eq(cases.id, annaCases[0]!.id));
  await t.db.update(cases).set({ sourceConsultationId: otherConsultation.id }).where(eq(cases.id, otherCase.id));
  const call = (caseId: string | null, consultationId: string | null) =>
    insertCall(t.db, { operatorUserId: lead.id, startedAt: new Date('2026-01-12T09:00:00Z'), regionCode: 'stockholm' }).then(async (id) => {
      await t.db.update(calls).set({ caseId, consultationId }).where(eq(calls.id, id));
      return id;
    });
  ids.annaCall = await call(annaCases[1]!.id, null);
  ids.annaConsultationCall = await call(null, annaConsultation.id);
  ids.otherCall = await call(otherCase.id, null);
  await insertJournalEntry(t.db, annaCases[0]!.id, lead, 'Anna berättade om arbetsplatsen.');
  await insertJournalEntry(t.db, otherCase.id, lead, 'Den andra personens anteckning.');
  // Reads that the extract's "who has seen it" must show.
  expect((await asLead('GET', `/api/cases/${annaCases[0]!.id}/identity`)).statusCode).toBe(200);
  expect((await asLead('GET', `/api/cases/${annaCases[0]!.id}`)).statusCode).toBe(200);
});
afterAll(() => t.close());

async function search(body: object): Promise<ExtractSearchResult> {
  const response = await asAuditor('POST', '/api/register-extracts/search', body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ExtractSearchResult>();
}

async function extractJson(personId: string): Promise<RegisterExtract> {
  const response = await asAuditor('POST', `/api/register-extracts/persons/${personId}`, { code: await freshCode(auditor) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<RegisterExtract>();
}

describe('the search', () => {
  it('finds the person by personal identity number, written any accepted way, with all their cases', async () => {
    for (const written of [anna.personalNumber, `19${anna.personalNumber}`, anna.personalNumber.replace('-', '')]) {
      const found = await search({ by: 'personal_number', personalNumber: written });
      expect(found.persons.map((p) => p.personId)).toEqual([annaCases[0]!.person.id]);
      expect(found.persons[0]!.caseReferences.toSorted()).toEqual(annaCases.map((c) => c.reference).toSorted());
    }
  });

  it('finds by the exact name in any order and case, never a similar name of another person', async () => {
    expect((await search({ by: 'name', fullName: 'lindqvist ANNA' })).persons.map((p) => p.personId)).toEqual([annaCases[0]!.person.id]);
    expect((await search({ by: 'name', fullName: 'Anna Lindkvist' })).persons.map((p) => p.personId)).toEqual([otherCase.person.id]);
    expect((await search({ by: 'name', fullName: 'Anna Lindgren' })).persons).toEqual([]);
  });

  it('audits the kind and count only, never the number or the name', async () => {
    const rows = await auditRows(t.db, 'extract.requested');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.at(-1)!.details).toEqual({ by: 'name', count: 0 });
    const text = JSON.stringify(rows);
    for (const secret of [anna.personalNumber, anna.personalNumber.replace('-', ''), 'Lindqvist', 'Lindkvist', 'Lindgren']) expect(text).not.toContain(secret);
  });
});

describe('the JSON extract', () => {
  it('holds every record of the person and nothing of another, also one with a similar name', async () => {
    const extract = await extractJson(annaCases[0]!.person.id);
    const refs = (type: string) => extract.records.filter((r) => r.type === type).map((r) => r.reference).toSorted();
    expect(refs('case')).toEqual(annaCases.map((c) => c.reference).toSorted());
    expect(refs('consultation')).toEqual([ids.annaConsultationRef]);
    expect(refs('call')).toEqual([ids.annaCall, ids.annaConsultationCall].toSorted());
    expect(refs('journal_entry')).toHaveLength(1);
    const identity = extract.records.find((r) => r.type === 'identity')!;
    expect(identity.fields).toEqual(expect.arrayContaining([{ name: 'fullName', value: anna.fullName, withheld: false }, { name: 'personalNumber', value: `19${anna.personalNumber}`, withheld: false }]));
    const text = JSON.stringify(extract);
    for (const foreign of [other.fullName, other.personalNumber.slice(-4), other.phone, otherCase.reference, ids.otherCall, ids.otherConsultationRef, 'Den andra personens', petra.fullName]) {
      expect(text, foreign).not.toContain(foreign);
    }
  });

  it('gives the source, the legal basis and who has seen it, by organisation and role, never a staff name', async () => {
    const extract = await extractJson(annaCases[0]!.person.id);
    const first = extract.records.find((r) => r.reference === annaCases[0]!.reference)!;
    expect(first.source).toMatchObject({ kind: 'intake_form', organisation: 'Länssamordning Stockholm' });
    expect(first.legalBases).toEqual([expect.objectContaining({ organisation: 'Polisen Stockholm', kind: 'statute' })]);
    expect(first.views).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'case.read', organisations: ['Länssamordning Stockholm'], roles: ['regional_coordinator'] })]));
    const identity = extract.records.find((r) => r.type === 'identity')!;
    expect(identity.views.map((v) => v.action)).toContain('identity.read');
    expect(extract.records.find((r) => r.type === 'consultation')!.legalBases[0]!.kind).toBe('public_task');
    expect(JSON.stringify(extract)).not.toContain(leadName);
    expect(extract.notes).toContain('calls_without_identity');
  });

  it('withholds what would locate a person with protected identity, and asks for an in-person handover', async () => {
    const extract = await extractJson(petraCase.person.id);
    expect(extract.protectedIdentity).toEqual({ applies: true, handover: 'in_person' });
    const identity = extract.records.find((r) => r.type === 'identity')!;
    expect(identity.fields).toContainEqual({ name: 'address', value: null, withheld: true });
    expect(identity.fields).toContainEqual({ name: 'fullName', value: petra.fullName, withheld: false });
    const theCase = extract.records.find((r) => r.type === 'case')!;
    expect(theCase.fields).toContainEqual({ name: 'municipalityCode', value: null, withheld: true });
    const text = JSON.stringify(extract);
    expect(text).not.toContain('Hemliga');
    expect(text).not.toContain('Länssamordning');
  });

  it('audits the delivery with the person id, format and count, never identity', async () => {
    const row = (await auditRows(t.db, 'extract.delivered')).at(-1)!;
    expect(row.details).toMatchObject({ personId: petraCase.person.id, format: 'json', protectedIdentity: true });
    const all = JSON.stringify(await t.db.select().from(auditEvents).where(like(auditEvents.action, 'extract.%')));
    for (const secret of [anna.fullName, petra.fullName, anna.personalNumber, 'Hemliga']) expect(all).not.toContain(secret);
  });
});

describe('the PDF extract', () => {
  it('is a PDF that opens with the chosen password only and holds the records', async () => {
    const response = await asAuditor('POST', `/api/register-extracts/persons/${annaCases[0]!.person.id}/pdf`, { code: await freshCode(auditor), password: extractPassword, language: 'en' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.rawPayload, extractPassword)!;
    expect(text).toContain('Register extract');
    expect(text).toContain(annaCases[0]!.reference);
    expect(text).toContain(anna.fullName);
    expect(text).not.toContain(otherCase.reference);
    expect(pdfText(response.rawPayload, 'ett helt annat lösenord')).toBeNull();
    expect((await auditRows(t.db, 'extract.delivered')).at(-1)!.details).toMatchObject({ format: 'pdf', language: 'en' });
  });

  it('never writes a protected address into the PDF', async () => {
    const response = await asAuditor('POST', `/api/register-extracts/persons/${petraCase.person.id}/pdf`, { code: await freshCode(auditor), password: extractPassword });
    expect(response.statusCode).toBe(200);
    const text = pdfText(response.rawPayload, extractPassword)!;
    expect(text).toContain('Registerutdrag');
    expect(text).not.toContain('Hemliga');
  });
});

describe('who may, and bad input', () => {
  const personUrl = () => `/api/register-extracts/persons/${annaCases[0]!.person.id}`;

  it('refuses everyone but the auditor (403) and the signed-out (401)', async () => {
    for (const as of [asLead, asAdmin]) {
      expect((await as('POST', '/api/register-extracts/search', { by: 'name', fullName: anna.fullName })).statusCode).toBe(403);
      expect((await as('POST', personUrl(), { code: '123456' })).statusCode).toBe(403);
      expect((await as('POST', `${personUrl()}/pdf`, { code: '123456', password: extractPassword })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/register-extracts/search', payload: { by: 'name', fullName: 'Anna' } })).statusCode).toBe(401);
  });

  it('answers bad input with 400 and delivers nothing', async () => {
    const before = (await auditRows(t.db, 'extract.delivered')).length;
    const requestedBefore = (await auditRows(t.db, 'extract.requested')).length;
    for (const body of [{ by: 'personal_number', personalNumber: '811218-9870' }, { by: 'personal_number', personalNumber: 'abc' }, { by: 'name', fullName: '' }, { by: 'email' }, {}]) {
      const response = await asAuditor('POST', '/api/register-extracts/search', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.body).not.toContain('811218');
    }
    expect((await asAuditor('POST', '/api/register-extracts/persons/not-a-uuid', { code: '123456' })).statusCode).toBe(400);
    expect((await asAuditor('POST', `${personUrl()}/pdf`, { code: await freshCode(auditor), password: 'short' })).statusCode).toBe(400);
    expect((await asAuditor('POST', `${personUrl()}/pdf`, { code: await freshCode(auditor), password: 'aaaaaaaaaaaaaaaa' })).statusCode).toBe(400);
    expect((await asAuditor('POST', personUrl(), { code: '000000' })).statusCode).toBe(403);
    expect((await auditRows(t.db, 'extract.delivered')).length).toBe(before);
    expect((await auditRows(t.db, 'extract.requested')).length).toBe(requestedBefore);
  });

  it('answers 404 for a person that does not exist', async () => {
    const response = await asAuditor('POST', '/api/register-extracts/persons/00000000-0000-4000-8000-000000000000', { code: await freshCode(auditor) });
    expect(response.statusCode).toBe(404);
  });
});
