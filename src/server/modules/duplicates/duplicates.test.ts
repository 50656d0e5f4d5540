import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseLink } from '../../../shared/schemas/cases.ts';
import type { PossibleDuplicate, PossibleDuplicateList } from '../../../shared/schemas/duplicates.ts';
import type { IdentitySaved } from '../../../shared/schemas/persons.ts';
import { rotateKeys } from '../../cli/keys-rotate.ts';
import { recomputeMatchKeys } from '../../cli/duplicates-reindex.ts';
import { Keyring } from '../../platform/crypto.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { duplicateDecisions, personMatchKeys } from './duplicates.schema.ts';
import { matchHashPurpose, matchKeysOf } from './match-keys.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRowsAbout, requestAs } from '../../../../test/support/casework.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam } from '../../../../test/support/team.ts';

let t: TestApp;
let lead: TestUser;
let second: TestUser;
let asLead: ReturnType<typeof requestAs>;
let asSecond: ReturnType<typeof requestAs>;
let asVast: ReturnType<typeof requestAs>;
let asNational: ReturnType<typeof requestAs>;
let asWorker: ReturnType<typeof requestAs>;
let leadCookie: string;
let secondCookie: string;
let vastCookie: string;

/** Cases: A and B by two Stockholm coordinators, C changed into a match, P with protected identity, D in Väst. */
let a: CaseDetail;
let b: CaseDetail;
let c: CaseDetail;
let p: CaseDetail;
let d: CaseDetail;

const anna = { fullName: 'Anna Lindqvist', personalNumber: '811218-9876' };

beforeAll(async () => {
  t = await startTestApp();
  lead = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  second = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  leadCookie = await signInAs(t.app, lead);
  secondCookie = await signInAs(t.app, second);
  vastCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' }));
  asLead = requestAs(t.app, leadCookie);
  asSecond = requestAs(t.app, secondCookie);
  asVast = requestAs(t.app, vastCookie);
  asNational = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null })));
  const police = await buildOrganisation(t.db, { type: 'police', regionCode: 'stockholm' });
  const worker = await buildUser(t.db, { roles: ['case_worker'], organisationId: police });
  asWorker = requestAs(t.app, await signInAs(t.app, worker));
  a = await createCaseAs(t.app, leadCookie);
  await addToTeam(t.db, { caseId: a.id, organisationId: police, recordedByUserId: lead.id, kind: 'statute', contactUserIds: [worker.id] });
});
afterAll(() => t.close());

const putIdentity = (cookie: string, caseId: string, payload: object, version: number) =>
  t.app.inject({ method: 'PUT', url: `/api/cases/${caseId}/identity`, headers: { cookie, 'if-match': `"${version}"` }, payload });

async function register(cookie: string, theCase: CaseDetail, payload: object, version = 0): Promise<PossibleDuplicate[]> {
  const response = await putIdentity(cookie, theCase.id, payload, version);
  expect(response.statusCode).toBe(200);
  return response.json<IdentitySaved>().possibleDuplicates;
}

async function listed(as: ReturnType<typeof requestAs>, theCase: CaseDetail): Promise<PossibleDuplicate[]> {
  const response = await as('GET', `/api/cases/${theCase.id}/duplicates`);
  expect(response.statusCode).toBe(200);
  return response.json<PossibleDuplicateList>().items;
}

const ids = (items: readonly PossibleDuplicate[]) => items.map((item) => item.caseId);

