import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationList, TrainingItem, TrainingList } from '../../../shared/schemas/trainings.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { trainingRegistrations, trainings } from './trainings.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildUser, signInAs } from '../../../../test/support/factories.ts';
import { createTrainingAs, daysFromNow, registerFor, trainingBody } from '../../../../test/support/trainings.ts';

let t: TestApp;
let trainerCookie: string;
let nationalCookie: string;
let adminCookie: string;
let caseWorkerCookie: string;
let trainerId: string;

beforeAll(async () => {
  t = await startTestApp();
  const trainer = await buildUser(t.db, { roles: ['trainer'], regionCode: null });
  trainerId = trainer.id;
  const national = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
  const admin = await buildUser(t.db, { roles: ['system_admin'], regionCode: null });
  const caseWorker = await buildUser(t.db, { roles: ['case_worker'] });
  [trainerCookie, nationalCookie, adminCookie, caseWorkerCookie] = (await Promise.all(
    [trainer, national, admin, caseWorker].map((user) => signInAs(t.app, user)),
  )) as [string, string, string, string];
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
const as = (cookie: string | null, method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...(cookie ? { cookie } : {}), ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
const unknownId = '00000000-0000-4000-8000-000000000000';
const auditOf = (action: string, subjectId: string) =>
  t.db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, subjectId)));
const trainingCount = async () => Number((await t.db.select({ n: count() }).from(trainings))[0]!.n);

describe('who may reach the organisers’ routes', () => {
  it('answers 401 without a session and 403 to administrators and case workers', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    // The list itself is open to every signed-in member (training-scope.test.ts says what it shows).
    expect((await as(null, 'GET', '/api/trainings')).statusCode).toBe(401);
    const routes: [Method, string, unknown?][] = [
      ['GET', '/api/trainings/organiser-regions'],
      ['POST', '/api/trainings', trainingBody()],
      ['GET', `/api/trainings/${training.id}`],
      ['PATCH', `/api/trainings/${training.id}`, { title: 'Ny titel' }],
      ['PUT', `/api/trainings/${training.id}/evaluation`, { count: 1, averageRating: 4, comments: '' }],
      ['GET', `/api/trainings/${training.id}/registrations`],
      ['POST', `/api/trainings/${training.id}/registrations/${unknownId}/cancel`],
      ['POST', `/api/trainings/${training.id}/registrations/${unknownId}/attendance`, { attended: true }],
    ];
    for (const [method, url, payload] of routes) {
      expect((await as(null, method, url, payload, { 'if-match': '"1"' })).statusCode, `${method} ${url}`).toBe(401);
      for (const cookie of [adminCookie, caseWorkerCookie]) {
        expect((await as(cookie, method, url, payload, { 'if-match': '"1"' })).statusCode, `${method} ${url}`).toBe(403);
      }
    }
    expect((await as(trainerCookie, 'GET', `/api/trainings/${training.id}`)).json<TrainingItem>().version).toBe(1);
  });

  it('answers 404 for an event or registration that does not exist', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    expect((await as(trainerCookie, 'GET', `/api/trainings/${unknownId}`)).statusCode).toBe(404);
    expect((await as(trainerCookie, 'PATCH', `/api/trainings/${unknownId}`, { title: 'X' }, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await as(trainerCookie, 'PUT', `/api/trainings/${unknownId}/evaluation`, { count: 0, averageRating: null, comments: '' }, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await as(trainerCookie, 'GET', `/api/trainings/${unknownId}/registrations`)).statusCode).toBe(404);
    expect((await as(trainerCookie, 'POST', `/api/trainings/${training.id}/registrations/${unknownId}/cancel`)).statusCode).toBe(404);
    expect((await as(trainerCookie, 'POST', `/api/trainings/${training.id}/registrations/${unknownId}/attendance`, { attended: true })).statusCode).toBe(404);
    // A registration of another event is not found through this one.
    const other = await createTrainingAs(t.app, trainerCookie);
    const receipt = await registerFor(t, other.id);
    const [row] = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.reference, receipt.reference));
    expect((await as(trainerCookie, 'POST', `/api/trainings/${training.id}/registrations/${row!.id}/cancel`)).statusCode).toBe(404);
  });
});

