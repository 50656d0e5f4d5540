import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member, MemberList } from '../../../shared/schemas/admin.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { memberships, sessions, users } from '../../db/schema/identity.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildOrganisation, buildUser, signInAs, type TestUser } from '../../../../test/support/factories.ts';

let t: TestApp;
let organisationId: string;
let otherOrganisationId: string;
let admin: TestUser;
let adminCookie: string;
let systemCookie: string;
let systemAdmin: TestUser;
let worker: TestUser;
let outsider: TestUser;
let workerCookie: string;

beforeAll(async () => {
  t = await startTestApp();
  organisationId = await buildOrganisation(t.db, { name: 'Stockholms stad' });
  otherOrganisationId = await buildOrganisation(t.db, { name: 'Region Skåne', regionCode: 'syd' });
  admin = await buildUser(t.db, { roles: ['org_admin'], organisationId });
  adminCookie = await signInAs(t.app, admin);
  worker = await buildUser(t.db, { roles: ['case_worker'], organisationId, name: 'Anna Andersson' });
  workerCookie = await signInAs(t.app, worker);
  outsider = await buildUser(t.db, { roles: ['case_worker'], organisationId: otherOrganisationId });
  systemAdmin = await buildUser(t.db, { roles: ['system_admin'], regionCode: null });
  systemCookie = await signInAs(t.app, systemAdmin);
});
afterAll(() => t.close());

const membersUrl = (org: string) => `/api/organisations/${org}/members`;
const memberUrl = (org: string, userId: string, action = '') => `${membersUrl(org)}/${userId}${action}`;
const setRoles = (cookie: string, org: string, userId: string, roles: unknown) =>
  t.app.inject({ method: 'PUT', url: memberUrl(org, userId, '/roles'), headers: { cookie }, payload: { roles } });
const post = (cookie: string, url: string) => t.app.inject({ method: 'POST', url, headers: { cookie } });

describe('listing members', () => {
  it('an org admin sees the members of their organisation with roles, second factor and last sign-in', async () => {
    const response = await t.app.inject({ method: 'GET', url: membersUrl(organisationId), headers: { cookie: adminCookie } });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<MemberList>();
    expect(items.map((p) => p.id).sort()).toEqual([admin.id, worker.id].sort());
    const anna = items.find((p) => p.id === worker.id)!;
    expect(anna).toMatchObject({
      name: 'Anna Andersson',
      email: worker.email,
      roles: ['case_worker'],
      isActive: true,
      hasSecondFactor: true,
      pendingRoles: [],
      isSelf: false,
      can: { editRoles: true, deactivate: true, revokeSessions: true },
    });
    expect(anna.lastSignInAt).not.toBeNull();
    const self = items.find((p) => p.id === admin.id)!;
    expect(self).toMatchObject({ isSelf: true, can: { editRoles: false, deactivate: false } });
    expect(self.can.roleChoices.every((choice) => choice.refusal === 'own_account')).toBe(true);
    // Someone else's: the municipality's roles, with the regional coordinator left to system administrators.
    expect(anna.can.roleChoices).toEqual([
      { role: 'regional_coordinator', refusal: 'system_admin_only', needsApproval: true },
      { role: 'case_worker', refusal: null, needsApproval: true },
      { role: 'trainer', refusal: null, needsApproval: false },
      { role: 'org_admin', refusal: null, needsApproval: true },
    ]);
  });

  it('an org admin never sees another organisation: 404', async () => {
    const list = await t.app.inject({ method: 'GET', url: membersUrl(otherOrganisationId), headers: { cookie: adminCookie } });
    expect(list.statusCode).toBe(404);
    const one = await t.app.inject({ method: 'GET', url: memberUrl(otherOrganisationId, outsider.id), headers: { cookie: adminCookie } });
    expect(one.statusCode).toBe(404);
    // Nor a member of another organisation through their own organisation's address.
    const through = await t.app.inject({ method: 'GET', url: memberUrl(organisationId, outsider.id), headers: { cookie: adminCookie } });
    expect(through.statusCode).toBe(404);
  });

  it('a system admin sees the members of any organisation', async () => {
    const response = await t.app.inject({ method: 'GET', url: membersUrl(otherOrganisationId), headers: { cookie: systemCookie } });
    expect(response.statusCode).toBe(200);
    expect(response.json<MemberList>().items.map((p) => p.id)).toEqual([outsider.id]);
  });

  it('other roles get 403', async () => {
    const response = await t.app.inject({ method: 'GET', url: membersUrl(organisationId), headers: { cookie: workerCookie } });
    expect(response.statusCode).toBe(403);
  });
});

