import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OwnRegistration, PublicTraining, PublicTrainingList } from '../../../shared/schemas/trainings.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { issuePublicFormToken } from '../intake/intake.service.ts';
import { trainingRegistrations } from './trainings.schema.ts';
import { registrationRateLimit } from './training-registration.service.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildUser, signInAs, testKeyring } from '../../../../test/support/factories.ts';
import { createTrainingAs, daysFromNow, freshRegistrantAddress, registerFor, registrationForm } from '../../../../test/support/trainings.ts';

let t: TestApp;
let trainerCookie: string;

beforeAll(async () => {
  t = await startTestApp();
  trainerCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['trainer'], regionCode: null }));
});
afterAll(() => t.close());

const submit = (trainingId: string, payload: unknown, remoteAddress = freshRegistrantAddress()) =>
  t.app.inject({ method: 'POST', url: `/api/public/trainings/${trainingId}/registrations`, payload: payload as object, remoteAddress });
const registrationCount = async () => Number((await t.db.select({ n: count() }).from(trainingRegistrations))[0]!.n);
const rowOf = async (reference: string) => (await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.reference, reference)))[0]!;
const auditOf = (action: string) => t.db.select().from(auditEvents).where(eq(auditEvents.action, action));
const own = (action: 'read' | 'cancel', token: string) =>
  t.app.inject({ method: 'POST', url: `/api/public/training-registration/${action}`, payload: { token } });

