import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseListPage } from '../../../shared/schemas/cases.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { cases } from './cases.schema.ts';
import { listCases } from './cases.queries.ts';
import { caseListQuery } from '../../../shared/schemas/cases.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildUser, caseInput, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam, grantBreakGlass } from '../../../../test/support/team.ts';

let t: TestApp;
let stockholmCoordinator: TestUser;
let stockholmCookie: string;
let vastCookie: string;
let nationalCookie: string;
let caseWorkerCookie: string;

beforeAll(async () => {
  t = await startTestApp();
  stockholmCoordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  stockholmCookie = await signInAs(t.app, stockholmCoordinator);
  vastCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' }));
  nationalCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null }));
  caseWorkerCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'stockholm' }));
});
afterAll(() => t.close());

const list = async (cookie: string, query = '') => {
  const response = await t.app.inject({ method: 'GET', url: `/api/cases${query}`, headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return response.json<CaseListPage>();
};

describe('opening a case', () => {
  it('gives a reference number, routes by municipality and makes the coordinator lead', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: stockholmCookie },
      payload: caseInput({ municipalityCode: '0980', exploitationForms: ['forced_labour', 'begging'] }),
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<CaseDetail>();
    expect(created.reference).toMatch(/^NMT-\d{4}-\d{6}$/);
    expect(response.headers.location).toBe(`/api/cases/${created.id}`);
    // Gotland (0980) belongs to police region Stockholm.
    expect(created).toMatchObject({
      regionCode: 'stockholm',
      countyCode: '09',
      municipalityCode: '0980',
      phase: 'suspicion',
      exploitationForms: ['forced_labour', 'begging'],
      leadUserId: stockholmCoordinator.id,
      version: 1,
    });
  });

  it('numbers cases one after another', async () => {
    const first = await createCaseAs(t.app, stockholmCookie);
    const second = await createCaseAs(t.app, stockholmCookie);
    const sequence = (ref: string) => Number(ref.slice(-6));
    expect(sequence(second.reference)).toBe(sequence(first.reference) + 1);
  });

  it('gives concurrent creates distinct numbers', async () => {
    const created = await Promise.all(Array.from({ length: 8 }, () => createCaseAs(t.app, nationalCookie)));
    expect(new Set(created.map((c) => c.reference)).size).toBe(8);
  });

  it('records the creation in the audit log', async () => {
    const created = await createCaseAs(t.app, stockholmCookie);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, created.id), eq(auditEvents.action, 'case.create')));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: stockholmCoordinator.id, subjectType: 'case' });
  });

  it('refuses a regional coordinator outside their region with 403', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: stockholmCookie },
      payload: caseInput({ municipalityCode: '1280' }), // Malmö, region Syd
    });
    expect(response.statusCode).toBe(403);
  });

  it('refuses roles that do not open cases', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie: caseWorkerCookie }, payload: caseInput() });
    expect(response.statusCode).toBe(403);
  });
});