describe('a possible duplicate is named when identity is registered or changed', () => {
  it('the first identity matches nothing', async () => {
    expect(await register(leadCookie, a, anna)).toEqual([]);
  });

  it('another spelling of the name is found on registration, with the other case\'s code name, never its identity', async () => {
    b = await createCaseAs(t.app, secondCookie);
    const found = await register(secondCookie, b, { fullName: 'Lindkvist Ana' });
    expect(found).toEqual([
      { caseId: a.id, reference: a.reference, phase: 'suspicion', codeName: a.person.codeName, birthYear: null, reasons: ['name'], decision: null },
    ]);
    const [event] = await auditRowsAbout(t.db, 'duplicates.read', b.id);
    expect(event?.details).toEqual({ caseIds: [a.id], count: 1 });
  });

  it('a change of identity finds the same personal identity number first, then the names', async () => {
    c = await createCaseAs(t.app, secondCookie);
    expect(await register(secondCookie, c, { fullName: 'Erik Svensson' })).toEqual([]);
    const found = await register(secondCookie, c, { fullName: 'Anna Lindquist', personalNumber: '19811218-9876' }, 1);
    expect(ids(found)).toEqual([a.id, b.id]);
    expect(found[0]!.reasons).toEqual(['personal_number', 'name']);
  });

  it('the same passport number, written another way, is found under another name, and the number is kept as written', async () => {
    const first = await createCaseAs(t.app, secondCookie);
    const other = await createCaseAs(t.app, secondCookie);
    expect(await register(secondCookie, first, { fullName: 'Grace Eze', documentNumber: 'A0 123 4567' })).toEqual([]);
    const found = await register(secondCookie, other, { fullName: 'Joy Nwosu', documentNumber: 'a01234567' });
    expect(found.map(({ caseId, reasons }) => ({ caseId, reasons }))).toEqual([{ caseId: first.id, reasons: ['document_number'] }]);
    const shown = await asSecond('GET', `/api/cases/${first.id}/identity`);
    expect(shown.json<IdentitySaved>().documentNumber).toBe('A0 123 4567');
    const stored = await t.db.select().from(personMatchKeys).where(eq(personMatchKeys.personId, other.person.id));
    expect(JSON.stringify(stored)).not.toMatch(/1234567/i);
  });

  it('the hashes in the table hold neither the name nor the number, and name the key', async () => {
    const rows = await t.db.select().from(personMatchKeys).where(eq(personMatchKeys.personId, c.person.id));
    expect(rows.length).toBeGreaterThan(1);
    const dump = JSON.stringify(rows);
    for (const plain of ['Lindquist', 'LNTKFST', '811218', '9876']) expect(dump).not.toContain(plain);
    expect(new Set(rows.map((r) => r.keyId))).toEqual(new Set(['test']));
  });

  it('the case page lists them both ways for those who run the cases', async () => {
    expect(ids(await listed(asLead, a))).toEqual([c.id, b.id]);
    expect(ids(await listed(asNational, b))).toEqual([a.id, c.id]);
  });
});

