import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditAction } from '../../../shared/audit-events.ts';
import type { Problem } from '../../../shared/schemas/common.ts';
import type { Measure, MeasureCreateRequest, MeasureList } from '../../../shared/schemas/measures.ts';
import { measures } from './measures.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildCaseAccessFixture, type CaseAccessFixture } from '../../../../test/support/case-access.ts';
import { auditRowsAbout } from '../../../../test/support/casework.ts';

let t: TestApp;
let f: CaseAccessFixture;

beforeAll(async () => {
  t = await startTestApp();
  f = await buildCaseAccessFixture(t);
});
afterAll(() => t.close());

const url = (caseId = f.theCase.id) => `/api/cases/${caseId}/measures`;

const post = (payload: unknown, { cookie = f.coordinatorCookie, caseId = f.theCase.id, key }: { cookie?: string; caseId?: string; key?: string } = {}) =>
  t.app.inject({
    method: 'POST',
    url: url(caseId),
    headers: { cookie, ...(key ? { 'idempotency-key': key } : {}) },
    payload: payload as object,
  });

const patch = (measureId: string, payload: unknown, ifMatch?: string, { cookie = f.coordinatorCookie, caseId = f.theCase.id } = {}) =>
  t.app.inject({
    method: 'PATCH',
    url: `${url(caseId)}/${measureId}`,
    headers: { cookie, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
    payload: payload as object,
  });

async function create(input: MeasureCreateRequest, caseId = f.theCase.id): Promise<Measure> {
  const response = await post(input, { caseId });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Measure>();
}

const measureCount = async (caseId = f.theCase.id) =>
  (await t.db.select({ n: count() }).from(measures).where(eq(measures.caseId, caseId)))[0]!.n;

const auditOf = (action: AuditAction, caseId = f.theCase.id) => auditRowsAbout(t.db, action, caseId);

describe('recording measures', () => {
  it('records a measure with who recorded it, and audits it', async () => {
    const response = await post({ type: 'safe_housing', status: 'active', startOn: '2025-04-01', note: 'Skyddat boende via kommunen' });
    expect(response.statusCode).toBe(201);
    const created = response.json<Measure>();
    expect(created).toMatchObject({
      type: 'safe_housing',
      status: 'active',
      startOn: '2025-04-01',
      endOn: null,
      note: 'Skyddat boende via kommunen',
      version: 1,
    });
    expect(created.createdByName).toMatch(/^Test Member/);
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`${url()}/${created.id}`);
    const events = await auditOf('measure.create');
    expect(events.some((e) => (e.details as { measureId?: string }).measureId === created.id)).toBe(true);
    expect(JSON.stringify(events)).not.toContain('Skyddat boende');
  });

  it('defaults the status to planned', async () => {
    expect((await create({ type: 'interpreter' })).status).toBe('planned');
  });

  it('computes the end of the reflection period: the decision date + 30 days', async () => {
    const created = await create({ type: 'reflection_period_permit', status: 'active', startOn: '2025-05-02' });
    expect(created).toMatchObject({ startOn: '2025-05-02', endOn: '2025-06-01' });
    const [row] = await t.db.select({ endOn: measures.endOn }).from(measures).where(eq(measures.id, created.id));
    expect(row!.endOn).toBe('2025-06-01');
  });

  it('keeps the expiry of a temporary residence permit', async () => {
    const created = await create({ type: 'temporary_residence_permit', status: 'active', startOn: '2025-01-15', endOn: '2025-07-15' });
    expect(created).toMatchObject({ startOn: '2025-01-15', endOn: '2025-07-15' });
  });

  it('records a measure once per Idempotency-Key', async () => {
    const before = await measureCount();
    const body = { type: 'health_care', status: 'planned' };
    const first = await post(body, { key: 'measure-retry-1' });
    const again = await post(body, { key: 'measure-retry-1' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json<Measure>().id).toBe(first.json<Measure>().id);
    expect(await measureCount()).toBe(before + 1);
    const other = await post({ type: 'interpreter' }, { key: 'measure-retry-1' });
    expect(other.statusCode).toBe(422);
  });
});

describe('the rules refuse with 400 naming the field, and store nothing', () => {
  const cases: [string, unknown, string, string?][] = [
    ['a reflection-period permit without its decision date', { type: 'reflection_period_permit' }, 'startOn', 'required'],
    ['an end date sent for a reflection-period permit', { type: 'reflection_period_permit', startOn: '2025-05-02', endOn: '2025-06-01' }, 'endOn', 'computed'],
    ['a temporary residence permit without its expiry', { type: 'temporary_residence_permit', startOn: '2025-01-15' }, 'endOn', 'required'],
    ['an end before the start', { type: 'safe_housing', startOn: '2025-03-02', endOn: '2025-03-01' }, 'endOn', 'before_start'],
    ['an unknown type', { type: 'shelter' }, 'type'],
    ['an unknown status', { type: 'interpreter', status: 'done' }, 'status'],
    ['a date that does not exist', { type: 'interpreter', startOn: '2025-02-30' }, 'startOn'],
    ['year 0', { type: 'interpreter', startOn: '0000-01-01' }, 'startOn'],
    ['a date with a time', { type: 'interpreter', startOn: '2025-02-03T10:00:00Z' }, 'startOn'],
    ['a note over the limit', { type: 'interpreter', note: 'x'.repeat(501) }, 'note'],
    ['an empty note', { type: 'interpreter', note: '   ' }, 'note'],
    ['a personal identity number in the note', { type: 'interpreter', note: 'Gäller 19121212-1212' }, 'note', 'identity_data'],
    ['no body', null, 'body'],
  ];

  it.each(cases)('%s', async (_name, payload, field, code) => {
    const before = await measureCount();
    const response = await post(payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const errors = response.json<Problem>().errors ?? [];
    expect(errors.map((e) => e.field)).toContain(field);
    if (code) expect(errors.find((e) => e.field === field)?.code).toBe(code);
    expect(await measureCount()).toBe(before);
  });
});

describe('listing measures', () => {
  it('lists the case’s measures with their versions, and audits the read', async () => {
    const created = await create({ type: 'exit_support', status: 'planned' }, f.otherCase.id);
    const response = await t.app.inject({ method: 'GET', url: url(f.otherCase.id), headers: { cookie: f.coordinatorCookie } });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<MeasureList>();
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['createdAt', 'createdByName', 'endOn', 'id', 'note', 'startOn', 'status', 'type', 'updatedAt', 'version'].sort(),
    );
    expect(items[0]).toMatchObject({ id: created.id, type: 'exit_support', version: 1 });
    const events = await auditOf('measure.list', f.otherCase.id);
    expect(events.at(-1)!.details).toEqual({ measureIds: [created.id] });
  });
});

describe('changing a measure', () => {
  it('needs If-Match: 428 without it, 400 when malformed', async () => {
    const created = await create({ type: 'interpreter' });
    expect((await patch(created.id, { status: 'active' })).statusCode).toBe(428);
    expect((await patch(created.id, { status: 'active' }, 'soon')).statusCode).toBe(400);
  });

  it('changes it with the current version, and audits the names of the changed fields', async () => {
    const created = await create({ type: 'interpreter', note: 'Arabiska' });
    const response = await patch(created.id, { status: 'active', startOn: '2025-02-01', note: 'Arabiska' }, '"1"');
    expect(response.statusCode).toBe(200);
    expect(response.json<Measure>()).toMatchObject({ status: 'active', startOn: '2025-02-01', version: 2 });
    expect(response.headers.etag).toBe('"2"');
    const events = await auditOf('measure.update');
    expect(events.at(-1)!.details).toEqual({ measureId: created.id, changed: ['status', 'startOn'] });
  });

  it('refuses a stale version with 412 and the current version, changing nothing', async () => {
    const created = await create({ type: 'financial_support' });
    expect((await patch(created.id, { status: 'active' }, '"1"')).statusCode).toBe(200);
    const stale = await patch(created.id, { status: 'cancelled' }, '"1"');
    expect(stale.statusCode).toBe(412);
    expect(stale.json<Problem>().currentVersion).toBe(2);
    const [row] = await t.db.select().from(measures).where(eq(measures.id, created.id));
    expect(row).toMatchObject({ status: 'active', version: 2 });
  });

  it('recomputes the end of the reflection period when the decision date changes', async () => {
    const created = await create({ type: 'reflection_period_permit', startOn: '2025-05-02' });
    const response = await patch(created.id, { startOn: '2025-05-10' }, '"1"');
    expect(response.statusCode).toBe(200);
    expect(response.json<Measure>()).toMatchObject({ startOn: '2025-05-10', endOn: '2025-06-09' });
    const events = await auditOf('measure.update');
    expect(events.at(-1)!.details).toEqual({ measureId: created.id, changed: ['startOn', 'endOn'] });
  });

  it('computes the end when a measure becomes a reflection-period permit', async () => {
    const created = await create({ type: 'other', startOn: '2025-08-01', endOn: '2025-08-05' });
    const response = await patch(created.id, { type: 'reflection_period_permit' }, '"1"');
    expect(response.statusCode).toBe(200);
    expect(response.json<Measure>()).toMatchObject({ type: 'reflection_period_permit', endOn: '2025-08-31' });
  });

  it.each([
    ['an end date for a reflection-period permit', { type: 'reflection_period_permit', startOn: '2025-05-02' }, { endOn: '2025-07-01' }, 'endOn'],
    ['removing the decision date of a reflection-period permit', { type: 'reflection_period_permit', startOn: '2025-05-02' }, { startOn: null }, 'startOn'],
    ['removing the expiry of a residence permit', { type: 'temporary_residence_permit', endOn: '2025-12-01' }, { endOn: null }, 'endOn'],
    ['a start after the stored end', { type: 'safe_housing', startOn: '2025-03-01', endOn: '2025-03-10' }, { startOn: '2025-03-11' }, 'endOn'],
    ['nothing to change', { type: 'other' }, {}, 'body'],
  ] as const)('refuses %s with 400 and changes nothing', async (_name, input, change, field) => {
    const created = await create(input);
    const response = await patch(created.id, change, '"1"');
    expect(response.statusCode).toBe(400);
    expect((response.json<Problem>().errors ?? []).map((e) => e.field)).toContain(field);
    const [row] = await t.db.select().from(measures).where(eq(measures.id, created.id));
    expect(row).toMatchObject({ startOn: created.startOn, endOn: created.endOn, version: 1 });
  });

  it('does not find a measure of another case through this case', async () => {
    const elsewhere = await create({ type: 'interpreter' }, f.otherCase.id);
    expect((await patch(elsewhere.id, { status: 'active' }, '"1"')).statusCode).toBe(404);
    const [row] = await t.db.select().from(measures).where(eq(measures.id, elsewhere.id));
    expect(row).toMatchObject({ status: 'planned', version: 1 });
  });
});

describe('who may see and change measures', () => {
  let measure: Measure;
  beforeAll(async () => {
    measure = await create({ type: 'counsel_for_injured_party' });
  });

  it.each([
    ['a coordinator of another region', () => f.otherRegionCookie],
    ['a case worker whose organisation is not on the team', () => f.unseatedWorkerCookie],
  ])('%s gets 404 on every route, and changes nothing', async (_name, cookieOf) => {
    const cookie = cookieOf();
    const before = await measureCount();
    expect((await t.app.inject({ method: 'GET', url: url(), headers: { cookie } })).statusCode).toBe(404);
    expect((await post({ type: 'interpreter' }, { cookie })).statusCode).toBe(404);
    expect((await patch(measure.id, { status: 'ended' }, '"1"', { cookie })).statusCode).toBe(404);
    expect(await measureCount()).toBe(before);
  });

  it('a case worker whose organisation is on the team lists, records and changes measures', async () => {
    const list = await t.app.inject({ method: 'GET', url: url(), headers: { cookie: f.seatedWorkerCookie } });
    expect(list.statusCode).toBe(200);
    const created = await post({ type: 'interpreter' }, { cookie: f.seatedWorkerCookie });
    expect(created.statusCode).toBe(201);
    const changed = await patch(created.json<Measure>().id, { status: 'active' }, '"1"', { cookie: f.seatedWorkerCookie });
    expect(changed.statusCode).toBe(200);
  });

  it('a coordinator who broke the glass reads measures but may not change them (403)', async () => {
    expect((await t.app.inject({ method: 'GET', url: url(), headers: { cookie: f.breakGlassCookie } })).statusCode).toBe(200);
    expect((await post({ type: 'interpreter' }, { cookie: f.breakGlassCookie })).statusCode).toBe(403);
    expect((await patch(measure.id, { status: 'ended' }, '"1"', { cookie: f.breakGlassCookie })).statusCode).toBe(403);
  });
});
