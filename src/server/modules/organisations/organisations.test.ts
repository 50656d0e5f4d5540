import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, OrganisationList } from '../../../shared/schemas/admin.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { organisations } from '../../db/schema/identity.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildUser, signInAs, testKeyring, type TestUser } from '../../../../test/support/factories.ts';

let t: TestApp;
let systemAdmin: TestUser;
let systemCookie: string;
let orgAdmin: TestUser;
let orgAdminCookie: string;
let coordinatorCookie: string;
let otherOrganisationId: string;

const newOrganisation = {
  name: 'Malmö stad, socialtjänsten',
  type: 'municipality',
  regionCode: 'syd',
  oidcIssuer: 'https://login.malmo.example/realms/staff',
  oidcClientId: 'samverka',
  oidcClientSecret: 'very-secret-client-secret',
};

beforeAll(async () => {
  t = await startTestApp();
  systemAdmin = await buildUser(t.db, { roles: ['system_admin'], regionCode: null });
  systemCookie = await signInAs(t.app, systemAdmin);
  orgAdmin = await buildUser(t.db, { roles: ['org_admin'] });
  orgAdminCookie = await signInAs(t.app, orgAdmin);
  const coordinator = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
  otherOrganisationId = coordinator.organisationId;
  coordinatorCookie = await signInAs(t.app, coordinator);
});
afterAll(() => t.close());

const create = (cookie: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie }, payload: payload as object });

describe('a system admin', () => {
  it('creates an organisation; the secret is stored encrypted and never returned', async () => {
    const response = await create(systemCookie, newOrganisation);
    expect(response.statusCode).toBe(201);
    const created = response.json<Organisation>();
    expect(created).toMatchObject({
      name: newOrganisation.name,
      type: 'municipality',
      regionCode: 'syd',
      oidcIssuer: newOrganisation.oidcIssuer,
      oidcClientId: 'samverka',
      hasOidcClientSecret: true,
      isActive: true,
      can: { edit: true, manageMembers: true },
    });
    expect(response.body).not.toContain(newOrganisation.oidcClientSecret);
    const [row] = await t.db.select().from(organisations).where(eq(organisations.id, created.id));
    expect(row!.oidcClientSecret).not.toContain(newOrganisation.oidcClientSecret);
    expect(testKeyring.decrypt(row!.oidcClientSecret!)).toBe(newOrganisation.oidcClientSecret);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'organisation.change'), eq(auditEvents.subjectId, created.id)));
    expect(event).toMatchObject({ actorUserId: systemAdmin.id, subjectType: 'organisation' });
    expect(event!.details).toMatchObject({ change: 'created' });
    expect(JSON.stringify(event!.details)).not.toContain(newOrganisation.oidcClientSecret);
  });

  it('lists every organisation', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie: systemCookie } });
    expect(response.statusCode).toBe(200);
    const list = response.json<OrganisationList>();
    expect(list.can.create).toBe(true);
    expect(list.items.map((o) => o.id)).toEqual(expect.arrayContaining([orgAdmin.organisationId, otherOrganisationId]));
  });

  it('edits, keeps the secret when not given, clears it with null, deactivates and reactivates', async () => {
    const created = (await create(systemCookie, newOrganisation)).json<Organisation>();
    const patch = (payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/organisations/${created.id}`, headers: { cookie: systemCookie }, payload });

    const renamed = await patch({ name: 'Malmö stad', regionCode: null });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json<Organisation>()).toMatchObject({ name: 'Malmö stad', regionCode: null, hasOidcClientSecret: true });

    const cleared = await patch({ oidcIssuer: null, oidcClientId: null, oidcClientSecret: null });
    expect(cleared.json<Organisation>()).toMatchObject({ oidcIssuer: null, oidcClientId: null, hasOidcClientSecret: false });

    const deactivated = await patch({ isActive: false });
    expect(deactivated.json<Organisation>().isActive).toBe(false);
    const reactivated = await patch({ isActive: true });
    expect(reactivated.json<Organisation>().isActive).toBe(true);

    const changes = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'organisation.change'), eq(auditEvents.subjectId, created.id)))
      .orderBy(auditEvents.id);
    expect(changes.map((e) => (e.details as { change: string }).change)).toEqual([
      'created',
      'updated',
      'updated',
      'deactivated',
      'reactivated',
    ]);
  });

  it('answers 404 for an organisation that does not exist', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/organisations/00000000-0000-4000-8000-000000000000',
      headers: { cookie: systemCookie },
      payload: { name: 'x' },
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('bad input gets 400 naming the field', () => {
  it.each([
    ['no name', { ...newOrganisation, name: ' ' }, 'name'],
    ['unknown type', { ...newOrganisation, type: 'church' }, 'type'],
    ['unknown region', { ...newOrganisation, regionCode: 'lappland' }, 'regionCode'],
    ['issuer not a URL', { ...newOrganisation, oidcIssuer: 'login' }, 'oidcIssuer'],
    ['issuer not http(s)', { ...newOrganisation, oidcIssuer: 'ftp://login.example' }, 'oidcIssuer'],
    ['issuer without client id', { ...newOrganisation, oidcClientId: null }, 'oidcClientId'],
    ['client id without issuer', { ...newOrganisation, oidcIssuer: null }, 'oidcIssuer'],
    ['too long name', { ...newOrganisation, name: 'x'.repeat(201) }, 'name'],
  ])('%s', async (_name, payload, field) => {
    const before = await t.db.$count(organisations);
    const response = await create(systemCookie, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect(await t.db.$count(organisations)).toBe(before);
  });

  it('a patch that leaves a client id without issuer', async () => {
    const created = (await create(systemCookie, newOrganisation)).json<Organisation>();
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${created.id}`,
      headers: { cookie: systemCookie },
      payload: { oidcIssuer: null },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('oidcIssuer');
  });
});