describe('changing roles', () => {
  it('records the roles before and after', async () => {
    const member = await buildUser(t.db, { roles: ['case_worker'], organisationId });
    const response = await setRoles(adminCookie, organisationId, member.id, ['case_worker', 'trainer']);
    expect(response.statusCode).toBe(200);
    expect(response.json<Member>().roles).toEqual(['case_worker', 'trainer']);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'membership.roles_changed'), eq(auditEvents.subjectId, member.id)));
    expect(event).toMatchObject({ actorUserId: admin.id, subjectType: 'user' });
    expect(event!.details).toEqual({ organisationId, before: ['case_worker'], after: ['case_worker', 'trainer'] });
  });

  it('changes only the membership of that organisation', async () => {
    const member = await buildUser(t.db, { roles: ['case_worker'], organisationId });
    await t.db.insert(memberships).values({ userId: member.id, organisationId: otherOrganisationId, roles: ['trainer'] });
    expect((await setRoles(adminCookie, organisationId, member.id, ['trainer'])).statusCode).toBe(200);
    const rows = await t.db.select().from(memberships).where(eq(memberships.userId, member.id));
    expect(rows.find((m) => m.organisationId === organisationId)!.roles).toEqual(['trainer']);
    expect(rows.find((m) => m.organisationId === otherOrganisationId)!.roles).toEqual(['trainer']);
  });

  it('an org admin may neither grant nor take away system_admin (403, nothing changed)', async () => {
    const member = await buildUser(t.db, { roles: ['case_worker'], organisationId });
    expect((await setRoles(adminCookie, organisationId, member.id, ['system_admin'])).statusCode).toBe(403);
    await t.db.update(memberships).set({ roles: ['case_worker', 'system_admin'] }).where(eq(memberships.userId, member.id));
    expect((await setRoles(adminCookie, organisationId, member.id, ['case_worker'])).statusCode).toBe(403);
    const [row] = await t.db.select().from(memberships).where(eq(memberships.userId, member.id));
    expect(row!.roles).toEqual(['case_worker', 'system_admin']);
  });

  it('an admin changes none of their own roles, neither adding nor removing', async () => {
    for (const roles of [['case_worker'], ['org_admin', 'trainer']]) {
      const response = await setRoles(adminCookie, organisationId, admin.id, roles);
      expect(response.statusCode).toBe(403);
      expect(response.json<{ refusal: string }>().refusal).toBe('own_account');
    }
    const [row] = await t.db.select().from(memberships).where(and(eq(memberships.userId, admin.id), eq(memberships.organisationId, organisationId)));
    expect(row!.roles).toEqual(['org_admin']);
  });

  it.each([
    ['an unknown role', ['king'], 'roles.0'],
    ['no role', [], 'roles'],
    ['a role twice', ['trainer', 'trainer'], 'roles'],
    ['not a list', 'trainer', 'roles'],
  ])('400 for %s', async (_name, roles, field) => {
    const response = await setRoles(adminCookie, organisationId, worker.id, roles);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
  });

  it('404 outside scope, and for a user id that is no uuid 400', async () => {
    expect((await setRoles(adminCookie, otherOrganisationId, outsider.id, ['trainer'])).statusCode).toBe(404);
    const bad = await t.app.inject({
      method: 'PUT',
      url: memberUrl(organisationId, 'nobody', '/roles'),
      headers: { cookie: adminCookie },
      payload: { roles: ['trainer'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('userId');
  });
});

describe('deactivation', () => {
  it('ends every session at once: the next request is 401; reactivation lets them sign in again', async () => {
    const member = await buildUser(t.db, { roles: ['case_worker'], organisationId });
    const first = await signInAs(t.app, member);
    const second = await signInAs(t.app, member);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first } })).statusCode).toBe(200);

    const response = await post(adminCookie, memberUrl(organisationId, member.id, '/deactivate'));
    expect(response.statusCode).toBe(200);
    expect(response.json<Member>().isActive).toBe(false);
    for (const cookie of [first, second]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    }
    expect(await t.db.$count(sessions, eq(sessions.userId, member.id))).toBe(0);
    await expect(signInAs(t.app, member)).rejects.toThrow();
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'user.deactivated'), eq(auditEvents.subjectId, member.id)));
    expect(event!.details).toEqual({ organisationId, sessionsEnded: 2 });

    const reactivated = await post(adminCookie, memberUrl(organisationId, member.id, '/reactivate'));
    expect(reactivated.json<Member>().isActive).toBe(true);
    expect(await t.db.$count(auditEvents, and(eq(auditEvents.action, 'user.reactivated'), eq(auditEvents.subjectId, member.id)))).toBe(1);
    await signInAs(t.app, member);
  });

  it('an admin cannot deactivate themselves', async () => {
    const response = await post(adminCookie, memberUrl(organisationId, admin.id, '/deactivate'));
    expect(response.statusCode).toBe(403);
    const [row] = await t.db.select({ isActive: users.isActive }).from(users).where(eq(users.id, admin.id));
    expect(row!.isActive).toBe(true);
  });

  it('an org admin cannot deactivate someone who also belongs to an organisation they do not administer', async () => {
    const member = await buildUser(t.db, { roles: ['case_worker'], organisationId });
    await t.db.insert(memberships).values({ userId: member.id, organisationId: otherOrganisationId, roles: ['trainer'] });
    expect((await post(adminCookie, memberUrl(organisationId, member.id, '/deactivate'))).statusCode).toBe(403);
    expect((await post(systemCookie, memberUrl(organisationId, member.id, '/deactivate'))).statusCode).toBe(200);
  });

  it('404 for members outside the scope, 403 for other roles', async () => {
    expect((await post(adminCookie, memberUrl(otherOrganisationId, outsider.id, '/deactivate'))).statusCode).toBe(404);
    expect((await post(adminCookie, memberUrl(organisationId, outsider.id, '/deactivate'))).statusCode).toBe(404);
    expect((await post(workerCookie, memberUrl(organisationId, admin.id, '/deactivate'))).statusCode).toBe(403);
  });
});