describe('creating and changing events', () => {
  it('creates a published event and audits it; a national coordinator may too, and both list it with counts', async () => {
    const created = await as(trainerCookie, 'POST', '/api/trainings', trainingBody({ title: 'Arbetskraftsexploatering', capacity: 2 }));
    expect(created.statusCode).toBe(201);
    const item = created.json<TrainingItem>();
    expect(item).toMatchObject({ title: 'Arbetskraftsexploatering', status: 'published', capacity: 2, counts: { confirmed: 0, waiting: 0, attended: 0 }, evaluation: null, version: 1 });
    const [row] = await t.db.select().from(trainings).where(eq(trainings.id, item.id));
    expect(row!.createdByUserId).toBe(trainerId);
    expect((await auditOf('training.create', item.id))[0]!.details).toEqual({ status: 'published' });
    expect((await as(nationalCookie, 'POST', '/api/trainings', trainingBody({ status: 'draft' }))).statusCode).toBe(201);

    await registerFor(t, item.id);
    const list = (await as(nationalCookie, 'GET', '/api/trainings')).json<TrainingList>();
    expect(list.items.find((i) => i.id === item.id)!.counts).toEqual({ confirmed: 1, waiting: 0, attended: 0 });
    const past = await createTrainingAs(t.app, trainerCookie, { startsAt: daysFromNow(-3), endsAt: daysFromNow(-2.9), registrationDeadline: daysFromNow(-5) });
    expect((await as(trainerCookie, 'GET', '/api/trainings?when=past')).json<TrainingList>().items.map((i) => i.id)).toContain(past.id);
    expect(list.items.map((i) => i.id)).not.toContain(past.id);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no title', { title: '' }, 'title'],
    ['no audience', { audiences: [] }, 'audiences'],
    ['an unknown audience', { audiences: ['police'] }, 'audiences.0'],
    ['an on-site event without a place', { place: null }, 'place'],
    ['an online event without a link', { format: 'online', place: null }, 'onlineUrl'],
    ['a link that is not https', { format: 'online', onlineUrl: 'http://möte.example.se/x' }, 'onlineUrl'],
    ['an end before the start', { endsAt: daysFromNow(20) }, 'endsAt'],
    ['a deadline after the start', { registrationDeadline: daysFromNow(22) }, 'registrationDeadline'],
    ['no seats', { capacity: 0 }, 'capacity'],
    ['a fractional capacity', { capacity: 2.5 }, 'capacity'],
    ['an unknown region', { regionCode: 'lappland' }, 'regionCode'],
    ['created cancelled', { status: 'cancelled' }, 'status'],
    ['a time without offset', { startsAt: '2030-03-01T09:00:00' }, 'startsAt'],
  ])('refuses %s with 400 naming the field, storing nothing', async (_label, overrides, field) => {
    const before = await trainingCount();
    const response = await as(trainerCookie, 'POST', '/api/trainings', { ...trainingBody(), ...overrides });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect(await trainingCount()).toBe(before);
  });

  it('changes with If-Match: 428 without, 412 stale, 400 on a merged rule, then 200 and audited', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    const url = `/api/trainings/${training.id}`;
    expect((await as(trainerCookie, 'PATCH', url, { title: 'Ny' })).statusCode).toBe(428);
    expect((await as(trainerCookie, 'PATCH', url, { title: 'Ny' }, { 'if-match': '"7"' })).statusCode).toBe(412);
    const merged = await as(trainerCookie, 'PATCH', url, { format: 'online' }, { 'if-match': '"1"' });
    expect(merged.statusCode).toBe(400);
    expect(merged.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['onlineUrl']);
    const changed = await as(trainerCookie, 'PATCH', url, { format: 'online', onlineUrl: 'https://mote.example.se/abc', title: 'Webbinarium' }, { 'if-match': '"1"' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<TrainingItem>()).toMatchObject({ title: 'Webbinarium', format: 'online', version: 2 });
    expect((await auditOf('training.update', training.id))[0]!.details).toEqual({ fields: ['format', 'onlineUrl', 'title'], version: 2, status: 'published' });
  });

  it('refuses a capacity below the seats taken and gives new seats to the waiting list in order', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 1 });
    const first = await registerFor(t, training.id);
    const second = await registerFor(t, training.id);
    const third = await registerFor(t, training.id);
    expect([first.status, second.status, third.status]).toEqual(['confirmed', 'waiting', 'waiting']);
    const url = `/api/trainings/${training.id}`;
    await as(trainerCookie, 'PATCH', url, { capacity: 3 }, { 'if-match': '"1"' });
    const lower = await as(trainerCookie, 'PATCH', url, { capacity: 1 }, { 'if-match': '"2"' });
    expect(lower.statusCode).toBe(400);
    expect(lower.json<{ errors: { field: string; code: string }[] }>().errors).toContainEqual(expect.objectContaining({ field: 'capacity', code: 'below_registered' }));
    const item = (await as(trainerCookie, 'GET', url)).json<TrainingItem>();
    expect(item).toMatchObject({ capacity: 3, version: 2, counts: { confirmed: 3, waiting: 0 } });
  });

  it('cancelling ends every registration, audits each, and the event can no longer change', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 1 });
    await registerFor(t, training.id);
    await registerFor(t, training.id);
    const url = `/api/trainings/${training.id}`;
    expect((await as(trainerCookie, 'PATCH', url, { status: 'draft' }, { 'if-match': '"1"' })).statusCode).toBe(409);
    const cancelled = await as(trainerCookie, 'PATCH', url, { status: 'cancelled' }, { 'if-match': '"1"' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json<TrainingItem>()).toMatchObject({ status: 'cancelled', counts: { confirmed: 0, waiting: 0 } });
    const rows = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.trainingId, training.id));
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    const audited = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'training.registration_cancelled'), inArray(auditEvents.subjectId, rows.map((r) => r.id))));
    expect(audited.map((a) => a.details)).toEqual([
      { trainingId: training.id, by: 'training_cancelled' },
      { trainingId: training.id, by: 'training_cancelled' },
    ]);
    expect((await as(trainerCookie, 'PATCH', url, { title: 'Igen' }, { 'if-match': '"2"' })).statusCode).toBe(409);
    expect((await as(null, 'GET', `/api/public/trainings/${training.id}`)).statusCode).toBe(404);
  });
});

