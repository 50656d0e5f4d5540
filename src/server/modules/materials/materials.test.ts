import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistItemList } from '../../../shared/schemas/support-process.ts';
import type { MaterialItem, MaterialLinkList, MaterialList } from '../../../shared/schemas/materials.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { materialLinks, materialVersions, materials } from './materials.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildUser, signInAs } from '../../../../test/support/factories.ts';

let t: TestApp;
let trainerCookie: string;
let nationalCookie: string;
let caseWorkerCookie: string;
let adminCookie: string;
let checklistItemId: string;

beforeAll(async () => {
  t = await startTestApp();
  const trainer = await buildUser(t.db, { roles: ['trainer'], regionCode: null });
  const national = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
  const caseWorker = await buildUser(t.db, { roles: ['case_worker'] });
  const admin = await buildUser(t.db, { roles: ['system_admin'], regionCode: null });
  [trainerCookie, nationalCookie, caseWorkerCookie, adminCookie] = (await Promise.all(
    [trainer, national, caseWorker, admin].map((user) => signInAs(t.app, user)),
  )) as [string, string, string, string];
  const checklist = (await as(nationalCookie, 'GET', '/api/checklist-items')).json<ChecklistItemList>();
  checklistItemId = checklist.phases.flatMap((p) => p.items)[0]!.id;
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const as = (cookie: string | null, method: Method, url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
const unknownId = '00000000-0000-4000-8000-000000000000';
const guide = (title = 'Vägledning vid första samtal') => ({ kind: 'guide', title, summary: 'Hur det första samtalet förs.', body: '1. Presentera dig.\n2. <b>Lyssna</b>.' });
const publish = async (cookie = trainerCookie, body: object = guide()) => {
  const response = await as(cookie, 'POST', '/api/materials', body);
  expect(response.statusCode).toBe(201);
  return response.json<MaterialItem>();
};
const tableCounts = async () => ({
  materials: Number((await t.db.select({ n: count() }).from(materials))[0]!.n),
  versions: Number((await t.db.select({ n: count() }).from(materialVersions))[0]!.n),
  links: Number((await t.db.select({ n: count() }).from(materialLinks))[0]!.n),
});

describe('who may reach the materials', () => {
  it('answers 401 without a session on every route', async () => {
    const routes: [Method, string, unknown?][] = [
      ['GET', '/api/materials'],
      ['POST', '/api/materials', guide()],
      ['GET', `/api/materials/${unknownId}`],
      ['POST', `/api/materials/${unknownId}/versions`, guide()],
      ['GET', '/api/material-links'],
      ['PUT', `/api/material-links/${unknownId}`, { materialId: unknownId }],
      ['DELETE', `/api/material-links/${unknownId}`],
    ];
    for (const [method, url, payload] of routes) expect((await as(null, method, url, payload)).statusCode, `${method} ${url}`).toBe(401);
  });

  it('lets only trainers and national coordinators publish, and only national coordinators link', async () => {
    const material = await publish();
    const before = await tableCounts();
    for (const cookie of [caseWorkerCookie, adminCookie]) {
      expect((await as(cookie, 'POST', '/api/materials', guide())).statusCode).toBe(403);
      expect((await as(cookie, 'POST', `/api/materials/${material.id}/versions`, guide())).statusCode).toBe(403);
    }
    for (const cookie of [caseWorkerCookie, adminCookie, trainerCookie]) {
      expect((await as(cookie, 'PUT', `/api/material-links/${checklistItemId}`, { materialId: material.id })).statusCode).toBe(403);
      expect((await as(cookie, 'DELETE', `/api/material-links/${checklistItemId}`)).statusCode).toBe(403);
    }
    expect(await tableCounts()).toEqual(before);
    expect((await as(caseWorkerCookie, 'GET', `/api/materials/${material.id}`)).statusCode).toBe(200);
    expect((await as(adminCookie, 'GET', '/api/materials')).statusCode).toBe(200);
  });
});

describe('publishing versions', () => {
  it('publishes version 1, then version 2, and version 1 stays readable; each publication is audited', async () => {
    const first = await publish(nationalCookie, guide('Checklista för skyddat boende'));
    expect(first).toMatchObject({ kind: 'guide', version: 1, latestVersion: 1, title: 'Checklista för skyddat boende' });
    expect(first.body).toBe('1. Presentera dig.\n2. <b>Lyssna</b>.');

    const second = await as(trainerCookie, 'POST', `/api/materials/${first.id}/versions`, { title: 'Checklista för skyddat boende, rev.', summary: 'Ny.', body: 'Ny text.' });
    expect(second.statusCode).toBe(201);
    expect(second.json<MaterialItem>()).toMatchObject({ version: 2, latestVersion: 2, kind: 'guide', body: 'Ny text.' });
    expect(second.json<MaterialItem>().versions.map((v) => v.version)).toEqual([2, 1]);

    const old = (await as(caseWorkerCookie, 'GET', `/api/materials/${first.id}?version=1`)).json<MaterialItem>();
    expect(old).toMatchObject({ version: 1, latestVersion: 2, title: 'Checklista för skyddat boende', body: first.body });
    expect((await as(caseWorkerCookie, 'GET', `/api/materials/${first.id}`)).json<MaterialItem>().version).toBe(2);
    expect((await as(caseWorkerCookie, 'GET', `/api/materials/${first.id}?version=3`)).statusCode).toBe(404);

    const audit = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'material.publish'), eq(auditEvents.subjectId, first.id)));
    expect(audit.map((a) => a.details).sort((x, y) => (x as { version: number }).version - (y as { version: number }).version)).toEqual([
      { kind: 'guide', version: 1 },
      { kind: 'guide', version: 2 },
    ]);
  });

  it('finds materials by title or summary, newest version only', async () => {
    const material = await publish(trainerCookie, { kind: 'template', title: 'Mall för återresa', summary: 'Underlag till IOM.', body: 'Text' });
    await as(trainerCookie, 'POST', `/api/materials/${material.id}/versions`, { title: 'Mall för återvändande', summary: 'Underlag till IOM.', body: 'Text' });
    const byTitle = (await as(caseWorkerCookie, 'GET', `/api/materials?q=${encodeURIComponent('återvändande')}`)).json<MaterialList>();
    expect(byTitle.items.map((i) => i.id)).toEqual([material.id]);
    expect(byTitle.items[0]).toMatchObject({ version: 2, kind: 'template' });
    expect((await as(caseWorkerCookie, 'GET', `/api/materials?q=${encodeURIComponent('återresa')}`)).json<MaterialList>().items).toEqual([]);
    expect((await as(caseWorkerCookie, 'GET', '/api/materials?q=iom')).json<MaterialList>().items.map((i) => i.id)).toContain(material.id);
    expect((await as(caseWorkerCookie, 'GET', '/api/materials?q=%25')).json<MaterialList>().items).toEqual([]);
  });

  it('refuses bad input with 400 and changes nothing', async () => {
    const material = await publish();
    const before = await tableCounts();
    for (const body of [
      { ...guide(), kind: 'poster' },
      { ...guide(), title: '  ' },
      { ...guide(), body: '' },
      { ...guide(), title: 'x'.repeat(201) },
      { ...guide(), extra: 1 },
    ]) {
      const response = await as(trainerCookie, 'POST', '/api/materials', body);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await as(trainerCookie, 'POST', `/api/materials/${material.id}/versions`, { title: 'T', summary: '' })).statusCode).toBe(400);
    expect((await as(trainerCookie, 'POST', `/api/materials/${unknownId}/versions`, { title: 'T', summary: '', body: 'B' })).statusCode).toBe(404);
    expect((await as(trainerCookie, 'GET', '/api/materials/not-an-id')).statusCode).toBe(400);
    expect((await as(trainerCookie, 'GET', `/api/materials/${material.id}?version=0`)).statusCode).toBe(400);
    expect(await tableCounts()).toEqual(before);
  });
});