describe('bad input gets 400 naming the field and changes nothing', () => {
  const badBodies: [string, unknown, string][] = [
    ['missing municipality', { ...caseInput(), municipalityCode: undefined }, 'municipalityCode'],
    ['malformed municipality', caseInput({ municipalityCode: '12' }), 'municipalityCode'],
    ['unknown municipality', caseInput({ municipalityCode: '9999' }), 'municipalityCode'],
    ['no exploitation form', caseInput({ exploitationForms: [] }), 'exploitationForms'],
    ['unknown exploitation form', { ...caseInput(), exploitationForms: ['smuggling'] }, 'exploitationForms.0'],
    ['the same form twice', caseInput({ exploitationForms: ['begging', 'begging'] }), 'exploitationForms'],
    ['empty code name', caseInput({ person: { codeName: '   ', isChild: false } }), 'person.codeName'],
    ['too long code name', caseInput({ person: { codeName: 'x'.repeat(81), isChild: false } }), 'person.codeName'],
    ['child flag as text', { ...caseInput(), person: { codeName: 'A', isChild: 'yes' } }, 'person.isChild'],
    ['no person', { ...caseInput(), person: null }, 'person'],
    ['an array body', [caseInput()], 'body'],
  ];

  it.each(badBodies)('%s', async (_name, payload, field) => {
    const before = await t.db.$count(cases);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: stockholmCookie, 'content-type': 'application/json' },
      payload: JSON.stringify(payload),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<{ errors: { field: string; code: string }[]; detail: string }>();
    expect(problem.errors.map((e) => e.field)).toContain(field);
    expect(problem.detail).toContain(field.split('.')[0]);
    expect(problem.errors.every((e) => e.code.length > 0)).toBe(true);
    expect(await t.db.$count(cases)).toBe(before);
  });

  it('malformed JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: stockholmCookie, 'content-type': 'application/json' },
      payload: '{"municipalityCode": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).not.toHaveProperty('stack');
  });

  it('a body that is not JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: stockholmCookie, 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(response.statusCode).toBe(415);
  });

  it('an oversized body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: stockholmCookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ ...caseInput(), padding: 'x'.repeat(2_000_000) }),
    });
    expect(response.statusCode).toBe(413);
  });

  it.each([
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['pageSize=1000', 'pageSize'],
    ['sort=password', 'sort'],
    ['order=sideways', 'order'],
  ])('list query %s', async (query, field) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/cases?${query}`, headers: { cookie: stockholmCookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(field);
  });

  it('a case id that is not a uuid', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/cases/NMT-2026-000001', headers: { cookie: stockholmCookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('caseId');
  });
});

describe('need to know', () => {
  let stockholmCase: CaseDetail;
  let vastCase: CaseDetail;

  beforeAll(async () => {
    stockholmCase = await createCaseAs(t.app, stockholmCookie, { municipalityCode: '0114' });
    vastCase = await createCaseAs(t.app, vastCookie, { municipalityCode: '1480' });
  });

  const ids = (page: CaseListPage) => page.items.map((c) => c.id);

  it('a regional coordinator sees the cases of their region only', async () => {
    const page = await list(stockholmCookie, '?pageSize=100');
    expect(ids(page)).toContain(stockholmCase.id);
    expect(ids(page)).not.toContain(vastCase.id);
    expect(page.items.every((c) => c.regionCode === 'stockholm')).toBe(true);
    expect(page.total).toBe(page.items.length);
  });

  it('a national coordinator sees every region', async () => {
    const page = await list(nationalCookie, '?pageSize=100');
    expect(ids(page)).toEqual(expect.arrayContaining([stockholmCase.id, vastCase.id]));
  });

  it('a case worker who neither created nor leads a case sees none, not even a count', async () => {
    const page = await list(caseWorkerCookie);
    expect(page).toMatchObject({ items: [], total: 0, can: { create: false } });
  });

  it('a case outside the scope answers 404, the same as one that does not exist', async () => {
    const outside = await t.app.inject({ method: 'GET', url: `/api/cases/${vastCase.id}`, headers: { cookie: stockholmCookie } });
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/cases/00000000-0000-4000-8000-000000000000',
      headers: { cookie: stockholmCookie },
    });
    expect(outside.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(outside.json<{ detail: string }>().detail).toBe(missing.json<{ detail: string }>().detail);
  });

  it('a case in scope shows in full and the read is audited', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/cases/${vastCase.id}`, headers: { cookie: vastCookie } });
    expect(response.statusCode).toBe(200);
    expect(response.json<CaseDetail>()).toMatchObject({ id: vastCase.id, reference: vastCase.reference, regionCode: 'vast' });
    const reads = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, vastCase.id), eq(auditEvents.action, 'case.read')));
    expect(reads).toHaveLength(1);
  });

  it('a list is audited with the ids it showed', async () => {
    const page = await list(vastCookie);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'case.list'))
      .orderBy(auditEvents.id)
      .limit(1)
      .offset((await t.db.$count(auditEvents, eq(auditEvents.action, 'case.list'))) - 1);
    expect(event?.details).toMatchObject({ caseIds: ids(page), total: page.total });
  });
});