describe('registrants, attendance and evaluation', () => {
  it('lists registrants only to organisers, seats first then the waiting list in order, and audits whose data it showed', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 1 });
    await registerFor(t, training.id, { name: 'Alva Först', email: 'alva@example.se' });
    await registerFor(t, training.id, { name: 'Bo Väntar', email: 'bo@example.se' });
    await registerFor(t, training.id, { name: 'Cai Väntar', email: 'cai@example.se' });
    const response = await as(trainerCookie, 'GET', `/api/trainings/${training.id}/registrations`);
    expect(response.statusCode).toBe(200);
    const { items } = response.json<RegistrationList>();
    expect(items.map((i) => [i.name, i.status, i.waitingPosition])).toEqual([
      ['Alva Först', 'confirmed', null],
      ['Bo Väntar', 'waiting', 1],
      ['Cai Väntar', 'waiting', 2],
    ]);
    expect(items[0]).toMatchObject({ email: 'alva@example.se', organisation: 'Socialtjänsten i Borås', organisationKind: 'municipality', needs: 'Vegetarisk kost', attended: null });
    const [read] = await auditOf('training.registrations_read', training.id);
    expect(read!.details).toEqual({ registrationIds: items.map((i) => i.id), count: 3 });
    expect(JSON.stringify(read!.details)).not.toContain('Alva');
  });

  it('the organiser cancels a seat: the first waiting is promoted, both audited; cancelling again is 409', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 1 });
    await registerFor(t, training.id);
    await registerFor(t, training.id);
    await registerFor(t, training.id);
    const before = (await as(trainerCookie, 'GET', `/api/trainings/${training.id}/registrations`)).json<RegistrationList>().items;
    const cancelUrl = `/api/trainings/${training.id}/registrations/${before[0]!.id}/cancel`;
    expect((await as(trainerCookie, 'POST', cancelUrl)).statusCode).toBe(204);
    const after = (await as(trainerCookie, 'GET', `/api/trainings/${training.id}/registrations`)).json<RegistrationList>().items;
    expect(after.map((i) => [i.id, i.status, i.waitingPosition])).toEqual([
      [before[1]!.id, 'confirmed', null],
      [before[2]!.id, 'waiting', 1],
      [before[0]!.id, 'cancelled', null],
    ]);
    expect((await auditOf('training.registration_cancelled', before[0]!.id))[0]!.details).toEqual({ trainingId: training.id, by: 'organiser' });
    expect(await auditOf('training.registration_promoted', before[1]!.id)).toHaveLength(1);
    expect((await as(trainerCookie, 'POST', cancelUrl)).statusCode).toBe(409);
  });

  it('promotes nobody into an event already under way', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 1 });
    await registerFor(t, training.id);
    await registerFor(t, training.id);
    await t.db.update(trainings).set({ startsAt: new Date(Date.now() - 60_000) }).where(eq(trainings.id, training.id));
    const [seat, waiting] = (await as(trainerCookie, 'GET', `/api/trainings/${training.id}/registrations`)).json<RegistrationList>().items;
    expect((await as(trainerCookie, 'POST', `/api/trainings/${training.id}/registrations/${seat!.id}/cancel`)).statusCode).toBe(204);
    const [row] = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.id, waiting!.id));
    expect(row!.status).toBe('waiting');
  });

  it('marks attendance of seats only, counts it and audits it; bad input is 400 and changes nothing', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 1 });
    await registerFor(t, training.id);
    await registerFor(t, training.id);
    const [seat, waiting] = (await as(trainerCookie, 'GET', `/api/trainings/${training.id}/registrations`)).json<RegistrationList>().items;
    const mark = (id: string, payload: unknown) => as(trainerCookie, 'POST', `/api/trainings/${training.id}/registrations/${id}/attendance`, payload);
    expect((await mark(seat!.id, { attended: 'ja' })).statusCode).toBe(400);
    expect((await mark(seat!.id, {})).statusCode).toBe(400);
    expect((await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.id, seat!.id)))[0]!.attended).toBeNull();
    expect((await mark(waiting!.id, { attended: true })).statusCode).toBe(409);
    expect((await mark(seat!.id, { attended: true })).statusCode).toBe(204);
    expect((await as(trainerCookie, 'GET', `/api/trainings/${training.id}`)).json<TrainingItem>().counts).toEqual({ confirmed: 1, waiting: 1, attended: 1 });
    expect((await auditOf('training.attendance', seat!.id))[0]!.details).toEqual({ trainingId: training.id, attended: true });
  });

  it('records the evaluation with If-Match and audits it; an average without evaluations or out of 1–5 is 400', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    const url = `/api/trainings/${training.id}/evaluation`;
    for (const bad of [{ count: 0, averageRating: 4, comments: '' }, { count: 3, averageRating: null, comments: '' }, { count: 3, averageRating: 6, comments: '' }, { count: -1, averageRating: null, comments: '' }]) {
      expect((await as(trainerCookie, 'PUT', url, bad, { 'if-match': '"1"' })).statusCode).toBe(400);
    }
    expect((await as(trainerCookie, 'PUT', url, { count: 3, averageRating: 4.5, comments: '' })).statusCode).toBe(428);
    const response = await as(trainerCookie, 'PUT', url, { count: 12, averageRating: 4.25, comments: 'Uppskattade fallövningarna.' }, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(200);
    expect(response.json<TrainingItem>()).toMatchObject({ version: 2, evaluation: { count: 12, averageRating: 4.25, comments: 'Uppskattade fallövningarna.' } });
    expect((await auditOf('training.evaluation', training.id))[0]!.details).toEqual({ version: 2, evaluations: 12 });
  });
});