describe('links from the phase checklist', () => {
  it('links an item to a material, lists it, replaces and removes it; each change audited', async () => {
    const first = await publish(trainerCookie, guide('Skyddsbedömning'));
    const second = await publish(trainerCookie, guide('Skyddsbedömning, fördjupning'));
    expect((await as(nationalCookie, 'PUT', `/api/material-links/${checklistItemId}`, { materialId: first.id })).statusCode).toBe(204);
    expect((await as(nationalCookie, 'PUT', `/api/material-links/${checklistItemId}`, { materialId: second.id })).statusCode).toBe(204);
    const links = (await as(caseWorkerCookie, 'GET', '/api/material-links')).json<MaterialLinkList>();
    expect(links.items.filter((l) => l.checklistItemId === checklistItemId)).toEqual([
      { checklistItemId, materialId: second.id, title: 'Skyddsbedömning, fördjupning' },
    ]);
    expect((await as(nationalCookie, 'DELETE', `/api/material-links/${checklistItemId}`)).statusCode).toBe(204);
    expect((await as(nationalCookie, 'DELETE', `/api/material-links/${checklistItemId}`)).statusCode).toBe(404);
    const audit = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'material.link'), eq(auditEvents.subjectId, checklistItemId)));
    expect(audit.map((a) => a.details)).toEqual(expect.arrayContaining([{ materialId: first.id }, { materialId: second.id }, { materialId: null }]));
  });

  it('refuses an unknown checklist item (404) or material (400) and changes nothing', async () => {
    const material = await publish();
    const before = await tableCounts();
    expect((await as(nationalCookie, 'PUT', `/api/material-links/${unknownId}`, { materialId: material.id })).statusCode).toBe(404);
    const unknownMaterial = await as(nationalCookie, 'PUT', `/api/material-links/${checklistItemId}`, { materialId: unknownId });
    expect(unknownMaterial.statusCode).toBe(400);
    expect(unknownMaterial.headers['content-type']).toContain('application/problem+json');
    expect((await as(nationalCookie, 'PUT', `/api/material-links/${checklistItemId}`, { materialId: 'x' })).statusCode).toBe(400);
    expect((await as(nationalCookie, 'PUT', `/api/material-links/${checklistItemId}`, {})).statusCode).toBe(400);
    expect(await tableCounts()).toEqual(before);
  });
});

