import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyRegistrationList, SelfRegistrationReceipt } from '../../../shared/schemas/my-trainings.ts';
import type { RegistrationList, TrainingItem, TrainingList } from '../../../shared/schemas/trainings.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { trainingRegistrations } from './trainings.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildOrganisation, buildUser, signInAs } from '../../../../test/support/factories.ts';
import { createTrainingAs, freshRegistrantAddress, registerFor, registrationForm, trainingBody } from '../../../../test/support/trainings.ts';

let t: TestApp;
let trainerCookie: string;
let nationalCookie: string;
let vastCookie: string;
let stockholmCookie: string;
let staffCookie: string;
let staff: { id: string; email: string; organisationId: string };

beforeAll(async () => {
  t = await startTestApp();
  const trainer = await buildUser(t.db, { roles: ['trainer'], regionCode: null });
  const national = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
  const vast = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' });
  const stockholm = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  const ngo = await buildOrganisation(t.db, { name: 'Stödföreningen Syd', type: 'ngo', regionCode: 'syd' });
  staff = await buildUser(t.db, { roles: ['case_worker'], organisationId: ngo, name: 'Alva Handläggare' });
  [trainerCookie, nationalCookie, vastCookie, stockholmCookie, staffCookie] = (await Promise.all(
    [trainer, national, vast, stockholm, staff].map((user) => signInAs(t.app, user)),
  )) as [string, string, string, string, string];
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
const as = (cookie: string | null, method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...(cookie ? { cookie } : {}), ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
const idsOf = (list: TrainingList) => list.items.map((i) => i.id);

describe('a regional coordinator organises the trainings of their own region', () => {
  it('creates in their region, not in another or nationally (400, nothing stored)', async () => {
    const own = await createTrainingAs(t.app, vastCookie, { regionCode: 'vast' });
    expect(own.regionCode).toBe('vast');
    for (const regionCode of ['stockholm', null] as const) {
      const response = await as(vastCookie, 'POST', '/api/trainings', trainingBody({ regionCode, title: 'Utanför' }));
      expect(response.statusCode).toBe(400);
      expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('regionCode');
    }
    const moved = await as(vastCookie, 'PATCH', `/api/trainings/${own.id}`, { regionCode: 'stockholm' }, { 'if-match': '"1"' });
    expect(moved.statusCode).toBe(400);
  });

  it('lists their region’s events and published national ones; reads and changes only their region’s: another’s event, registrants and registrations are 404', async () => {
    const vastEvent = await createTrainingAs(t.app, vastCookie, { regionCode: 'vast' });
    const stockholmEvent = await createTrainingAs(t.app, trainerCookie, { regionCode: 'stockholm' });
    const national = await createTrainingAs(t.app, nationalCookie, { regionCode: null });
    const receipt = await registerFor(t, stockholmEvent.id);
    const [registration] = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.reference, receipt.reference));

    const vastList = (await as(vastCookie, 'GET', '/api/trainings')).json<TrainingList>();
    expect(idsOf(vastList)).toContain(vastEvent.id);
    expect(idsOf(vastList)).not.toContain(stockholmEvent.id);
    expect(idsOf(vastList)).toContain(national.id);
    expect(vastList.items.find((i) => i.id === national.id)!.canManage).toBe(false);
    expect(vastList.items.find((i) => i.id === vastEvent.id)!.canManage).toBe(true);
    expect((await as(vastCookie, 'GET', `/api/trainings/${national.id}`)).statusCode).toBe(404);
    expect(idsOf((await as(nationalCookie, 'GET', '/api/trainings')).json<TrainingList>())).toEqual(expect.arrayContaining([vastEvent.id, stockholmEvent.id, national.id]));
    expect(idsOf((await as(trainerCookie, 'GET', '/api/trainings')).json<TrainingList>())).toEqual(expect.arrayContaining([vastEvent.id, stockholmEvent.id, national.id]));

    const base = `/api/trainings/${stockholmEvent.id}`;
    expect((await as(vastCookie, 'GET', base)).statusCode).toBe(404);
    expect((await as(vastCookie, 'GET', `${base}/registrations`)).statusCode).toBe(404);
    expect((await as(vastCookie, 'PATCH', base, { title: 'Kapad' }, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await as(vastCookie, 'PUT', `${base}/evaluation`, { count: 0, averageRating: null, comments: '' }, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await as(vastCookie, 'POST', `${base}/registrations/${registration!.id}/cancel`)).statusCode).toBe(404);
    expect((await as(vastCookie, 'POST', `${base}/registrations/${registration!.id}/attendance`, { attended: true })).statusCode).toBe(404);
    const unchanged = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.id, registration!.id));
    expect(unchanged[0]).toMatchObject({ status: 'confirmed', attended: null });
    const reads = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'training.registrations_read'), eq(auditEvents.subjectId, stockholmEvent.id)));
    expect(reads).toHaveLength(0);

    // The Stockholm coordinator manages it: sees the registrant, records attendance.
    expect((await as(stockholmCookie, 'GET', `${base}/registrations`)).json<RegistrationList>().items.map((i) => i.reference)).toEqual([receipt.reference]);
    expect((await as(stockholmCookie, 'POST', `${base}/registrations/${registration!.id}/attendance`, { attended: true })).statusCode).toBe(204);
    expect((await as(stockholmCookie, 'GET', base)).json<TrainingItem>().counts.attended).toBe(1);
  });
});