describe('sorting and paging', () => {
  it('pages through every case exactly once', async () => {
    const all = await list(nationalCookie, '?pageSize=100');
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 3); page++) {
      const result = await list(nationalCookie, `?pageSize=3&page=${page}&sort=reference&order=asc`);
      seen.push(...result.items.map((c) => c.reference));
    }
    expect(seen).toHaveLength(all.total);
    expect(seen).toEqual([...seen].sort());
  });

  it('sorts by code name both ways', async () => {
    const ascending = (await list(nationalCookie, '?sort=codeName&order=asc&pageSize=100')).items.map((c) => c.codeName);
    const descending = (await list(nationalCookie, '?sort=codeName&order=desc&pageSize=100')).items.map((c) => c.codeName);
    expect(descending).toEqual([...ascending].reverse());
  });

  it('lists the newest first by default', async () => {
    const items = (await list(nationalCookie, '?pageSize=100')).items;
    const times = items.map((c) => Date.parse(c.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('a page past the end', () => {
  it('is empty but still tells the total', async () => {
    const all = await list(nationalCookie, '?pageSize=100');
    const past = await list(nationalCookie, '?pageSize=100&page=50');
    expect(past.items).toEqual([]);
    expect(past.total).toBe(all.total);
  });
});

describe('counting a long list', () => {
  // The same query the route runs, with a count limit of 2 instead of 1,000.
  const listAll = (query: Record<string, string>) => listCases(t.db, { scopeParts: [sql`true`], filters: [] }, caseListQuery.parse(query), 2);

  it('stops at its limit and says the total is at least that', async () => {
    const all = await list(nationalCookie, '?pageSize=100');
    expect(all.totalIsLowerBound).toBe(false);
    expect(all.total).toBeGreaterThan(3);
    expect(await listAll({ pageSize: '1' })).toMatchObject({ total: 2, totalIsLowerBound: true });
  });

  it('counts past the limit to the end of the page asked for, so there is always a next page while one may exist', async () => {
    const all = await list(nationalCookie, '?pageSize=100');
    const third = await listAll({ pageSize: '1', page: '3', sort: 'reference', order: 'asc' });
    expect(third).toMatchObject({ total: 3, totalIsLowerBound: true });
    expect(third.items.map((c) => c.reference)).toEqual([[...all.items.map((c) => c.reference)].sort()[2]]);
  });

  it('tells the exact total on the last page and past the end', async () => {
    const all = await list(nationalCookie, '?pageSize=100');
    const lastPage = String(Math.ceil(all.total / 2));
    expect(await listAll({ pageSize: '2', page: lastPage })).toMatchObject({ total: all.total, totalIsLowerBound: false });
    expect(await listAll({ pageSize: '100', page: '50' })).toMatchObject({ items: [], total: all.total, totalIsLowerBound: false });
  });
});

describe('counting the cases a coordinator sees in several ways', () => {
  it('counts each case once, whether through the region, the lead, a team seat or a grant', async () => {
    const coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'bergslagen' });
    const cookie = await signInAs(t.app, coordinator);
    const inBergslagen = await createCaseAs(t.app, cookie, { municipalityCode: '1880' });
    const elsewhere = async () => (await createCaseAs(t.app, nationalCookie, { municipalityCode: '1280' })).id;
    const [led, seated, granted] = [await elsewhere(), await elsewhere(), await elsewhere()];
    await elsewhere(); // one the coordinator does not see
    await t.db.update(cases).set({ leadUserId: coordinator.id }).where(eq(cases.id, led));
    // The case of their own region they lead already is also seated and granted: one case, four ways in.
    for (const caseId of [inBergslagen.id, seated]) {
      await addToTeam(t.db, { caseId, organisationId: coordinator.organisationId, recordedByUserId: coordinator.id, kind: 'statute' });
    }
    for (const caseId of [inBergslagen.id, granted]) await grantBreakGlass(t.db, { caseId, userId: coordinator.id });

    // A page that is not full tells the total from its rows; one of one case a page counts.
    const all = await list(cookie, '?pageSize=100');
    expect(all.items.map((c) => c.id)).toEqual(expect.arrayContaining([inBergslagen.id, led, seated, granted]));
    const counted = await list(cookie, '?pageSize=1');
    expect(counted).toMatchObject({ total: all.total, totalIsLowerBound: false });
    expect(all.total).toBe(all.items.length);
  });
});
