import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditAction } from '../../../shared/audit-events.ts';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { JournalEntry, JournalEntryRevision } from '../../../shared/schemas/journal.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { memberships } from '../../db/schema/identity.ts';
import { caseTeamMembers, legalBases } from '../case-team/team.schema.ts';
import { journalEntries, journalEntryRevisions } from './journal.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildPoliceTeamFixture } from '../../../../test/support/case-access.ts';
import { auditRowsAbout } from '../../../../test/support/casework.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam, grantBreakGlass } from '../../../../test/support/team.ts';

let t: TestApp;
let lead: TestUser;
let leadCookie: string;
/** Another coordinator of the same region: sees the case, did not write the entries. */
let colleagueCookie: string;
let outsiderCookie: string;
let policeOrganisationId: string;
let policeCookie: string;
let unseatedWorkerCookie: string;
let theCase: CaseDetail;

const none = '00000000-0000-4000-8000-000000000000';
const journalUrl = (caseId: string, rest = '') => `/api/cases/${caseId}/journal${rest}`;

beforeAll(async () => {
  t = await startTestApp();
  const f = await buildPoliceTeamFixture(t);
  ({ lead, leadCookie, outsiderCookie, policeOrganisationId, policeCookie, unseatedWorkerCookie, theCase } = f);
  colleagueCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: f.coordinationOrganisationId }));
});
afterAll(() => t.close());

const write = (cookie: string, caseId: string, body: unknown, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: journalUrl(caseId),
    headers: { cookie, ...(key ? { 'idempotency-key': key } : {}) },
    payload: body as Record<string, unknown>,
  });
const correct = (cookie: string, caseId: string, entryId: string, body: unknown, version?: number | string) =>
  t.app.inject({
    method: 'PATCH',
    url: journalUrl(caseId, `/${entryId}`),
    headers: { cookie, ...(version === undefined ? {} : { 'if-match': typeof version === 'number' ? `"${version}"` : version }) },
    payload: body as Record<string, unknown>,
  });