describe('signed-in staff register themselves in the app', () => {
  it('registers with name, e-mail and organisation from the account, its kind and region recorded; lists it; cancels it', async () => {
    const training = await createTrainingAs(t.app, trainerCookie, { capacity: 1 });
    const org = staff.organisationId;
    expect((await as(null, 'POST', `/api/trainings/${training.id}/my-registration`, { organisationId: org })).statusCode).toBe(401);
    const created = await as(staffCookie, 'POST', `/api/trainings/${training.id}/my-registration`, { organisationId: org, needs: 'Hörslinga' });
    expect(created.statusCode).toBe(201);
    const receipt = created.json<SelfRegistrationReceipt>();
    expect(receipt).toMatchObject({ status: 'confirmed', waitingPosition: null });
    expect(receipt).not.toHaveProperty('cancelToken');
    const [row] = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.reference, receipt.reference));
    expect(row).toMatchObject({ name: 'Alva Handläggare', email: staff.email, organisation: 'Stödföreningen Syd', organisationKind: 'ngo', regionCode: 'syd', userId: staff.id, needs: 'Hörslinga' });
    expect((await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'training.registered'), eq(auditEvents.subjectId, row!.id))))).toHaveLength(1);

    expect((await as(staffCookie, 'POST', `/api/trainings/${training.id}/my-registration`, { organisationId: org })).statusCode).toBe(409);
    const mine = (await as(staffCookie, 'GET', '/api/trainings/my-registrations')).json<MyRegistrationList>();
    expect(mine.items.find((i) => i.trainingId === training.id)).toMatchObject({ reference: receipt.reference, status: 'confirmed', organisation: 'Stödföreningen Syd' });

    // Someone waits for the one seat; the staff member's cancellation gives it to them.
    const waiting = await registerFor(t, training.id);
    expect(waiting.status).toBe('waiting');
    expect((await as(staffCookie, 'POST', `/api/trainings/${training.id}/my-registration/cancel`)).statusCode).toBe(204);
    expect((await as(staffCookie, 'POST', `/api/trainings/${training.id}/my-registration/cancel`)).statusCode).toBe(404);
    const [promoted] = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.reference, waiting.reference));
    expect(promoted!.status).toBe('confirmed');
    expect((await as(staffCookie, 'GET', '/api/trainings/my-registrations')).json<MyRegistrationList>().items.find((i) => i.trainingId === training.id)!.status).toBe('cancelled');
  });

  it('refuses another organisation (400), a draft or unknown event (404), and a bad id (400)', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    const draft = await createTrainingAs(t.app, trainerCookie, { status: 'draft' });
    const other = await buildOrganisation(t.db, { regionCode: 'nord' });
    expect((await as(staffCookie, 'POST', `/api/trainings/${training.id}/my-registration`, { organisationId: other })).statusCode).toBe(400);
    expect((await as(staffCookie, 'POST', `/api/trainings/${draft.id}/my-registration`, { organisationId: staff.organisationId })).statusCode).toBe(404);
    expect((await as(staffCookie, 'POST', '/api/trainings/not-an-id/my-registration', { organisationId: staff.organisationId })).statusCode).toBe(400);
    expect((await as(staffCookie, 'POST', `/api/trainings/${training.id}/my-registration/cancel`)).statusCode).toBe(404);
    const rows = await t.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.userId, staff.id));
    expect(rows.filter((r) => r.trainingId === training.id || r.trainingId === draft.id)).toHaveLength(0);
  });
});