describe('published events, without signing in', () => {
  it('lists published events that have not ended, with seats left and no meeting link; drafts and unknown ids are 404', async () => {
    const published = await createTrainingAs(t.app, trainerCookie, { capacity: 2, format: 'online', place: null, onlineUrl: 'https://mote.example.se/hemlig' });
    const draft = await createTrainingAs(t.app, trainerCookie, { status: 'draft' });
    await registerFor(t, published.id);
    const list = await t.app.inject({ method: 'GET', url: '/api/public/trainings' });
    expect(list.statusCode).toBe(200);
    const items = list.json<PublicTrainingList>().items;
    expect(items.map((i) => i.id)).toContain(published.id);
    expect(items.map((i) => i.id)).not.toContain(draft.id);
    expect(list.body).not.toContain('hemlig');
    const one = (await t.app.inject({ method: 'GET', url: `/api/public/trainings/${published.id}` })).json<PublicTraining>();
    expect(one).toMatchObject({ seatsLeft: 1, isOpen: true, format: 'online' });
    expect((await t.app.inject({ method: 'GET', url: `/api/public/trainings/${draft.id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/trainings/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/trainings/inte-ett-id' })).statusCode).toBe(400);
  });

  it('hands out a form token not to be cached', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/training-registration/form-token' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('registering', () => {
  it('gives a seat with a reference (told by e-mail only), audits ids only, then puts registrants on the waiting list in order', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 1 });
    const response = await submit(training.id, registrationForm({ name: 'Kim Anmäld', email: 'Kim@Example.se' }));
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ outcome: 'check_email' });
    const [row] = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.trainingId, training.id));
    expect(row!.reference).toMatch(/^UTB-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(row).toMatchObject({ name: 'Kim Anmäld', email: 'kim@example.se', status: 'confirmed', needs: 'Vegetarisk kost' });
    const audit = (await auditOf('training.registered')).find((a) => a.subjectId === row!.id)!;
    expect(audit.actorUserId).toBeNull();
    expect(audit.details).toEqual({ trainingId: training.id, status: 'confirmed' });
    const second = await registerFor(t, training.id);
    const third = await registerFor(t, training.id);
    expect([second.status, third.status]).toEqual(['waiting', 'waiting']);
    const positions = await Promise.all([second, third].map(async (r) => (await own('read', r.cancelToken)).json<OwnRegistration>().waitingPosition));
    expect(positions).toEqual([1, 2]);
  });

  it('answers an address already registered exactly as a new one, storing no second registration', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    const existing = await registerFor(t, training.id, { email: 'samma@example.se' });
    const before = await registrationCount();
    const again = await submit(training.id, registrationForm({ email: 'SAMMA@example.se' }));
    const fresh = await submit(training.id, registrationForm({ email: 'ny@example.se' }));
    expect(again.statusCode).toBe(fresh.statusCode);
    expect(again.body).toBe(fresh.body);
    expect(again.headers['content-type']).toBe(fresh.headers['content-type']);
    expect(await registrationCount()).toBe(before + 1);
    // The earlier link is replaced by the one e-mailed now; the registration is unchanged.
    expect((await own('read', existing.cancelToken)).statusCode).toBe(404);
    expect((await rowOf(existing.reference)).status).toBe('confirmed');
    expect((await auditOf('training.registration_link_resent')).at(-1)).toMatchObject({ subjectId: existing.id, details: { trainingId: training.id } });
  });

  it('refuses a closed registration (409, code registration_closed) and a draft (404), storing nothing', async () => {
    const closed = await createTrainingAs(t.app, trainerCookie, { registrationDeadline: daysFromNow(-1) });
    const draft = await createTrainingAs(t.app, trainerCookie, { status: 'draft' });
    const before = await registrationCount();
    const refused = await submit(closed.id, registrationForm());
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'registration_closed' });
    expect((await submit(draft.id, registrationForm())).statusCode).toBe(404);
    expect(await registrationCount()).toBe(before);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no name', { name: '' }, 'name'],
    ['a malformed e-mail', { email: 'inte-en-adress' }, 'email'],
    ['no organisation', { organisation: ' ' }, 'organisation'],
    ['an unknown kind of organisation', { organisationKind: 'police' }, 'organisationKind'],
    ['a personal identity number in the needs', { needs: 'Gäller 19121212-1212' }, 'needs'],
    ['overlong needs', { needs: 'x'.repeat(1001) }, 'needs'],
    ['no form token', { formToken: '' }, 'formToken'],
    ['a token of the intake form', { formToken: issuePublicFormToken(testKeyring, new Date(Date.now() - 30_000)) }, 'formToken'],
  ])('refuses %s with 400 on the field and stores nothing', async (_label, overrides, field) => {
    const training = await createTrainingAs(t.app, trainerCookie);
    const before = await registrationCount();
    const response = await submit(training.id, registrationForm(overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect(await registrationCount()).toBe(before);
  });

  it('refuses a form sent too soon after it was loaded, with 400 on formToken, storing nothing', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    const before = await registrationCount();
    const response = await submit(training.id, registrationForm({ formToken: issuePublicFormToken(testKeyring, new Date(), 'training-registration') }));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string; code: string }[] }>().errors).toContainEqual(expect.objectContaining({ field: 'formToken', code: 'token_too_fast' }));
    expect(await registrationCount()).toBe(before);
  });

  it('answers a filled-in honeypot like a success, stores nothing and audits the reason only', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    const before = await registrationCount();
    const response = await submit(training.id, registrationForm({ website: 'https://spam.example' }));
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ outcome: 'check_email' });
    expect(await registrationCount()).toBe(before);
    expect((await auditOf('training.registration_refused')).at(-1)!.details).toEqual({ reason: 'honeypot' });
  });

  it(`allows ${registrationRateLimit} registrations per address in ten minutes, then 429 storing nothing`, async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 100 });
    const address = '192.0.2.77';
    for (let i = 0; i < registrationRateLimit; i++) expect((await submit(training.id, registrationForm(), address)).statusCode).toBe(202);
    const before = await registrationCount();
    const limited = await submit(training.id, registrationForm(), address);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await registrationCount()).toBe(before);
    expect((await submit(training.id, registrationForm(), '192.0.2.78')).statusCode).toBe(202);
  });

  it('never gives more seats than the capacity to registrations arriving at once', async () => {
    const capacity = 3;
    const training = await createTrainingAs(t.app, trainerCookie, { capacity });
    const responses = await Promise.all(Array.from({ length: 12 }, () => submit(training.id, registrationForm())));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(12).fill(202));
    const rows = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.trainingId, training.id));
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(capacity);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(12 - capacity);
  });
});

describe('the registrant’s own registration, by token', () => {
  it('reads it (audited) and cancels it once: the first waiting gets the seat; a wrong token is 404', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 1, format: 'online', place: null, onlineUrl: 'https://mote.example.se/x' });
    const seat = await registerFor(t, training.id);
    const waiting = await registerFor(t, training.id);
    const read = await own('read', seat.cancelToken);
    expect(read.statusCode).toBe(200);
    expect(read.json<OwnRegistration>()).toMatchObject({ reference: seat.reference, status: 'confirmed', training: { onlineUrl: 'https://mote.example.se/x' } });
    expect((await own('read', waiting.cancelToken)).json<OwnRegistration>()).toMatchObject({ status: 'waiting', waitingPosition: 1, training: { onlineUrl: null } });
    const seatRow = await rowOf(seat.reference);
    expect((await auditOf('training.registration_read')).filter((a) => a.subjectId === seatRow.id)).toHaveLength(1);

    const cancelled = await own('cancel', seat.cancelToken);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json<OwnRegistration>().status).toBe('cancelled');
    expect((await own('read', waiting.cancelToken)).json<OwnRegistration>()).toMatchObject({ status: 'confirmed', waitingPosition: null });
    expect((await auditOf('training.registration_cancelled')).find((a) => a.subjectId === seatRow.id)!.details).toEqual({ trainingId: training.id, by: 'registrant' });
    const twice = await own('cancel', seat.cancelToken);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'registration_already_cancelled' });
    expect((await own('read', 'x'.repeat(43))).statusCode).toBe(404);
    expect((await own('cancel', 'x'.repeat(43))).statusCode).toBe(404);
    expect((await own('read', 'kort')).statusCode).toBe(400);
  });
});