const list = async (cookie: string, caseId: string) => {
  const response = await t.app.inject({ method: 'GET', url: journalUrl(caseId), headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return response.json<JournalEntry[]>();
};
const revisions = async (cookie: string, caseId: string, entryId: string) => {
  const response = await t.app.inject({ method: 'GET', url: journalUrl(caseId, `/${entryId}/revisions`), headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return response.json<JournalEntryRevision[]>();
};
const writeOk = async (cookie: string, caseId: string, body: string) => {
  const response = await write(cookie, caseId, { body });
  expect(response.statusCode).toBe(201);
  return response.json<JournalEntry>();
};
const auditOf = (caseId: string, action: AuditAction) => auditRowsAbout(t.db, action, caseId);

describe('writing and reading the journal', () => {
  it('writes an entry with author, organisation and a trimmed text', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    const response = await write(leadCookie, caseDetail.id, { body: '  Samtal med socialtjänsten om boende.\n' });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const entry = response.json<JournalEntry>();
    expect(entry).toMatchObject({
      body: 'Samtal med socialtjänsten om boende.',
      authorName: 'Karin Lund',
      authorOrganisationName: 'Regionkoordinatorerna Stockholm',
      correctedAt: null,
      revisionCount: 0,
      version: 1,
      canCorrect: true,
    });
    expect(Date.parse(entry.correctableUntil!) - Date.parse(entry.createdAt)).toBe(24 * 3_600_000);
  });

  it('lists the entries newest first, with canCorrect only for the author', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    const first = await writeOk(leadCookie, caseDetail.id, 'Första anteckningen');
    const second = await writeOk(colleagueCookie, caseDetail.id, 'Andra anteckningen');
    const asLead = await list(leadCookie, caseDetail.id);
    expect(asLead.map((e) => e.id)).toEqual([second.id, first.id]);
    expect(asLead.map((e) => e.canCorrect)).toEqual([false, true]);
    expect(asLead[0]!.correctableUntil).toBeNull();
    const asColleague = await list(colleagueCookie, caseDetail.id);
    expect(asColleague.map((e) => e.canCorrect)).toEqual([true, false]);
  });

  it('records reads and writes in the audit log by id, never the text', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    const secret = 'Hemlig uppgift Näckros-4711 om boendet';
    const entry = await writeOk(leadCookie, caseDetail.id, secret);
    const corrected = await correct(leadCookie, caseDetail.id, entry.id, { body: `${secret} (rättad Näckros-4712)` }, 1);
    expect(corrected.statusCode).toBe(200);
    await list(leadCookie, caseDetail.id);
    await revisions(leadCookie, caseDetail.id, entry.id);

    const [created] = await auditOf(caseDetail.id, 'journal.create');
    expect(created).toMatchObject({ actorUserId: lead.id, subjectType: 'case', details: { entryId: entry.id } });
    const [correction] = await auditOf(caseDetail.id, 'journal.correct');
    expect(correction?.details).toEqual({ entryId: entry.id, version: 2 });
    const [read] = await auditOf(caseDetail.id, 'journal.read');
    expect(read?.details).toEqual({ entryIds: [entry.id], count: 1 });
    const [revisionsRead] = await auditOf(caseDetail.id, 'journal.revisions_read');
    expect(revisionsRead?.details).toMatchObject({ entryId: entry.id, count: 1 });

    const all = await t.db.select({ details: sql<string>`${auditEvents.details}::text` }).from(auditEvents);
    expect(all.some((row) => row.details.includes('Näckros'))).toBe(false);
  });
});

describe('correcting an entry', () => {
  it('keeps each earlier text, newest first, and counts them', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    const entry = await writeOk(leadCookie, caseDetail.id, 'Möte bokat tisdag');
    const once = await correct(leadCookie, caseDetail.id, entry.id, { body: 'Möte bokat onsdag' }, 1);
    expect(once.statusCode).toBe(200);
    expect(once.headers.etag).toBe('"2"');
    const afterOnce = once.json<JournalEntry>();
    expect(afterOnce).toMatchObject({ body: 'Möte bokat onsdag', version: 2, revisionCount: 1, createdAt: entry.createdAt });
    expect(afterOnce.correctedAt).not.toBeNull();

    const twice = await correct(leadCookie, caseDetail.id, entry.id, { body: 'Möte bokat torsdag' }, 2);
    expect(twice.statusCode).toBe(200);
    const afterTwice = twice.json<JournalEntry>();
    expect(afterTwice).toMatchObject({ version: 3, revisionCount: 2 });

    // Anyone who sees the case may read the earlier texts.
    const earlier = await revisions(colleagueCookie, caseDetail.id, entry.id);
    expect(earlier.map((r) => r.body)).toEqual(['Möte bokat onsdag', 'Möte bokat tisdag']);
    expect(earlier[1]!.writtenAt).toBe(entry.createdAt);
    expect(earlier[1]!.replacedAt).toBe(afterOnce.correctedAt);
    expect(earlier[0]!.writtenAt).toBe(afterOnce.correctedAt);
    expect(earlier[0]!.replacedAt).toBe(afterTwice.correctedAt);
    expect(await list(leadCookie, caseDetail.id)).toEqual([afterTwice]);
  });

  it('an entry never corrected has no earlier texts', async () => {
    const entry = await writeOk(leadCookie, theCase.id, 'Inget att rätta');
    expect(await revisions(leadCookie, theCase.id, entry.id)).toEqual([]);
  });

  it('refuses anyone but the author with 403, and changes nothing', async () => {
    const entry = await writeOk(leadCookie, theCase.id, 'Skriven av ledande koordinator');
    for (const cookie of [colleagueCookie, policeCookie]) {
      const response = await correct(cookie, theCase.id, entry.id, { body: 'Ändrad av någon annan' }, 1);
      expect(response.statusCode).toBe(403);
      expect(response.json<{ detail: string }>().detail).toContain('author');
    }
    const [row] = await t.db.select().from(journalEntries).where(eq(journalEntries.id, entry.id));
    expect(row).toMatchObject({ body: 'Skriven av ledande koordinator', version: 1, correctedAt: null });
    expect(await t.db.$count(journalEntryRevisions, eq(journalEntryRevisions.entryId, entry.id))).toBe(0);
  });

  it('refuses the author once 24 hours have passed, with 403 saying so', async () => {
    const entry = await writeOk(leadCookie, theCase.id, 'Gammal anteckning');
    await t.db.execute(sql`update journal_entries set created_at = now() - interval '24 hours 1 minute' where id = ${entry.id}`);
    const listed = (await list(leadCookie, theCase.id)).find((e) => e.id === entry.id);
    expect(listed?.canCorrect).toBe(false);
    const response = await correct(leadCookie, theCase.id, entry.id, { body: 'För sent' }, 1);
    expect(response.statusCode).toBe(403);
    expect(response.json<{ detail: string }>().detail).toContain('24 hours');
    const [row] = await t.db.select().from(journalEntries).where(eq(journalEntries.id, entry.id));
    expect(row?.body).toBe('Gammal anteckning');
  });

  it('still lets the author correct just inside the 24 hours', async () => {
    const entry = await writeOk(leadCookie, theCase.id, 'Nästan ett dygn gammal');
    await t.db.execute(sql`update journal_entries set created_at = now() - interval '23 hours 59 minutes' where id = ${entry.id}`);
    const response = await correct(leadCookie, theCase.id, entry.id, { body: 'Rättad i tid' }, 1);
    expect(response.statusCode).toBe(200);
  });

  it('needs If-Match: 428 without it, 400 malformed, 412 stale with the current version', async () => {
    const entry = await writeOk(leadCookie, theCase.id, 'Versionerad');
    expect((await correct(leadCookie, theCase.id, entry.id, { body: 'Ny' })).statusCode).toBe(428);
    expect((await correct(leadCookie, theCase.id, entry.id, { body: 'Ny' }, 'version 1')).statusCode).toBe(400);
    expect((await correct(leadCookie, theCase.id, entry.id, { body: 'Ny' }, 1)).statusCode).toBe(200);
    const stale = await correct(leadCookie, theCase.id, entry.id, { body: 'Ännu nyare' }, 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json<{ currentVersion: number }>().currentVersion).toBe(2);
    expect(stale.headers.etag).toBe('"2"');
    expect(await t.db.$count(journalEntryRevisions, eq(journalEntryRevisions.entryId, entry.id))).toBe(1);
  });

  it('refuses a text that is the same as before with 400', async () => {
    const entry = await writeOk(leadCookie, theCase.id, 'Oförändrad');
    const response = await correct(leadCookie, theCase.id, entry.id, { body: ' Oförändrad ' }, 1);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string; code: string }[] }>().errors).toEqual([
      expect.objectContaining({ field: 'body', code: 'unchanged' }),
    ]);
  });

  it('answers 404 for an entry of another case, through either case', async () => {
    const otherCase = await createCaseAs(t.app, leadCookie);
    const entry = await writeOk(leadCookie, otherCase.id, 'I ett annat ärende');
    expect((await correct(leadCookie, theCase.id, entry.id, { body: 'Fel ärende' }, 1)).statusCode).toBe(404);
    const response = await t.app.inject({ method: 'GET', url: journalUrl(theCase.id, `/${entry.id}/revisions`), headers: { cookie: leadCookie } });
    expect(response.statusCode).toBe(404);
  });
});

