import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallItem, CallList } from '../../../shared/schemas/calls.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { calls } from './calls.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { openConsultation } from '../consultations/consultation-opening.service.ts';

let t: TestApp;
let operator: TestUser;
let operatorCookie: string;
let otherCookie: string;
let coordinatorCookie: string;
let caseWorkerCookie: string;
/** An operator who also coordinates Stockholm, and so sees its cases. */
let coordinatingOperatorCookie: string;
let stockholmCase: { id: string; reference: string };
let ownConsultation: string;
let foreignConsultation: string;

/** A valid personal identity number (Skatteverket's test range). */
const personalNumber = '19121212-1212';

beforeAll(async () => {
  t = await startTestApp();
  operator = await buildUser(t.db, { roles: ['support_line_operator'], regionCode: null });
  const other = await buildUser(t.db, { roles: ['support_line_operator'], regionCode: null });
  const coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  const caseWorker = await buildUser(t.db, { roles: ['case_worker'] });
  const coordinatingOperator = await buildUser(t.db, { roles: ['support_line_operator', 'regional_coordinator'], regionCode: 'stockholm' });
  const cookies = await Promise.all([operator, other, coordinator, caseWorker, coordinatingOperator].map((user) => signInAs(t.app, user)));
  [operatorCookie, otherCookie, coordinatorCookie, caseWorkerCookie, coordinatingOperatorCookie] = cookies as [string, string, string, string, string];
  stockholmCase = await createCaseAs(t.app, coordinatorCookie);
  const ctx = { actor: null, requestId: 'test', clientAddress: '127.0.0.1' };
  const opening = {
    source: 'support_line' as const,
    municipalityCode: '0180',
    description: 'Misstanke om tvångsarbete på en restaurang.',
    exploitationForms: [],
    childInvolved: 'unknown' as const,
    urgency: 'normal' as const,
    requesterName: null,
    requesterOrganisation: null,
    requesterPhone: null,
    requesterEmail: null,
  };
  ownConsultation = (await t.db.transaction((tx) => openConsultation(tx, ctx, { ...opening, createdByUserId: operator.id }))).reference;
  foreignConsultation = (await t.db.transaction((tx) => openConsultation(tx, ctx, { ...opening, createdByUserId: other.id }))).reference;
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH';
const as = (cookie: string, method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { cookie, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const callBody = (overrides: Record<string, unknown> = {}) => ({
  startedAt: minutesAgo(12),
  endedAt: minutesAgo(4),
  callerCategory: 'professional',
  topic: 'method_support',
  regionCode: 'stockholm',
  language: 'sv',
  adviceGiven: 'Rådde socialsekreteraren att kontakta regionkoordinatorn.',
  followUpNeeded: true,
  ...overrides,
});
const countCalls = () => t.db.$count(calls);
const logCall = async (cookie = operatorCookie, overrides: Record<string, unknown> = {}) => {
  const response = await as(cookie, 'POST', '/api/calls', callBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CallItem>();
};

describe('access', () => {
  it('answers 403 to other roles', async () => {
    expect((await as(coordinatorCookie, 'GET', '/api/calls')).statusCode).toBe(403);
    expect((await as(caseWorkerCookie, 'POST', '/api/calls', callBody())).statusCode).toBe(403);
  });
});

describe('logging calls', () => {
  it('creates, lists newest first and updates', async () => {
    const older = await logCall(operatorCookie, { startedAt: minutesAgo(30), endedAt: minutesAgo(25), followUpNeeded: false });
    const created = await logCall();
    expect(created).toMatchObject({
      callerCategory: 'professional',
      topic: 'method_support',
      regionCode: 'stockholm',
      language: 'sv',
      followUpNeeded: true,
      durationSeconds: 480,
      consultationId: null,
      caseId: null,
      version: 1,
    });

    const list = await as(operatorCookie, 'GET', '/api/calls');
    expect(list.statusCode).toBe(200);
    const ids = list.json<CallList>().items.map((item) => item.id);
    expect(ids.indexOf(created.id)).toBeLessThan(ids.indexOf(older.id));

    const updated = await as(operatorCookie, 'PATCH', `/api/calls/${created.id}`, { topic: 'exit_support', followUpNeeded: false }, { 'if-match': '"1"' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.json<CallItem>()).toMatchObject({ topic: 'exit_support', followUpNeeded: false, version: 2, language: 'sv' });
  });

  it('creates once per Idempotency-Key', async () => {
    const before = await countCalls();
    const body = callBody();
    const first = await as(operatorCookie, 'POST', '/api/calls', body, { 'idempotency-key': 'call-key-1' });
    const again = await as(operatorCookie, 'POST', '/api/calls', body, { 'idempotency-key': 'call-key-1' });
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json<CallItem>().id).toBe(first.json<CallItem>().id);
    expect(await countCalls()).toBe(before + 1);
  });

  it("keeps another operator's calls out of the list and answers 404 to changing them", async () => {
    const theirs = await logCall(otherCookie);
    const list = await as(operatorCookie, 'GET', '/api/calls');
    expect(list.json<CallList>().items.map((item) => item.id)).not.toContain(theirs.id);
    const patch = await as(operatorCookie, 'PATCH', `/api/calls/${theirs.id}`, { topic: 'other' }, { 'if-match': '"1"' });
    expect(patch.statusCode).toBe(404);
    const [row] = await t.db.select().from(calls).where(eq(calls.id, theirs.id));
    expect(row).toMatchObject({ topic: 'method_support', version: 1 });
  });

  it('files a call under its Swedish date', async () => {
    // 23:30 UTC on 31 January is 00:30 on 1 February in Sweden.
    const late = await logCall(operatorCookie, { startedAt: '2026-01-31T23:30:00Z', endedAt: '2026-01-31T23:40:00Z' });
    const early = await logCall(operatorCookie, { startedAt: '2026-01-31T22:50:00Z', endedAt: '2026-01-31T22:55:00Z' });
    const february = (await as(operatorCookie, 'GET', '/api/calls?date=2026-02-01')).json<CallList>();
    const january = (await as(operatorCookie, 'GET', '/api/calls?date=2026-01-31')).json<CallList>();
    expect(february.items.map((item) => item.id)).toEqual([late.id]);
    expect(january.items.map((item) => item.id)).toEqual([early.id]);
    expect((await as(operatorCookie, 'GET', '/api/calls?date=2026-02-30')).statusCode).toBe(400);
  });

  it('refuses impossible times and changes nothing', async () => {
    const before = await countCalls();
    for (const times of [
      { startedAt: minutesAgo(5), endedAt: minutesAgo(10) },
      { startedAt: minutesAgo(-30), endedAt: null },
      { startedAt: minutesAgo(10), endedAt: minutesAgo(-30) },
      { startedAt: minutesAgo(9 * 60), endedAt: minutesAgo(5) },
      { startedAt: 'yesterday' },
    ]) {
      const response = await as(operatorCookie, 'POST', '/api/calls', callBody(times));
      expect(response.statusCode, JSON.stringify(times)).toBe(400);
    }
    for (const bad of [{ language: 'xx' }, { callerCategory: 'police' }, { adviceGiven: 'x'.repeat(5001) }, { regionCode: 'gotland' }]) {
      expect((await as(operatorCookie, 'POST', '/api/calls', callBody(bad))).statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect(await countCalls()).toBe(before);
  });
});

describe('links', () => {
  it('links a consultation the operator opened, and refuses one they cannot see', async () => {
    const linked = await logCall(operatorCookie, { consultationReference: ownConsultation.toLowerCase() });
    expect(linked.consultationId).not.toBeNull();
    expect(linked.consultationReference).toBe(ownConsultation);

    const before = await countCalls();
    const refused = await as(operatorCookie, 'POST', '/api/calls', callBody({ consultationReference: foreignConsultation }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('consultationReference');
    expect(await countCalls()).toBe(before);
  });

  it('answers a case outside the scope exactly as a case that does not exist', async () => {
    const before = await countCalls();
    const outside = await as(operatorCookie, 'POST', '/api/calls', callBody({ caseReference: stockholmCase.reference }));
    const missing = await as(operatorCookie, 'POST', '/api/calls', callBody({ caseReference: 'NMT-2026-999999' }));
    expect(outside.statusCode).toBe(400);
    expect(missing.statusCode).toBe(400);
    const strip = (body: string) => ({ ...(JSON.parse(body) as Record<string, unknown>), instance: undefined });
    expect(strip(outside.body)).toEqual(strip(missing.body));
    expect(JSON.stringify(strip(outside.body))).toContain('no such case');
    expect(await countCalls()).toBe(before);
  });

  it('links a case inside the scope', async () => {
    const linked = await logCall(coordinatingOperatorCookie, { caseReference: stockholmCase.reference });
    expect(linked).toMatchObject({ caseId: stockholmCase.id, caseReference: stockholmCase.reference });
  });
});

describe('calls from exposed people', () => {
  it('refuses a personal identity number in the advice and stores nothing', async () => {
    const before = await countCalls();
    const response = await as(
      operatorCookie,
      'POST',
      '/api/calls',
      callBody({ callerCategory: 'exposed_person', adviceGiven: `Hon sa att hon heter X och har nummer ${personalNumber}.` }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string; message: string }[] }>().errors).toContainEqual(
      expect.objectContaining({ field: 'adviceGiven', message: 'personal_number' }),
    );
    expect(await countCalls()).toBe(before);
    // A professional's advice may quote numbers; and digits that are not a valid number are fine.
    await logCall(operatorCookie, { callerCategory: 'exposed_person', adviceGiven: 'Ring 0771-141414 eller 112.' });
  });

  it('refuses to turn a call with a personal number into an exposed person’s call', async () => {
    const call = await logCall(operatorCookie, { adviceGiven: `Gällde ${personalNumber}.` });
    const response = await as(operatorCookie, 'PATCH', `/api/calls/${call.id}`, { callerCategory: 'exposed_person' }, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(400);
    const [row] = await t.db.select().from(calls).where(eq(calls.id, call.id));
    expect(row).toMatchObject({ callerCategory: 'professional', version: 1 });
  });
});

describe('versions and audit', () => {
  it('answers 428 without If-Match and 412 with a stale one', async () => {
    const call = await logCall();
    expect((await as(operatorCookie, 'PATCH', `/api/calls/${call.id}`, { topic: 'other' })).statusCode).toBe(428);
    await as(operatorCookie, 'PATCH', `/api/calls/${call.id}`, { topic: 'return' }, { 'if-match': '"1"' });
    const stale = await as(operatorCookie, 'PATCH', `/api/calls/${call.id}`, { topic: 'other' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json<{ currentVersion: number }>().currentVersion).toBe(2);
  });

  it('audits list, create and update with ids only', async () => {
    const advice = 'Unik rådstext som aldrig får hamna i loggen';
    const call = await logCall(operatorCookie, { adviceGiven: advice, consultationReference: ownConsultation });
    await as(operatorCookie, 'PATCH', `/api/calls/${call.id}`, { adviceGiven: `${advice} igen` }, { 'if-match': '"1"' });
    await as(operatorCookie, 'GET', '/api/calls');
    const rows = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, operator.id), inArray(auditEvents.action, ['call.list', 'call.create', 'call.update'])));
    const mine = rows.filter((row) => row.subjectId === call.id);
    expect(mine.map((row) => row.action).sort()).toEqual(['call.create', 'call.update']);
    expect(mine.find((row) => row.action === 'call.create')!.details).toMatchObject({ consultationId: call.consultationId });
    expect(mine.find((row) => row.action === 'call.update')!.details).toMatchObject({ fields: ['adviceGiven'], version: 2 });
    expect(rows.some((row) => row.action === 'call.list')).toBe(true);
    for (const row of rows) expect(JSON.stringify(row.details)).not.toContain('rådstext');
  });
});