describe('the municipality social services serve', () => {
  const socialServices = { name: 'Malmö stad, socialtjänsten', type: 'municipality', regionCode: 'syd' };
  const patch = (id: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url: `/api/organisations/${id}`, headers: { cookie: systemCookie }, payload });
  const fieldErrors = (response: { json: <T>() => T }) => response.json<{ errors: { field: string; code: string }[] }>().errors;

  it('is stored, read back and changed; null clears it; the audit names the field only', async () => {
    const response = await create(systemCookie, { ...socialServices, municipalityCode: '1280' });
    expect(response.statusCode).toBe(201);
    const created = response.json<Organisation>();
    expect(created.municipalityCode).toBe('1280');
    const read = await t.app.inject({ method: 'GET', url: `/api/organisations/${created.id}`, headers: { cookie: systemCookie } });
    expect(read.json<Organisation>().municipalityCode).toBe('1280');
    // Lund lies in region Syd too.
    expect((await patch(created.id, { municipalityCode: '1281' })).json<Organisation>().municipalityCode).toBe('1281');
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, created.id), eq(auditEvents.action, 'organisation.change')))
      .orderBy(auditEvents.id)
      .offset(1);
    expect(event!.details).toEqual({ change: 'updated', fields: ['municipalityCode'] });
    expect((await patch(created.id, { municipalityCode: null })).json<Organisation>().municipalityCode).toBeNull();
  });

  it('defaults to none, as for every organisation that is not social services', async () => {
    const created = (await create(systemCookie, { name: 'Polisen Syd', type: 'police', regionCode: 'syd' })).json<Organisation>();
    expect(created.municipalityCode).toBeNull();
  });

  it.each([
    ['malformed', { ...socialServices, municipalityCode: '12' }, 'invalid_string'],
    ['unknown', { ...socialServices, municipalityCode: '9999' }, 'unknown'],
    ['outside the region', { ...socialServices, municipalityCode: '0180' }, 'outside_region'],
    ['not social services', { ...socialServices, type: 'police', municipalityCode: '1280' }, 'not_allowed'],
  ])('refuses a code that is %s with 400 and creates nothing', async (_name, payload, code) => {
    const before = await t.db.$count(organisations);
    const response = await create(systemCookie, payload);
    expect(response.statusCode).toBe(400);
    const [error] = fieldErrors(response);
    expect(error!.field).toBe('municipalityCode');
    if (code !== 'invalid_string') expect(error!.code).toBe(code);
    expect(await t.db.$count(organisations)).toBe(before);
  });

  it('any region will do for a national body; a later change of region or type must still fit', async () => {
    const national = await create(systemCookie, { ...socialServices, regionCode: null, municipalityCode: '0180' });
    expect(national.statusCode).toBe(201);
    const id = national.json<Organisation>().id;
    expect(fieldErrors(await patch(id, { regionCode: 'syd' }))[0]).toMatchObject({ field: 'municipalityCode', code: 'outside_region' });
    expect(fieldErrors(await patch(id, { type: 'ngo' }))[0]).toMatchObject({ field: 'municipalityCode', code: 'not_allowed' });
    const [row] = await t.db.select().from(organisations).where(eq(organisations.id, id));
    expect(row).toMatchObject({ type: 'municipality', regionCode: null, municipalityCode: '0180' });
    expect((await patch(id, { type: 'ngo', municipalityCode: null })).statusCode).toBe(200);
  });
});

describe('an org admin', () => {
  it('reads their own organisation only', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie: orgAdminCookie } });
    expect(list.json<OrganisationList>()).toMatchObject({ can: { create: false } });
    expect(list.json<OrganisationList>().items.map((o) => o.id)).toEqual([orgAdmin.organisationId]);
    expect(list.json<OrganisationList>().items[0]!.can).toEqual({ edit: false, manageMembers: true });

    const own = await t.app.inject({ method: 'GET', url: `/api/organisations/${orgAdmin.organisationId}`, headers: { cookie: orgAdminCookie } });
    expect(own.statusCode).toBe(200);
    const other = await t.app.inject({ method: 'GET', url: `/api/organisations/${otherOrganisationId}`, headers: { cookie: orgAdminCookie } });
    expect(other.statusCode).toBe(404);
  });

  it('may not create or edit organisations (403)', async () => {
    expect((await create(orgAdminCookie, newOrganisation)).statusCode).toBe(403);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${orgAdmin.organisationId}`,
      headers: { cookie: orgAdminCookie },
      payload: { name: 'Renamed' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('other roles', () => {
  it('are refused with 403', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie: coordinatorCookie } });
    expect(response.statusCode).toBe(403);
    expect((await create(coordinatorCookie, newOrganisation)).statusCode).toBe(403);
  });
});

describe('separation of duties', () => {
  it('a system admin sees no case content', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: systemCookie } });
    expect(list.statusCode).toBe(403);
    const one = await t.app.inject({
      method: 'GET',
      url: '/api/cases/00000000-0000-4000-8000-000000000000',
      headers: { cookie: systemCookie },
    });
    expect(one.statusCode).toBe(403);
  });

  it("an admin's abilities say what the web app may offer", async () => {
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: systemCookie } });
    expect(me.json<{ can: object }>().can).toMatchObject({ cases: { list: false }, organisations: { create: true }, members: { list: true } });
    const orgMe = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: orgAdminCookie } });
    expect(orgMe.json<{ can: object }>().can).toMatchObject({ organisations: { create: false }, members: { list: true } });
    const other = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: coordinatorCookie } });
    expect(other.json<{ can: object }>().can).toMatchObject({ organisations: { create: false }, members: { list: false } });
  });
});