describe('scope and protected identity', () => {
  it('a coordinator of another region registering the same person is told nothing', async () => {
    d = await createCaseAs(t.app, vastCookie, { municipalityCode: '1480' });
    expect(await register(vastCookie, d, anna)).toEqual([]);
    // The national coordinator sees all four cases, and so all the matches.
    expect(ids(await listed(asNational, d))).toEqual([a.id, c.id, b.id]);
  });

  it('a person with protected identity is never listed, and the answer is as if there were no match', async () => {
    p = await createCaseAs(t.app, leadCookie, { person: { codeName: 'Skyddad', isChild: false, hasProtectedIdentity: true } });
    const onProtected = await register(leadCookie, p, anna);
    // Its own lead sees the others; no one sees it from the other side.
    expect(ids(onProtected)).toEqual([a.id, c.id, b.id]);
    expect(ids(await listed(asLead, a))).not.toContain(p.id);
    expect(ids(await listed(asNational, d))).not.toContain(p.id);
    const lone = await createCaseAs(t.app, leadCookie, { person: { codeName: 'Skyddad två', isChild: false, hasProtectedIdentity: true } });
    expect(await register(leadCookie, lone, { fullName: 'Zlatko Ödmjuksson' })).toEqual([]);
    const fresh = await createCaseAs(t.app, leadCookie);
    const response = await putIdentity(leadCookie, fresh.id, { fullName: 'Zlatko Odmjuksson' }, 0);
    expect(response.json<IdentitySaved>().possibleDuplicates).toEqual([]);
    expect(response.body).not.toContain(lone.id);
    expect(response.body).not.toContain(lone.reference);
    const [event] = await auditRowsAbout(t.db, 'duplicates.read', fresh.id);
    expect(event?.details).toEqual({ caseIds: [], count: 0 });
  });

  it('turning protection on hides a person at once', async () => {
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${d.id}/person`,
      headers: { cookie: vastCookie, 'if-match': '"1"' },
      payload: { hasProtectedIdentity: true },
    });
    expect(patch.statusCode).toBe(200);
    expect(ids(await listed(asNational, a))).not.toContain(d.id);
  });

  it('403 for a coordinator of the region on a protected case, and for a case worker of the team', async () => {
    expect((await asSecond('GET', `/api/cases/${p.id}/duplicates`)).statusCode).toBe(403);
    expect((await asWorker('GET', `/api/cases/${a.id}/duplicates`)).statusCode).toBe(403);
  });

  it('404 outside the scope and for a case that does not exist', async () => {
    expect((await asVast('GET', `/api/cases/${a.id}/duplicates`)).statusCode).toBe(404);
    expect((await asLead('GET', '/api/cases/00000000-0000-4000-8000-000000000000/duplicates')).statusCode).toBe(404);
  });
});

describe('linking as the same person and marking not the same', () => {
  const decisions = () => t.db.select().from(duplicateDecisions);
  const notificationsOf = (userId: string) => t.db.select().from(notifications).where(eq(notifications.userId, userId));

  it('bad input is 400 and decides nothing', async () => {
    for (const [path, body] of [
      ['not-same', { otherCaseId: a.id }],
      ['not-same', { otherCaseId: a.id, reason: 'kort' }],
      ['not-same', { otherCaseId: 'a', reason: 'Olika födelsedatum i passen.' }],
      ['same-person', {}],
    ] as const) {
      expect((await asSecond('POST', `/api/cases/${b.id}/duplicates/${path}`, body)).statusCode).toBe(400);
    }
    expect(await decisions()).toEqual([]);
  });

  it('404 for a case that is no possible duplicate, one outside the scope, and a protected one; 403 for a case worker', async () => {
    const stranger = await createCaseAs(t.app, secondCookie);
    for (const otherCaseId of [stranger.id, d.id, p.id, '00000000-0000-4000-8000-000000000000']) {
      expect((await asSecond('POST', `/api/cases/${b.id}/duplicates/same-person`, { otherCaseId })).statusCode).toBe(404);
    }
    expect((await asVast('POST', `/api/cases/${a.id}/duplicates/same-person`, { otherCaseId: b.id })).statusCode).toBe(404);
    expect((await asWorker('POST', `/api/cases/${a.id}/duplicates/same-person`, { otherCaseId: b.id })).statusCode).toBe(403);
    expect(await decisions()).toEqual([]);
  });

  it('same person: both cases linked, audited on both, the other lead told', async () => {
    const response = await asSecond('POST', `/api/cases/${b.id}/duplicates/same-person`, { otherCaseId: a.id });
    expect(response.statusCode).toBe(200);
    expect(response.json<PossibleDuplicateList>().items.find((item) => item.caseId === a.id)?.decision).toBe('same_person');
    const links = (await asLead('GET', `/api/cases/${a.id}/links`)).json<CaseLink[]>();
    expect(links).toEqual([expect.objectContaining({ caseId: b.id, kind: 'same_person' })]);
    for (const [subject, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const [event] = await auditRowsAbout(t.db, 'duplicates.same_person', subject.id);
      expect(event?.details).toMatchObject({ otherCaseId: other.id, linked: true });
    }
    expect((await notificationsOf(lead.id)).map((n) => [n.kind, n.caseId])).toEqual([['duplicate_same_person', a.id]]);
    // The one who decided, lead of B, is not told about their own decision.
    expect(await notificationsOf(second.id)).toEqual([]);
  });

  it('deciding the pair again is 409, from either side', async () => {
    expect((await asSecond('POST', `/api/cases/${b.id}/duplicates/same-person`, { otherCaseId: a.id })).statusCode).toBe(409);
    const reason = 'Olika födelsedatum enligt passen.';
    expect((await asLead('POST', `/api/cases/${a.id}/duplicates/not-same`, { otherCaseId: b.id, reason })).statusCode).toBe(409);
  });

  it('not the same: with a reason, no longer suggested either way, both leads told', async () => {
    const reason = 'Olika födelsedatum enligt passen.';
    const response = await asNational('POST', `/api/cases/${c.id}/duplicates/not-same`, { otherCaseId: b.id, reason });
    expect(response.statusCode).toBe(200);
    expect(ids(response.json<PossibleDuplicateList>().items)).toEqual([a.id]);
    expect(ids(await listed(asSecond, b))).toEqual([a.id]);
    const [row] = await t.db.select().from(duplicateDecisions).where(eq(duplicateDecisions.decision, 'not_same'));
    expect(row?.reason).toBe(reason);
    const [event] = await auditRowsAbout(t.db, 'duplicates.not_same', c.id);
    expect(JSON.stringify(event)).not.toContain(reason);
    const told = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, second.id), eq(notifications.kind, 'duplicate_not_same')));
    expect(told.map((n) => n.caseId).sort()).toEqual([b.id, c.id].sort());
  });
});

describe('deciding from a case with protected identity', () => {
  it('its lead may not link it as the same person (403), and marking not the same tells no other lead', async () => {
    const onP = (await asLead('GET', `/api/cases/${p.id}/duplicates`)).json<PossibleDuplicateList>();
    expect(onP.canLinkSamePerson).toBe(false);
    expect((await asLead('GET', `/api/cases/${a.id}/duplicates`)).json<PossibleDuplicateList>().canLinkSamePerson).toBe(true);
    const other = onP.items[0]!;
    expect((await asLead('POST', `/api/cases/${p.id}/duplicates/same-person`, { otherCaseId: other.caseId })).statusCode).toBe(403);
    const before = await t.db.select().from(notifications);
    const reason = 'Skyddad person, annan födelseort.';
    const response = await asLead('POST', `/api/cases/${p.id}/duplicates/not-same`, { otherCaseId: other.caseId, reason });
    expect(response.statusCode).toBe(200);
    expect(await t.db.select().from(notifications)).toEqual(before);
  });
});

describe('keys rotate and reindex', () => {
  const stored = (personId: string) =>
    t.db.select({ keyId: personMatchKeys.keyId, hash: personMatchKeys.hash }).from(personMatchKeys).where(eq(personMatchKeys.personId, personId));

  it('keys rotate computes the hashes again under the new key, and matching goes on', async () => {
    const spec = `k2:${randomBytes(32).toString('base64')},${t.config.encryptionKey!}`;
    const result = await rotateKeys(t.db, { ...t.config, encryptionKey: spec });
    expect(result.matchKeyPersons).toBeGreaterThanOrEqual(6);
    const { rows } = await t.db.execute<{ key_id: string }>(sql`select distinct key_id from person_match_keys`);
    expect(rows.map((r) => r.key_id)).toEqual(['k2']);
    const [k2] = new Keyring(spec).keyedHashers(matchHashPurpose);
    const expected = matchKeysOf(k2!, { fullName: anna.fullName, personalNumber: '19811218-9876', documentNumber: null });
    expect((await stored(a.person.id)).sort((x, y) => x.hash.localeCompare(y.hash))).toEqual(
      expected.map(({ keyId, hash }) => ({ keyId, hash })).sort((x, y) => x.hash.localeCompare(y.hash)),
    );
  });

  it('reindex fills in an identity stored before matching existed', async () => {
    const spec = `k2:${Buffer.alloc(32, 9).toString('base64')},${t.config.encryptionKey!}`;
    const app = await startTestApp({ encryptionKey: spec });
    try {
      const cookie = await signInAs(app.app, await buildUser(app.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' }));
      const one = await createCaseAs(app.app, cookie);
      const two = await createCaseAs(app.app, cookie);
      const first = await app.app.inject({ method: 'PUT', url: `/api/cases/${one.id}/identity`, headers: { cookie, 'if-match': '"0"' }, payload: anna });
      expect(first.statusCode).toBe(200);
      await app.db.delete(personMatchKeys);
      const second = await app.app.inject({ method: 'PUT', url: `/api/cases/${two.id}/identity`, headers: { cookie, 'if-match': '"0"' }, payload: anna });
      expect(second.json<IdentitySaved>().possibleDuplicates).toEqual([]);
      expect(await recomputeMatchKeys(app.db, new Keyring(spec), { onlyStale: false })).toEqual({ persons: 2, unreadable: 0 });
      const list = await app.app.inject({ method: 'GET', url: `/api/cases/${two.id}/duplicates`, headers: { cookie } });
      expect(ids(list.json<PossibleDuplicateList>().items)).toEqual([one.id]);
    } finally {
      await app.close();
    }
  });
});
