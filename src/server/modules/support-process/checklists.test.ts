import { and, eq } from 'drizzle-orm';
import type { Me } from '../../../shared/schemas/auth.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasePhase } from '../../../shared/enums.ts';
import type { ChecklistItem, ChecklistItemList } from '../../../shared/schemas/support-process.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { checklistItems } from './support-process.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { movePhaseAs, readSupportProcess, tickRequired } from '../../../../test/support/support-process.ts';
import { buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';

let t: TestApp;
let national: TestUser;
let nationalCookie: string;
let regionalCookie: string;
let caseWorkerCookie: string;
let adminCookie: string;

beforeAll(async () => {
  t = await startTestApp();
  national = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
  nationalCookie = await signInAs(t.app, national);
  regionalCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' }));
  caseWorkerCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'stockholm' }));
  adminCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['system_admin'], regionCode: null }));
});
afterAll(() => t.close());

async function list(cookie = nationalCookie): Promise<ChecklistItemList> {
  const response = await t.app.inject({ method: 'GET', url: '/api/checklist-items', headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return response.json<ChecklistItemList>();
}

const itemsOf = async (phase: CasePhase) => (await list()).phases.find((p) => p.phase === phase)!.items;

function create(body: unknown, cookie = nationalCookie, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: '/api/checklist-items', headers: { cookie, ...headers }, payload: body as object });
}

function patch(itemId: string, version: number | undefined, body: unknown, cookie = nationalCookie) {
  return t.app.inject({
    method: 'PATCH',
    url: `/api/checklist-items/${itemId}`,
    headers: { cookie, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
    payload: body as object,
  });
}

describe('reading the checklists', () => {
  it('lists every phase with its items in order, with versions, to everyone on cases', async () => {
    const forWorker = await list(caseWorkerCookie);
    expect(forWorker.phases.map((p) => p.phase)).toEqual(['suspicion', 'assessment', 'protection', 'legal', 'long_term', 'closed']);
    for (const { phase, items } of forWorker.phases) {
      expect(items.length).toBeGreaterThan(0);
      expect(items.map((i) => i.position)).toEqual([...items.map((i) => i.position)].sort((a, b) => a - b));
      expect(items.every((i) => i.phase === phase && i.version >= 1 && i.isActive)).toBe(true);
    }
    expect(forWorker.can.manage).toBe(false);
    expect((await list(regionalCookie)).can.manage).toBe(false);
    expect((await list(nationalCookie)).can.manage).toBe(true);
  });

  it('is closed to roles without case work', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/checklist-items', headers: { cookie: adminCookie } });
    expect(response.statusCode).toBe(403);
  });

  it('tells national coordinators in me.can that they keep the checklists', async () => {
    const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect((await me(nationalCookie)).json<Me>().can.supportProcess.createChecklistItem).toBe(true);
    expect((await me(regionalCookie)).json<Me>().can.supportProcess.createChecklistItem).toBe(false);
  });
});

describe('adding an item', () => {
  it('appends it to the phase, audits it, and makes a required item block the next move', async () => {
    const before = await itemsOf('suspicion');
    const response = await create({ phase: 'suspicion', labelSv: '  Tolkbehovet är utrett ', labelEn: 'Need for an interpreter checked', isRequired: true });
    expect(response.statusCode).toBe(201);
    const item = response.json<ChecklistItem>();
    expect(item).toMatchObject({
      phase: 'suspicion',
      labelSv: 'Tolkbehovet är utrett',
      isRequired: true,
      isActive: true,
      version: 1,
      position: Math.max(...before.map((i) => i.position)) + 1,
    });
    expect(response.headers.etag).toBe('"1"');
    expect((await itemsOf('suspicion')).at(-1)!.id).toBe(item.id);

    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, item.id), eq(auditEvents.action, 'checklist_item.create')));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: national.id, subjectType: 'checklist_item', details: { phase: 'suspicion' } });

    const created = await createCaseAs(t.app, regionalCookie);
    const state = await readSupportProcess(t.app, regionalCookie, created.id);
    expect(state.missingForNext.map((m) => m.field)).toContain(`checklist.${item.id}`);
    await tickRequired(t.app, regionalCookie, created.id);
    const moved = await movePhaseAs(t.app, regionalCookie, created.id, created.version, { to: 'assessment' });
    expect(moved.statusCode).toBe(200);
  });

  it('is not required unless said so', async () => {
    const response = await create({ phase: 'closed', labelSv: 'Arkivering', labelEn: 'Archiving' });
    expect(response.statusCode).toBe(201);
    expect(response.json<ChecklistItem>().isRequired).toBe(false);
  });

  it('answers a retry with the same Idempotency-Key with the same item', async () => {
    const body = { phase: 'legal', labelSv: 'Vittnesstöd erbjudet', labelEn: 'Witness support offered', isRequired: false };
    const headers = { 'idempotency-key': 'checklist-retry-1' };
    const first = await create(body, nationalCookie, headers);
    const retry = await create(body, nationalCookie, headers);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json<ChecklistItem>().id).toBe(first.json<ChecklistItem>().id);
    expect((await itemsOf('legal')).filter((i) => i.labelSv === body.labelSv)).toHaveLength(1);
  });

  it.each([
    ['a regional coordinator', () => regionalCookie],
    ['a case worker', () => caseWorkerCookie],
  ])('is refused to %s (403)', async (_name, cookie) => {
    const count = await t.db.$count(checklistItems);
    const response = await create({ phase: 'legal', labelSv: 'Något', labelEn: 'Something' }, cookie());
    expect(response.statusCode).toBe(403);
    expect(await t.db.$count(checklistItems)).toBe(count);
  });

  it.each([
    ['an unknown phase', { phase: 'archive', labelSv: 'A', labelEn: 'A' }, 'phase'],
    ['an empty Swedish label', { phase: 'legal', labelSv: '  ', labelEn: 'A' }, 'labelSv'],
    ['no English label', { phase: 'legal', labelSv: 'A' }, 'labelEn'],
    ['a label too long', { phase: 'legal', labelSv: 'A', labelEn: 'x'.repeat(501) }, 'labelEn'],
    ['required as text', { phase: 'legal', labelSv: 'A', labelEn: 'A', isRequired: 'yes' }, 'isRequired'],
  ])('answers 400 for %s, adding nothing', async (_name, body, field) => {
    const count = await t.db.$count(checklistItems);
    const response = await create(body);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect(await t.db.$count(checklistItems)).toBe(count);
  });
});