describe('publishing once per Idempotency-Key', () => {
  const withKey = (cookie: string, url: string, key: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { cookie, 'idempotency-key': key }, payload });

  it('publishes one version for a double click, answers the same version, and refuses the key for other text', async () => {
    const material = await publish();
    const url = `/api/materials/${material.id}/versions`;
    const text = { title: 'Vägledning, reviderad', summary: 'Ny ordning.', body: 'Steg ett.' };
    const [first, second] = await Promise.all([withKey(trainerCookie, url, 'klick-1', text), withKey(trainerCookie, url, 'klick-1', text)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 201]);
    expect(first.json<MaterialItem>().version).toBe(2);
    expect(second.json<MaterialItem>().version).toBe(2);
    const retry = await withKey(trainerCookie, url, 'klick-1', text);
    expect(retry.statusCode).toBe(200);
    expect(retry.json<MaterialItem>()).toMatchObject({ version: 2, latestVersion: 2 });
    const before = await tableCounts();
    expect((await withKey(trainerCookie, url, 'klick-1', { ...text, body: 'Annat.' })).statusCode).toBe(422);
    expect((await withKey(trainerCookie, url, 'x'.repeat(300), text)).statusCode).toBe(400);
    expect(await tableCounts()).toEqual(before);
    expect((await withKey(trainerCookie, url, 'klick-2', text)).json<MaterialItem>().version).toBe(3);
  });

  it('creates one material for a retried create', async () => {
    const body = guide('Mall: dubbelklick');
    const first = await withKey(trainerCookie, '/api/materials', 'ny-1', body);
    const again = await withKey(trainerCookie, '/api/materials', 'ny-1', body);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json<MaterialItem>().id).toBe(first.json<MaterialItem>().id);
  });
});

describe('the list, a page at a time', () => {
  it('pages the search with page and pageSize, and refuses a bad page with 400', async () => {
    for (const title of ['Sidning A', 'Sidning B', 'Sidning C']) await publish(trainerCookie, guide(title));
    const pageOf = async (page: number) => (await as(caseWorkerCookie, 'GET', `/api/materials?q=Sidning&pageSize=2&page=${page}`)).json<MaterialList>();
    const one = await pageOf(1);
    expect(one).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(one.items.map((i) => i.title)).toEqual(['Sidning A', 'Sidning B']);
    expect((await pageOf(2)).items.map((i) => i.title)).toEqual(['Sidning C']);
    expect((await pageOf(3)).items).toEqual([]);
    for (const query of ['pageSize=0', 'page=0', 'pageSize=abc']) {
      const response = await as(caseWorkerCookie, 'GET', `/api/materials?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(String(response.headers['content-type'])).toContain('application/problem+json');
    }
  });
});
