import { PassThrough } from 'node:stream';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CasePerson } from '../../../shared/schemas/cases.ts';
import type { IdentityView } from '../../../shared/schemas/persons.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { personIdentities } from './persons.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam } from '../../../../test/support/team.ts';

let t: TestApp;
let logs = '';
let lead: TestUser;
let leadCookie: string;
let regionCookie: string;
let vastCookie: string;
let nationalCookie: string;
let contactCookie: string;
let colleagueCookie: string;
let police: string;
let contact: TestUser;

/** Values that must never be found in plain text outside the API's answers to those who may see them. */
const identity = {
  fullName: 'Maria Testsson Ekvall',
  personalNumber: '811218-9876',
  documentNumber: 'RO 0571 2233',
  dateOfBirth: '1981-12-18',
  phone: '+46 70 123 45 67',
  address: 'Hemliggatan 17, 123 45 Gömstad',
  guardian: 'Gunnel Godeman',
};
const normalizedNumber = '19811218-9876';
const plaintexts = [...Object.values(identity), normalizedNumber, '8112189876', '198112189876'];

beforeAll(async () => {
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  t = await startTestApp({ logLevel: 'info' }, { logStream });
  lead = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  leadCookie = await signInAs(t.app, lead);
  regionCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' }));
  vastCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' }));
  nationalCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null }));
  police = await buildOrganisation(t.db, { type: 'police', regionCode: 'stockholm' });
  contact = await buildUser(t.db, { roles: ['case_worker'], organisationId: police });
  contactCookie = await signInAs(t.app, contact);
  colleagueCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], organisationId: police }));
});
afterAll(() => t.close());

/** Puts the police on the case team under a statute, with the contact named. */
const addPoliceToTeam = (caseId: string) =>
  addToTeam(t.db, { caseId, organisationId: police, recordedByUserId: lead.id, kind: 'statute', contactUserIds: [contact.id] });

const show = (caseId: string, cookie: string) =>
  t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/identity`, headers: { cookie } });

const put = (caseId: string, cookie: string, payload: unknown, version: number | string | null = 0) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/cases/${caseId}/identity`,
    headers: { cookie, ...(version === null ? {} : { 'if-match': typeof version === 'number' ? `"${version}"` : version }) },
    payload: payload as object,
  });