describe('counts by organisation kind and police region', () => {
  it('public registrants give an optional municipality (its region recorded; unknown one 400); the organiser sees the counts', async () => {
    const training = await createTrainingAs(t.app, trainerCookie);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/public/trainings/${training.id}/registrations`,
      payload: registrationForm({ municipalityCode: '9999' }),
      remoteAddress: freshRegistrantAddress(),
    });
    expect(bad.statusCode).toBe(400);
    await registerFor(t, training.id, { organisationKind: 'municipality', municipalityCode: '1490' }); // Borås: Väst
    await registerFor(t, training.id, { organisationKind: 'municipality', municipalityCode: '0180' }); // Stockholm
    await registerFor(t, training.id, { organisationKind: 'authority' });
    expect((await as(staffCookie, 'POST', `/api/trainings/${training.id}/my-registration`, { organisationId: staff.organisationId })).statusCode).toBe(201);

    const list = (await as(trainerCookie, 'GET', `/api/trainings/${training.id}/registrations`)).json<RegistrationList>();
    expect(list.items).toHaveLength(4);
    expect(list.byOrganisationKind).toEqual([
      { organisationKind: 'authority', confirmed: 1, waiting: 0, attended: 0 },
      { organisationKind: 'municipality', confirmed: 2, waiting: 0, attended: 0 },
      { organisationKind: 'ngo', confirmed: 1, waiting: 0, attended: 0 },
    ]);
    expect(list.byRegion).toEqual([
      { regionCode: 'stockholm', confirmed: 1, waiting: 0, attended: 0 },
      { regionCode: 'syd', confirmed: 1, waiting: 0, attended: 0 },
      { regionCode: 'vast', confirmed: 1, waiting: 0, attended: 0 },
      { regionCode: null, confirmed: 1, waiting: 0, attended: 0 },
    ]);
    expect(list.items.filter((i) => i.viaApp)).toHaveLength(1);
  });
});

describe('the list for staff of any organisation', () => {
  it('shows published national events and those of their organisation’s region, never drafts or other regions’, none to manage', async () => {
    const national = await createTrainingAs(t.app, trainerCookie, { regionCode: null, title: 'Nationell' });
    const nationalDraft = await createTrainingAs(t.app, trainerCookie, { regionCode: null, status: 'draft' });
    const syd = await createTrainingAs(t.app, trainerCookie, { regionCode: 'syd' });
    const nord = await createTrainingAs(t.app, trainerCookie, { regionCode: 'nord' });
    const response = await as(staffCookie, 'GET', '/api/trainings');
    expect(response.statusCode).toBe(200);
    const list = response.json<TrainingList>();
    expect(idsOf(list)).toEqual(expect.arrayContaining([national.id, syd.id]));
    expect(idsOf(list)).not.toContain(nationalDraft.id);
    expect(idsOf(list)).not.toContain(nord.id);
    expect(list.items.every((i) => !i.canManage)).toBe(true);
    expect((await as(staffCookie, 'GET', `/api/trainings/${national.id}`)).statusCode).toBe(403);
    expect((await as(null, 'GET', '/api/trainings')).statusCode).toBe(401);
  });
});

describe('where an organiser may place an event', () => {
  it('a regional coordinator only their own region; national method support nationally or in any region', async () => {
    expect((await as(vastCookie, 'GET', '/api/trainings/organiser-regions')).json()).toEqual({ national: false, regionCodes: ['vast'] });
    const all = (await as(nationalCookie, 'GET', '/api/trainings/organiser-regions')).json<{ national: boolean; regionCodes: string[] }>();
    expect(all.national).toBe(true);
    expect(all.regionCodes).toHaveLength(7);
    expect((await as(staffCookie, 'GET', '/api/trainings/organiser-regions')).statusCode).toBe(403);
  });
});