describe('Idempotency-Key', () => {
  it('the same request twice writes one entry; the retry answers 200 with it', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    const first = await write(leadCookie, caseDetail.id, { body: 'Skickad två gånger' }, 'journal-key-1');
    const second = await write(leadCookie, caseDetail.id, { body: 'Skickad två gånger' }, 'journal-key-1');
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json<JournalEntry>().id).toBe(first.json<JournalEntry>().id);
    expect(await t.db.$count(journalEntries, eq(journalEntries.caseId, caseDetail.id))).toBe(1);
    expect(await auditOf(caseDetail.id, 'journal.create')).toHaveLength(1);
  });

  it('the same key with another text is refused with 422 and writes nothing', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    expect((await write(leadCookie, caseDetail.id, { body: 'Original' }, 'journal-key-2')).statusCode).toBe(201);
    const reused = await write(leadCookie, caseDetail.id, { body: 'Något annat' }, 'journal-key-2');
    expect(reused.statusCode).toBe(422);
    expect(await t.db.$count(journalEntries, eq(journalEntries.caseId, caseDetail.id))).toBe(1);
  });
});

describe('who may write', () => {
  it('a case worker whose organisation is on the team writes for that organisation', async () => {
    const entry = await writeOk(policeCookie, theCase.id, 'Förhör genomfört');
    expect(entry).toMatchObject({ authorName: 'Omar Said', authorOrganisationName: 'Polisen region Stockholm', canCorrect: true });
    const corrected = await correct(policeCookie, theCase.id, entry.id, { body: 'Förhör genomfört med tolk' }, 1);
    expect(corrected.statusCode).toBe(200);
  });

  it('someone with case roles in several organisations writes for the one on the team', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    const ngo = await buildOrganisation(t.db, { name: 'Frivilligorganisationen', type: 'ngo' });
    const migration = await buildOrganisation(t.db, { name: 'Migrationsverket', type: 'migration_agency' });
    const worker = await buildUser(t.db, { roles: ['case_worker'], organisationId: ngo });
    await t.db.insert(memberships).values({ userId: worker.id, organisationId: migration, roles: ['case_worker'] });
    await addToTeam(t.db, { caseId: caseDetail.id, organisationId: migration, recordedByUserId: lead.id, kind: 'statute' });
    const entry = await writeOk(await signInAs(t.app, worker), caseDetail.id, 'Ansökan om tillstånd');
    expect(entry.authorOrganisationName).toBe('Migrationsverket');
  });

  it('a coordinator who broke the glass may write', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    const stranger = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'syd' });
    const cookie = await signInAs(t.app, stranger);
    expect((await write(cookie, caseDetail.id, { body: 'Utan åtkomst' })).statusCode).toBe(404);
    await grantBreakGlass(t.db, { caseId: caseDetail.id, userId: stranger.id });
    expect((await write(cookie, caseDetail.id, { body: 'Efter nödåtkomst' })).statusCode).toBe(201);
  });

  it('loses the journal at once when the seat is removed or the consent withdrawn', async () => {
    const caseDetail = await createCaseAs(t.app, leadCookie);
    const seat = await addToTeam(t.db, { caseId: caseDetail.id, organisationId: policeOrganisationId, recordedByUserId: lead.id, kind: 'statute' });
    await writeOk(policeCookie, caseDetail.id, 'Medan vi var med');
    await t.db.update(caseTeamMembers).set({ removedAt: new Date() }).where(eq(caseTeamMembers.id, seat.memberId));
    expect((await t.app.inject({ method: 'GET', url: journalUrl(caseDetail.id), headers: { cookie: policeCookie } })).statusCode).toBe(404);

    const again = await addToTeam(t.db, { caseId: caseDetail.id, organisationId: policeOrganisationId, recordedByUserId: lead.id, kind: 'statute' });
    expect(await list(policeCookie, caseDetail.id)).toHaveLength(1);
    await t.db.update(legalBases).set({ consentWithdrawnAt: new Date() }).where(eq(legalBases.id, again.legalBasisId));
    expect((await write(policeCookie, caseDetail.id, { body: 'Efter återkallelsen' })).statusCode).toBe(404);
  });
});