const patch = (caseId: string, cookie: string, payload: unknown, version: number | null = 1) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/cases/${caseId}/person`,
    headers: { cookie, ...(version === null ? {} : { 'if-match': `"${version}"` }) },
    payload: payload as object,
  });

const auditOf = (caseId: string, action: string) =>
  t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, caseId), eq(auditEvents.action, action)))
    .orderBy(auditEvents.id);

const rawRow = async (personId: string) => {
  const { rows } = await t.db.execute<Record<string, unknown>>(sql`select * from person_identities where person_id = ${personId}`);
  return rows[0];
};

describe('the identity of a case', () => {
  let theCase: CaseDetail;
  beforeAll(async () => {
    theCase = await createCaseAs(t.app, leadCookie);
    await addPoliceToTeam(theCase.id);
  });

  it('is empty at first: exists false, version 0, and showing it is audited', async () => {
    const response = await show(theCase.id, leadCookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"0"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json<IdentityView>()).toMatchObject({ exists: false, fullName: null, personalNumber: null, version: 0, addressHidden: false });
    const [event] = await auditOf(theCase.id, 'identity.read');
    expect(event?.details).toMatchObject({ exists: false, fields: [] });
  });

  it('is stored by the lead, normalised, and shown to the lead', async () => {
    const stored = await put(theCase.id, leadCookie, identity, 0);
    expect(stored.statusCode).toBe(200);
    expect(stored.headers.etag).toBe('"1"');
    expect(stored.json<IdentityView>()).toMatchObject({ ...identity, personalNumber: normalizedNumber, exists: true, version: 1 });

    const shown = await show(theCase.id, leadCookie);
    expect(shown.statusCode).toBe(200);
    expect(shown.json<IdentityView>()).toEqual({
      ...identity,
      personalNumber: normalizedNumber,
      exists: true,
      addressHidden: false,
      hasAddress: true,
      version: 1,
    });
  });

  it('is encrypted in the database: the raw row holds no plaintext, each value under the current key', async () => {
    const row = await rawRow(theCase.person.id);
    expect(row).toBeDefined();
    const raw = JSON.stringify(row);
    for (const plain of plaintexts) expect(raw).not.toContain(plain);
    expect(row!.key_id).toBe('test');
    for (const column of ['full_name', 'personal_number', 'document_number', 'date_of_birth', 'phone', 'address', 'guardian']) {
      expect(String(row![column])).toMatch(/^v1\.test\./);
    }
  });

  it('writes audit events that name fields, never values', async () => {
    const [update] = await auditOf(theCase.id, 'identity.update');
    expect(update?.details).toMatchObject({ created: true });
    expect((update?.details as { fields: string[] }).fields.sort()).toEqual(Object.keys(identity).sort());
    const reads = await auditOf(theCase.id, 'identity.read');
    expect(reads.at(-1)?.details).toMatchObject({ exists: true, addressHidden: false });
    const everything = JSON.stringify(await t.db.select().from(auditEvents).where(eq(auditEvents.subjectId, theCase.id)));
    for (const plain of plaintexts) expect(everything).not.toContain(plain);
  });

  it('a change keeps the fields left out, clears those sent empty, and audits only the changed names', async () => {
    const response = await put(theCase.id, leadCookie, { phone: '', guardian: null, fullName: identity.fullName }, 1);
    expect(response.statusCode).toBe(200);
    expect(response.json<IdentityView>()).toMatchObject({ ...identity, personalNumber: normalizedNumber, phone: null, guardian: null, version: 2 });
    const updates = await auditOf(theCase.id, 'identity.update');
    expect(updates.at(-1)?.details).toMatchObject({ created: false, fields: ['phone', 'guardian'] });
    await put(theCase.id, leadCookie, { phone: identity.phone, guardian: identity.guardian }, 2);
  });

  it('a named contact of a team organisation sees it, address included, but may not change it', async () => {
    const shown = await show(theCase.id, contactCookie);
    expect(shown.statusCode).toBe(200);
    expect(shown.json<IdentityView>()).toMatchObject({ address: identity.address, addressHidden: false });
    expect((await put(theCase.id, contactCookie, { phone: null }, 3)).statusCode).toBe(403);
  });

  it.each([
    ['a coordinator of the region who does not lead the case', () => regionCookie],
    ['a national coordinator', () => nationalCookie],
    ['a team member who is not a named contact', () => colleagueCookie],
  ])('%s sees the case but gets 403 on show and on change', async (_who, cookie) => {
    expect((await t.app.inject({ method: 'GET', url: `/api/cases/${theCase.id}`, headers: { cookie: cookie() } })).statusCode).toBe(200);
    const shown = await show(theCase.id, cookie());
    expect(shown.statusCode).toBe(403);
    for (const plain of plaintexts) expect(shown.body).not.toContain(plain);
    expect((await put(theCase.id, cookie(), { phone: null }, 3)).statusCode).toBe(403);
  });

  it('a case outside the scope answers 404 on all three routes, with or without If-Match', async () => {
    expect((await show(theCase.id, vastCookie)).statusCode).toBe(404);
    expect((await put(theCase.id, vastCookie, { phone: null }, 3)).statusCode).toBe(404);
    expect((await put(theCase.id, vastCookie, { phone: null }, null)).statusCode).toBe(404);
    expect((await patch(theCase.id, vastCookie, { codeName: 'Ny' }, theCase.person.version)).statusCode).toBe(404);
    expect((await patch(theCase.id, vastCookie, { codeName: 'Ny' }, null)).statusCode).toBe(404);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await show(missing, leadCookie)).statusCode).toBe(404);
  });

  it('a stale If-Match gets 412 with the current version, a missing one 428, and nothing changes', async () => {
    const before = await rawRow(theCase.person.id);
    const stale = await put(theCase.id, leadCookie, { phone: '+46 8 000 00 00' }, 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ currentVersion: 3 });
    expect(stale.headers.etag).toBe('"3"');
    const missing = await put(theCase.id, leadCookie, { phone: '+46 8 000 00 00' }, null);
    expect(missing.statusCode).toBe(428);
    const malformed = await put(theCase.id, leadCookie, { phone: '+46 8 000 00 00' }, 'three');
    expect(malformed.statusCode).toBe(400);
    expect(await rawRow(theCase.person.id)).toEqual(before);
  });
});

describe('bad identity input gets 400 naming the field, never the value, and stores nothing', () => {
  let theCase: CaseDetail;
  beforeAll(async () => {
    theCase = await createCaseAs(t.app, leadCookie);
  });

  it.each([
    ['a wrong check digit', { personalNumber: '811218-9875' }, 'personalNumber'],
    ['a malformed personal number', { personalNumber: '81-12-18' }, 'personalNumber'],
    ['a personal number that is no date', { personalNumber: '811318-9873' }, 'personalNumber'],
    ['a date of birth that is no date', { dateOfBirth: '1981-02-30' }, 'dateOfBirth'],
    ['a date of birth in another format', { dateOfBirth: '18/12/1981' }, 'dateOfBirth'],
    ['a date of birth in the future', { dateOfBirth: `${new Date().getFullYear() + 1}-01-01` }, 'dateOfBirth'],
    ['a date of birth that disagrees with the number', { personalNumber: '811218-9876', dateOfBirth: '1981-12-19' }, 'dateOfBirth'],
    ['a value over the limit', { fullName: 'x'.repeat(301) }, 'fullName'],
    ['a number instead of text', { phone: 46701234567 }, 'phone'],
  ])('%s', async (_name, payload, field) => {
    const response = await put(theCase.id, leadCookie, payload, 0);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    for (const value of Object.values(payload)) if (typeof value === 'string' && value.length > 4) expect(response.body).not.toContain(value);
    expect(await rawRow(theCase.person.id)).toBeUndefined();
  });

  it('a date of birth that disagrees with the stored number', async () => {
    expect((await put(theCase.id, leadCookie, { personalNumber: '701063-2391' }, 0)).statusCode).toBe(200);
    const before = await rawRow(theCase.person.id);
    // A samordningsnummer: the day is 63 - 60 = 3.
    const wrong = await put(theCase.id, leadCookie, { dateOfBirth: '1970-10-06' }, 1);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('dateOfBirth');
    expect(await rawRow(theCase.person.id)).toEqual(before);
    const right = await put(theCase.id, leadCookie, { dateOfBirth: '1970-10-03' }, 1);
    expect(right.json<IdentityView>()).toMatchObject({ personalNumber: '19701063-2391', dateOfBirth: '1970-10-03', version: 2 });
  });

  it('two first stores at once: one wins, the other gets 412, never 500', async () => {
    const fresh = await createCaseAs(t.app, leadCookie);
    const answers = await Promise.all([
      put(fresh.id, leadCookie, { fullName: 'Först' }, 0),
      put(fresh.id, leadCookie, { fullName: 'Andra' }, 0),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 412]);
    expect(answers.find((a) => a.statusCode === 412)!.json()).toMatchObject({ currentVersion: 1 });
  });
});

describe('protected identity', () => {
  let theCase: CaseDetail;
  beforeAll(async () => {
    theCase = await createCaseAs(t.app, leadCookie, { person: { codeName: 'Skyddad', isChild: false, hasProtectedIdentity: true } });
    await addPoliceToTeam(theCase.id);
  });

  it('the lead may store the address, but it is never answered', async () => {
    const stored = await put(theCase.id, leadCookie, identity, 0);
    expect(stored.statusCode).toBe(200);
    expect(stored.body).not.toContain(identity.address);
    expect(stored.json<IdentityView>()).toMatchObject({ address: null, addressHidden: true, hasAddress: true });
  });

  it('the lead sees everything except the address, and the read names no address', async () => {
    const shown = await show(theCase.id, leadCookie);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).not.toContain(identity.address);
    expect(shown.json<IdentityView>()).toMatchObject({
      fullName: identity.fullName,
      personalNumber: normalizedNumber,
      address: null,
      addressHidden: true,
    });
    const reads = await auditOf(theCase.id, 'identity.read');
    expect(reads.at(-1)?.details).toMatchObject({ addressHidden: true });
    expect((reads.at(-1)?.details as { fields: string[] }).fields).not.toContain('address');
  });

  it('a named team contact is refused', async () => {
    const shown = await show(theCase.id, contactCookie);
    expect(shown.statusCode).toBe(403);
    for (const plain of plaintexts) expect(shown.body).not.toContain(plain);
  });

  it('the case tells each caller what they may do', async () => {
    const asLead = await t.app.inject({ method: 'GET', url: `/api/cases/${theCase.id}`, headers: { cookie: leadCookie } });
    expect(asLead.json<CaseDetail>().can).toMatchObject({ showIdentity: true, editIdentity: true, showAddress: false });
    const asContact = await t.app.inject({ method: 'GET', url: `/api/cases/${theCase.id}`, headers: { cookie: contactCookie } });
    expect(asContact.json<CaseDetail>().can).toMatchObject({ showIdentity: false, editIdentity: false, showAddress: false });
  });
});

describe('changing the person', () => {
  let theCase: CaseDetail;
  beforeAll(async () => {
    theCase = await createCaseAs(t.app, leadCookie);
    await addPoliceToTeam(theCase.id);
  });

  it('a coordinator of the region changes it; the answer carries the new version', async () => {
    const response = await patch(
      theCase.id,
      regionCookie,
      { codeName: 'Näckros', birthYear: 1999, gender: 'female', citizenships: ['RO', 'BG'], languages: ['ro', 'en'] },
      1,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.json<CasePerson>()).toMatchObject({
      codeName: 'Näckros',
      birthYear: 1999,
      gender: 'female',
      citizenships: ['RO', 'BG'],
      languages: ['ro', 'en'],
      isChild: false,
      hasProtectedIdentity: false,
      version: 2,
    });
    const detail = await t.app.inject({ method: 'GET', url: `/api/cases/${theCase.id}`, headers: { cookie: leadCookie } });
    expect(detail.json<CaseDetail>().person).toMatchObject({ codeName: 'Näckros', version: 2 });
  });

  it('audits the names of the changed fields only', async () => {
    await patch(theCase.id, leadCookie, { codeName: 'Näckros', isChild: true }, 2);
    const events = await auditOf(theCase.id, 'person.update');
    expect(events.map((e) => (e.details as { fields: string[] }).fields)).toEqual([
      ['codeName', 'birthYear', 'gender', 'citizenships', 'languages'],
      ['isChild'],
    ]);
    expect(JSON.stringify(events)).not.toContain('Näckros');
  });

  it('refuses a stale version with 412 and a missing one with 428', async () => {
    const stale = await patch(theCase.id, leadCookie, { birthYear: 2001 }, 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ currentVersion: 3 });
    expect((await patch(theCase.id, leadCookie, { birthYear: 2001 }, null)).statusCode).toBe(428);
  });

  it('refuses team members, who work in the case but do not run it, with 403', async () => {
    expect((await patch(theCase.id, contactCookie, { birthYear: 2001 }, 3)).statusCode).toBe(403);
  });

  it.each([
    ['nothing to change', {}, 'body'],
    ['an unknown country', { citizenships: ['SE', 'XX'] }, 'citizenships.1'],
    ['a country in small letters', { citizenships: ['se'] }, 'citizenships.0'],
    ['an unknown language', { languages: ['qq'] }, 'languages.0'],
    ['the same language twice', { languages: ['sv', 'sv'] }, 'languages'],
    ['too many citizenships', { citizenships: ['SE', 'NO', 'DK', 'FI', 'IS', 'DE'] }, 'citizenships'],
    ['an unknown gender', { gender: 'other' }, 'gender'],
    ['an empty code name', { codeName: '  ' }, 'codeName'],
    ['a birth year far back', { birthYear: 1850 }, 'birthYear'],
    ['a child flag as text', { isChild: 'yes' }, 'isChild'],
  ])('400 for %s, and nothing changes', async (_name, payload, field) => {
    const response = await patch(theCase.id, leadCookie, payload, 3);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    const detail = await t.app.inject({ method: 'GET', url: `/api/cases/${theCase.id}`, headers: { cookie: leadCookie } });
    expect(detail.json<CaseDetail>().person.version).toBe(3);
  });

  it('turning on protected identity takes the address from team contacts at once', async () => {
    expect((await show(theCase.id, contactCookie)).json<IdentityView>().addressHidden).toBe(false);
    expect((await patch(theCase.id, leadCookie, { hasProtectedIdentity: true }, 3)).statusCode).toBe(200);
    expect((await show(theCase.id, contactCookie)).statusCode).toBe(403);
    expect((await show(theCase.id, leadCookie)).json<IdentityView>().addressHidden).toBe(true);
  });

  it('only the lead lifts protected identity; a coordinator of the region is refused and nothing changes', async () => {
    const refused = await patch(theCase.id, regionCookie, { hasProtectedIdentity: false }, 4);
    expect(refused.statusCode).toBe(403);
    expect((await show(theCase.id, contactCookie)).statusCode).toBe(403);
    expect((await patch(theCase.id, leadCookie, { hasProtectedIdentity: false }, 4)).statusCode).toBe(200);
    expect((await show(theCase.id, contactCookie)).statusCode).toBe(200);
  });
});

describe('the logs', () => {
  it('hold no identity value', async () => {
    expect(logs.length).toBeGreaterThan(0);
    for (const plain of plaintexts) expect(logs).not.toContain(plain);
    // The identity table is only ever written encrypted.
    const rows = await t.db.select().from(personIdentities);
    expect(rows.length).toBeGreaterThan(0);
  });
});