describe('revoking sessions', () => {
  it("ends the member's sessions without deactivating them, and is audited", async () => {
    const member = await buildUser(t.db, { roles: ['case_worker'], organisationId });
    const cookie = await signInAs(t.app, member);
    const response = await post(adminCookie, memberUrl(organisationId, member.id, '/revoke-sessions'));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ revoked: 1 });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    await signInAs(t.app, member);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'session.revoked'), eq(auditEvents.subjectId, member.id)));
    expect(event).toMatchObject({ actorUserId: admin.id, subjectType: 'user' });
  });

  it('404 outside the scope, 403 for other roles', async () => {
    expect((await post(adminCookie, memberUrl(otherOrganisationId, outsider.id, '/revoke-sessions'))).statusCode).toBe(404);
    expect((await post(workerCookie, memberUrl(organisationId, worker.id, '/revoke-sessions'))).statusCode).toBe(403);
  });
});

describe('reading members is audited', () => {
  it('records who listed an organisation and whom they saw, and who opened one member', async () => {
    const list = await t.app.inject({ method: 'GET', url: membersUrl(organisationId), headers: { cookie: adminCookie } });
    const seen = list.json<MemberList>().items.map((p) => p.id);
    const [listed] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'members.list'), eq(auditEvents.actorUserId, admin.id)))
      .orderBy(desc(auditEvents.id));
    expect(listed).toMatchObject({ subjectType: 'organisation', subjectId: organisationId });
    expect(listed!.details).toMatchObject({ userIds: seen });

    const one = await t.app.inject({ method: 'GET', url: memberUrl(organisationId, worker.id), headers: { cookie: adminCookie } });
    expect(one.statusCode).toBe(200);
    const reads = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'members.read'), eq(auditEvents.subjectId, worker.id)));
    expect(reads).toHaveLength(1);
  });
});