describe('a case outside the scope answers 404 on every route', () => {
  it.each([
    ['the other region', () => outsiderCookie],
    ['a case worker not on the team', () => unseatedWorkerCookie],
  ])('for %s', async (_who, cookieOf) => {
    const entry = await writeOk(leadCookie, theCase.id, 'Ska inte synas');
    const cookie = cookieOf();
    const before = await t.db.$count(journalEntries);
    const responses = await Promise.all([
      t.app.inject({ method: 'GET', url: journalUrl(theCase.id), headers: { cookie } }),
      write(cookie, theCase.id, { body: 'Intrång' }),
      correct(cookie, theCase.id, entry.id, { body: 'Intrång' }, 1),
      t.app.inject({ method: 'GET', url: journalUrl(theCase.id, `/${entry.id}/revisions`), headers: { cookie } }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404]);
    expect(await t.db.$count(journalEntries)).toBe(before);
  });

  it('and so does a case that does not exist', async () => {
    expect((await t.app.inject({ method: 'GET', url: journalUrl(none), headers: { cookie: leadCookie } })).statusCode).toBe(404);
    expect((await write(leadCookie, none, { body: 'Ingenstans' })).statusCode).toBe(404);
  });
});

describe('bad input gets 400 and stores nothing', () => {
  it.each([
    ['no body', {}],
    ['an empty text', { body: '' }],
    ['only white space', { body: ' \n\t ' }],
    ['a text too long', { body: 'x'.repeat(20_001) }],
    ['a number', { body: 42 }],
    ['null', { body: null }],
  ])('writing %s', async (_name, payload) => {
    const before = await t.db.$count(journalEntries);
    const auditBefore = await t.db.$count(auditEvents, inArray(auditEvents.action, ['journal.create']));
    const response = await write(leadCookie, theCase.id, payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain('body');
    expect(await t.db.$count(journalEntries)).toBe(before);
    expect(await t.db.$count(auditEvents, inArray(auditEvents.action, ['journal.create']))).toBe(auditBefore);
  });

  it('accepts exactly the longest text', async () => {
    expect((await write(leadCookie, theCase.id, { body: 'x'.repeat(20_000) })).statusCode).toBe(201);
  });

  it('correcting to an empty text', async () => {
    const entry = await writeOk(leadCookie, theCase.id, 'Ska inte tömmas');
    const response = await correct(leadCookie, theCase.id, entry.id, { body: '   ' }, 1);
    expect(response.statusCode).toBe(400);
    expect(await t.db.$count(journalEntryRevisions, eq(journalEntryRevisions.entryId, entry.id))).toBe(0);
  });

  it('malformed ids', async () => {
    expect((await t.app.inject({ method: 'GET', url: journalUrl('not-a-uuid'), headers: { cookie: leadCookie } })).statusCode).toBe(400);
    expect((await correct(leadCookie, theCase.id, 'nope', { body: 'x' }, 1)).statusCode).toBe(400);
  });
});