describe('changing an item', () => {
  it('changes labels and required, bumping the version, and audits which fields changed', async () => {
    const [item] = await itemsOf('protection');
    const response = await patch(item!.id, item!.version, { labelSv: 'Tryggt boende är ordnat', isRequired: true });
    expect(response.statusCode).toBe(200);
    expect(response.json<ChecklistItem>()).toMatchObject({
      id: item!.id,
      labelSv: 'Tryggt boende är ordnat',
      labelEn: item!.labelEn,
      isRequired: true,
      position: item!.position,
      version: item!.version + 1,
    });
    expect(response.headers.etag).toBe(`"${item!.version + 1}"`);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, item!.id), eq(auditEvents.action, 'checklist_item.change')));
    expect(event!.details).toEqual({ phase: 'protection', fields: ['isRequired', 'labelSv'] });
  });

  it('moves an item to a new place, shifting the others', async () => {
    const before = await itemsOf('legal');
    const last = before.at(-1)!;
    const response = await patch(last.id, last.version, { position: 1 });
    expect(response.statusCode).toBe(200);
    const after = await itemsOf('legal');
    expect(after.map((i) => i.id)).toEqual([last.id, ...before.slice(0, -1).map((i) => i.id)]);
    expect(after.map((i) => i.position)).toEqual(after.map((_, i) => i + 1));
    // The items that moved have new versions; so an edit based on the old list is stale.
    const shifted = after[1]!;
    expect(shifted.version).toBeGreaterThan(before[0]!.version);
    expect((await patch(before[0]!.id, before[0]!.version, { labelEn: 'Stale' })).statusCode).toBe(412);

    // Moving down one step, and past the end, which lands last.
    const moved = await patch(after[0]!.id, after[0]!.version, { position: 2 });
    expect(moved.statusCode).toBe(200);
    expect((await itemsOf('legal')).map((i) => i.id).slice(0, 2)).toEqual([after[1]!.id, last.id]);
    const end = await patch(last.id, moved.json<ChecklistItem>().version, { position: 999 });
    expect(end.json<ChecklistItem>().position).toBe(after.length);
    expect((await itemsOf('legal')).at(-1)!.id).toBe(last.id);
  });

  it('retires an item: no longer listed in a case that did not tick it, no longer required', async () => {
    const required = (await itemsOf('assessment')).filter((i) => i.isRequired && i.isActive);
    const target = required[0]!;
    const response = await patch(target.id, target.version, { isActive: false });
    expect(response.statusCode).toBe(200);
    expect(response.json<ChecklistItem>().isActive).toBe(false);
    expect((await itemsOf('assessment')).find((i) => i.id === target.id)?.isActive).toBe(false);

    const created = await createCaseAs(t.app, regionalCookie);
    const state = await readSupportProcess(t.app, regionalCookie, created.id);
    expect(state.phases[1]!.checklist.map((i) => i.itemId)).not.toContain(target.id);
  });

  it('needs If-Match (428) and a current version (412 with the current version)', async () => {
    const [item] = await itemsOf('closed');
    expect((await patch(item!.id, undefined, { labelEn: 'X' })).statusCode).toBe(428);
    const stale = await patch(item!.id, item!.version + 3, { labelEn: 'X' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json<{ currentVersion: number }>().currentVersion).toBe(item!.version);
    expect((await itemsOf('closed'))[0]!.labelEn).toBe(item!.labelEn);
  });

  it('answers 404 for an unknown item', async () => {
    expect((await patch('00000000-0000-4000-8000-000000000000', 1, { labelEn: 'X' })).statusCode).toBe(404);
  });

  it.each([
    ['nothing to change', {}],
    ['an empty label', { labelSv: '' }],
    ['position 0', { position: 0 }],
    ['a fractional position', { position: 1.5 }],
    ['active as text', { isActive: 'no' }],
  ])('answers 400 for %s, changing nothing', async (_name, body) => {
    const [item] = await itemsOf('long_term');
    const response = await patch(item!.id, item!.version, body);
    expect(response.statusCode).toBe(400);
    expect((await itemsOf('long_term'))[0]).toEqual(item);
  });

  it('is refused to a regional coordinator (403)', async () => {
    const [item] = await itemsOf('long_term');
    expect((await patch(item!.id, item!.version, { labelEn: 'X' }, regionalCookie)).statusCode).toBe(403);
    expect((await itemsOf('long_term'))[0]).toEqual(item);
  });
});
