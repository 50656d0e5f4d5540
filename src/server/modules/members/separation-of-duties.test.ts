import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.ts';
import type { InvitationSent, Member, RoleChangeList, RoleRequestList } from '../../../shared/schemas/admin.ts';
import type { NotificationPage } from '../../../shared/schemas/notifications.ts';
import { roleChangeRefusedType } from '../../../shared/problem-types.ts';
import { approveOnServer } from '../../cli/roles.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { memberships } from '../../db/schema/identity.ts';
import { invitations } from '../invitations/invitations.schema.ts';
import { roleRequests } from './members.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildOrganisation, buildUser, signInAs, type TestUser } from '../../../../test/support/factories.ts';

/**
 * Issue 14: administrators manage accounts and never reach case content through their own; roles
 * that open case content, audit or administration need a second administrator.
 */
let t: TestApp;
let agency: string;
let kommun: string;
const admins = {} as Record<'kommunAdmin' | 'kommunAdmin2' | 'sysAdmin' | 'sysAdmin2', TestUser & { cookie: string }>;

beforeAll(async () => {
  t = await startTestApp();
  agency = await buildOrganisation(t.db, { name: 'Jämställdhetsmyndigheten', type: 'national_agency', regionCode: null });
  kommun = await buildOrganisation(t.db, { name: 'Stockholms stad', type: 'municipality', regionCode: 'stockholm' });
  const make = async (roles: Role[], organisationId: string) => {
    const user = await buildUser(t.db, { roles, organisationId });
    return { ...user, cookie: await signInAs(t.app, user) };
  };
  admins.kommunAdmin = await make(['org_admin'], kommun);
  admins.kommunAdmin2 = await make(['org_admin'], kommun);
  admins.sysAdmin = await make(['system_admin'], agency);
  admins.sysAdmin2 = await make(['system_admin'], agency);
});
afterAll(() => t.close());

const base = (org: string) => `/api/organisations/${org}`;
const setRoles = (cookie: string, org: string, userId: string, roles: Role[]) =>
  t.app.inject({ method: 'PUT', url: `${base(org)}/members/${userId}/roles`, headers: { cookie }, payload: { roles } });
const post = (cookie: string, url: string, payload?: object) => t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const rolesOf = async (userId: string, org: string) =>
  (await t.db.select().from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, org))))[0]?.roles;
const refusedEvents = (userId: string) =>
  t.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'membership.roles_change_refused'), eq(auditEvents.subjectId, userId)));
const kindsFor = async (cookie: string) => (await get(cookie, '/api/notifications')).json<NotificationPage>().items.map((n) => n.kind);
const member = async (roles: Role[], org = kommun) => {
  const user = await buildUser(t.db, { roles, organisationId: org });
  return { ...user, cookie: await signInAs(t.app, user) };
};

function expectRefusal(response: { statusCode: number; json: <T>() => T }, refusal: string) {
  expect(response.statusCode).toBe(403);
  expect(response.json<{ type: string; refusal: string; detail: string }>()).toMatchObject({ type: roleChangeRefusedType, refusal });
}

describe('nobody changes their own roles, organisation or scope', () => {
  it.each<Role>(['national_coordinator', 'regional_coordinator', 'case_worker', 'auditor'])(
    "a municipality's administrator cannot give themselves %s; the attempt is recorded and changes nothing",
    async (role) => {
      const { kommunAdmin } = admins;
      const before = (await refusedEvents(kommunAdmin.id)).length;
      expectRefusal(await setRoles(kommunAdmin.cookie, kommun, kommunAdmin.id, ['org_admin', role]), 'own_account');
      expect(await rolesOf(kommunAdmin.id, kommun)).toEqual(['org_admin']);
      expect(await t.db.$count(roleRequests, eq(roleRequests.userId, kommunAdmin.id))).toBe(0);
      const events = await refusedEvents(kommunAdmin.id);
      expect(events).toHaveLength(before + 1);
      expect(events.at(-1)!.details).toEqual({ organisationId: kommun, before: ['org_admin'], attempted: [role, 'org_admin'].sort(byCatalogue), refusal: 'own_account' });
      // Still no case list for them.
      expect((await get(kommunAdmin.cookie, '/api/cases')).statusCode).toBe(403);
    },
  );

  it.each<Role>(['national_coordinator', 'auditor', 'analyst'])('the system administrator cannot give themselves %s', async (role) => {
    const { sysAdmin } = admins;
    expectRefusal(await setRoles(sysAdmin.cookie, agency, sysAdmin.id, ['system_admin', role]), 'own_account');
    expect(await rolesOf(sysAdmin.id, agency)).toEqual(['system_admin']);
  });

  it('nor through an invitation to their own address, in any letter case, to any organisation', async () => {
    const { sysAdmin, kommunAdmin } = admins;
    for (const [who, org, roles] of [
      [sysAdmin, kommun, ['regional_coordinator']],
      [sysAdmin, agency, ['national_coordinator']],
      [kommunAdmin, kommun, ['case_worker']],
    ] as const) {
      const response = await post(who.cookie, `${base(org)}/invitations`, { name: 'Me Again', email: who.email.toUpperCase(), roles });
      expectRefusal(response, 'own_account');
      expect(await t.db.$count(invitations, eq(invitations.email, who.email))).toBe(0);
    }
    const refused = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'invitation.refused'), eq(auditEvents.actorUserId, sysAdmin.id)));
    expect(refused.map((e) => e.details)).toContainEqual({ organisationId: kommun, roles: ['regional_coordinator'], refusal: 'own_account' });
  });

  it("nor by changing the kind, region or municipality of their own organisation; its name they may", async () => {
    const { sysAdmin } = admins;
    for (const change of [{ type: 'municipality' }, { regionCode: 'syd' }]) {
      const response = await t.app.inject({ method: 'PATCH', url: base(agency), headers: { cookie: sysAdmin.cookie }, payload: change });
      expectRefusal(response, 'own_account');
    }
    const refused = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'organisation.change_refused'), eq(auditEvents.subjectId, agency)));
    expect(refused).toHaveLength(2);
    const renamed = await t.app.inject({ method: 'PATCH', url: base(agency), headers: { cookie: sysAdmin.cookie }, payload: { name: 'Jämställdhetsmyndigheten (NMT)' } });
    expect(renamed.statusCode).toBe(200);
  });

  it('an organisation whose members hold roles cannot become a kind those roles do not belong in', async () => {
    const police = await buildOrganisation(t.db, { name: 'Polisregion Syd', type: 'police', regionCode: 'syd' });
    await member(['case_worker'], police);
    const response = await t.app.inject({ method: 'PATCH', url: base(police), headers: { cookie: admins.sysAdmin.cookie }, payload: { type: 'iom' } });
    expect(response.statusCode).toBe(409);
  });
});

describe("an organisation administrator grants only what fits their organisation", () => {
  it.each([
    ['national_coordinator', 'role_not_for_organisation_type'],
    ['auditor', 'role_not_for_organisation_type'],
    ['regional_coordinator', 'system_admin_only'],
    ['system_admin', 'role_not_for_organisation_type'],
  ] as const)("a municipality's administrator cannot grant %s (%s)", async (role, refusal) => {
    const grantee = await member(['trainer']);
    expectRefusal(await setRoles(admins.kommunAdmin.cookie, kommun, grantee.id, ['trainer', role]), refusal);
    expect(await rolesOf(grantee.id, kommun)).toEqual(['trainer']);
    expect((await refusedEvents(grantee.id)).map((e) => e.details.refusal)).toEqual([refusal]);
  });
});

describe('four eyes: roles that open case content, audit or administration', () => {
  it('wait for a second administrator, who approves; the member and the one who asked are told', async () => {
    const { kommunAdmin, kommunAdmin2 } = admins;
    const grantee = await member(['trainer']);
    const asked = await setRoles(kommunAdmin.cookie, kommun, grantee.id, ['trainer', 'case_worker']);
    expect(asked.statusCode).toBe(200);
    expect(asked.json<Member>()).toMatchObject({ roles: ['trainer'], pendingRoles: ['case_worker'] });
    expect(await rolesOf(grantee.id, kommun)).toEqual(['trainer']);
    expect((await get(grantee.cookie, '/api/cases')).statusCode).toBe(403);
    expect(await kindsFor(kommunAdmin2.cookie)).toContain('role_request_pending');
    expect(await kindsFor(admins.sysAdmin.cookie)).toContain('role_request_pending');
    expect(await kindsFor(kommunAdmin.cookie)).not.toContain('role_request_pending');

    const [request] = (await get(kommunAdmin2.cookie, `${base(kommun)}/role-requests`)).json<RoleRequestList>().items.filter((r) => r.userId === grantee.id);
    expect(request).toMatchObject({ roles: ['case_worker'], can: { approve: true, reject: true, withdraw: false } });
    const own = (await get(kommunAdmin.cookie, `${base(kommun)}/role-requests`)).json<RoleRequestList>().items.find((r) => r.id === request!.id);
    expect(own!.can).toEqual({ approve: false, reject: false, withdraw: true });

    // The one who asked cannot approve their own request: refused and recorded.
    expectRefusal(await post(kommunAdmin.cookie, `${base(kommun)}/role-requests/${request!.id}/approve`), 'approver_not_independent');
    expect((await refusedEvents(grantee.id)).map((e) => e.details.attempted)).toEqual(['approve']);

    const approved = await post(kommunAdmin2.cookie, `${base(kommun)}/role-requests/${request!.id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(await rolesOf(grantee.id, kommun)).toEqual(['case_worker', 'trainer']);
    const [changed] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'membership.roles_changed'), eq(auditEvents.subjectId, grantee.id)));
    expect(changed).toMatchObject({ actorUserId: kommunAdmin2.id });
    expect(changed!.details).toMatchObject({ before: ['trainer'], after: ['case_worker', 'trainer'], requestId: request!.id, requestedByUserId: kommunAdmin.id });
    expect(await kindsFor(grantee.cookie)).toContain('roles_changed');
    expect(await kindsFor(kommunAdmin.cookie)).toContain('role_request_approved');
    expect((await get(grantee.cookie, '/api/cases')).statusCode).toBe(200);
    // Decided once: a second approval finds nothing waiting.
    expect((await post(kommunAdmin2.cookie, `${base(kommun)}/role-requests/${request!.id}/approve`)).statusCode).toBe(404);
  });

  it('the member a request is for cannot approve it, even as an administrator', async () => {
    const { kommunAdmin, kommunAdmin2, sysAdmin } = admins;
    await setRoles(kommunAdmin.cookie, kommun, kommunAdmin2.id, ['org_admin', 'case_worker']);
    const [request] = (await get(kommunAdmin2.cookie, `${base(kommun)}/role-requests`)).json<RoleRequestList>().items.filter((r) => r.userId === kommunAdmin2.id);
    expectRefusal(await post(kommunAdmin2.cookie, `${base(kommun)}/role-requests/${request!.id}/approve`), 'approver_not_independent');
    expect(await rolesOf(kommunAdmin2.id, kommun)).toEqual(['org_admin']);
    // A system administrator may be the second pair of eyes for any organisation.
    expect((await post(sysAdmin.cookie, `${base(kommun)}/role-requests/${request!.id}/reject`, { reason: 'Not in this team.' })).statusCode).toBe(200);
  });

  it('a rejection carries a reason to the one who asked and changes nothing; an empty reason is 400', async () => {
    const { kommunAdmin, kommunAdmin2 } = admins;
    const grantee = await member(['trainer']);
    await setRoles(kommunAdmin.cookie, kommun, grantee.id, ['trainer', 'org_admin']);
    const [request] = await t.db.select().from(roleRequests).where(eq(roleRequests.userId, grantee.id));
    const url = `${base(kommun)}/role-requests/${request!.id}/reject`;
    expect((await post(kommunAdmin2.cookie, url, { reason: '  ' })).statusCode).toBe(400);
    expect((await post(kommunAdmin2.cookie, url, { reason: 'Ask the unit manager first.' })).statusCode).toBe(200);
    const [row] = await t.db.select().from(roleRequests).where(eq(roleRequests.id, request!.id));
    expect(row).toMatchObject({ status: 'rejected', reason: 'Ask the unit manager first.', decidedByUserId: kommunAdmin2.id });
    expect(await rolesOf(grantee.id, kommun)).toEqual(['trainer']);
    expect(await kindsFor(kommunAdmin.cookie)).toContain('role_request_rejected');
  });

  it('only the one who asked withdraws; a newer change replaces an older request', async () => {
    const { kommunAdmin, kommunAdmin2 } = admins;
    const grantee = await member(['trainer']);
    await setRoles(kommunAdmin.cookie, kommun, grantee.id, ['trainer', 'case_worker']);
    await setRoles(kommunAdmin.cookie, kommun, grantee.id, ['trainer', 'org_admin']);
    const requests = await t.db.select().from(roleRequests).where(eq(roleRequests.userId, grantee.id));
    expect(requests.map((r) => [r.roles, r.status])).toEqual(expect.arrayContaining([[['case_worker'], 'superseded'], [['org_admin'], 'pending']]));
    const pending = requests.find((r) => r.status === 'pending')!;
    expect((await post(kommunAdmin2.cookie, `${base(kommun)}/role-requests/${pending.id}/withdraw`)).statusCode).toBe(403);
    expect((await post(kommunAdmin.cookie, `${base(kommun)}/role-requests/${pending.id}/withdraw`)).statusCode).toBe(200);
  });

  it('taking a role away needs no second administrator and is effective at once', async () => {
    const grantee = await member(['case_worker', 'trainer']);
    const response = await setRoles(admins.kommunAdmin.cookie, kommun, grantee.id, ['trainer']);
    expect(response.json<Member>()).toMatchObject({ roles: ['trainer'], pendingRoles: [] });
    expect((await get(grantee.cookie, '/api/cases')).statusCode).toBe(403);
    expect(await kindsFor(grantee.cookie)).toContain('roles_changed');
  });

  it('regional coordinators are appointed by a system administrator and approved by another one', async () => {
    const { sysAdmin, sysAdmin2, kommunAdmin2 } = admins;
    const grantee = await member(['trainer']);
    expect((await setRoles(sysAdmin.cookie, kommun, grantee.id, ['trainer', 'regional_coordinator'])).statusCode).toBe(200);
    const [request] = await t.db.select().from(roleRequests).where(eq(roleRequests.userId, grantee.id));
    expectRefusal(await post(kommunAdmin2.cookie, `${base(kommun)}/role-requests/${request!.id}/approve`), 'system_admin_only');
    expect((await post(sysAdmin2.cookie, `${base(kommun)}/role-requests/${request!.id}/approve`)).statusCode).toBe(200);
    expect(await rolesOf(grantee.id, kommun)).toEqual(['regional_coordinator', 'trainer']);
  });
});

describe('invitations with such roles', () => {
  it('are not sent until a second administrator approves; then the link works', async () => {
    const { kommunAdmin, kommunAdmin2 } = admins;
    const created = await post(kommunAdmin.cookie, `${base(kommun)}/invitations`, { name: 'Berit Berg', email: 'berit.four-eyes@kommun.test', roles: ['case_worker'] });
    expect(created.statusCode).toBe(201);
    const sent = created.json<InvitationSent>();
    expect(sent).toMatchObject({ emailed: false, link: null, invitation: { awaitingApproval: true, can: { approve: false, resend: false } } });
    const url = `${base(kommun)}/invitations/${sent.invitation.id}`;
    expect((await post(kommunAdmin.cookie, `${url}/resend`)).statusCode).toBe(409);
    expectRefusal(await post(kommunAdmin.cookie, `${url}/approve`), 'approver_not_independent');

    const approved = await post(kommunAdmin2.cookie, `${url}/approve`);
    expect(approved.statusCode).toBe(200);
    const link = approved.json<InvitationSent>().link!;
    const inspect = await t.app.inject({ method: 'POST', url: '/api/invitations/inspect', payload: { token: new URL(link).hash.replace('#token=', '') } });
    expect(inspect.statusCode).toBe(200);
    expect(await kindsFor(kommunAdmin.cookie)).toContain('role_request_approved');
  });

  it('a rejected one is revoked with its reason and its maker is told', async () => {
    const { kommunAdmin, kommunAdmin2 } = admins;
    const sent = (await post(kommunAdmin.cookie, `${base(kommun)}/invitations`, { name: 'Per Persson', email: 'per.rejected@kommun.test', roles: ['org_admin'] })).json<InvitationSent>();
    const response = await post(kommunAdmin2.cookie, `${base(kommun)}/invitations/${sent.invitation.id}/reject`, { reason: 'Wrong unit.' });
    expect(response.statusCode).toBe(204);
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, sent.invitation.id));
    expect(row!.revokedAt).not.toBeNull();
    expect(row!.rejectionReason).toBe('Wrong unit.');
    expect(await kindsFor(kommunAdmin.cookie)).toContain('role_request_rejected');
  });
});

describe('a new installation with a single administrator', () => {
  it('waits for the server operator (samverka roles approve) to approve the second administrator', async () => {
    const { sysAdmin } = admins;
    const sent = (await post(sysAdmin.cookie, `${base(agency)}/invitations`, { name: 'Andra Admin', email: 'andra.admin@nmt.test', roles: ['system_admin'] })).json<InvitationSent>();
    expect(sent.invitation.awaitingApproval).toBe(true);
    expectRefusal(await post(sysAdmin.cookie, `${base(agency)}/invitations/${sent.invitation.id}/approve`), 'approver_not_independent');
    const approval = await approveOnServer(t.db, { emailed: false, publicUrl: t.config.publicUrl }, sent.invitation.id);
    expect(approval).toMatchObject({ kind: 'invitation', name: 'Andra Admin' });
    const [event] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'invitation.approved'), eq(auditEvents.subjectId, sent.invitation.id)));
    expect(event).toMatchObject({ actorUserId: null, requestId: 'cli' });
    // Once: nothing waits any more.
    expect(await approveOnServer(t.db, { emailed: false, publicUrl: t.config.publicUrl }, sent.invitation.id)).toBeNull();
  });
});

describe("the organisation's log of role changes", () => {
  it('shows grants and refused attempts with the rule that refused them, and reading it is recorded', async () => {
    const { kommunAdmin, kommunAdmin2 } = admins;
    const response = await get(kommunAdmin2.cookie, `${base(kommun)}/role-changes`);
    expect(response.statusCode).toBe(200);
    const { items } = response.json<RoleChangeList>();
    expect(items.some((e) => e.action === 'membership.roles_change_refused' && e.refusal === 'own_account')).toBe(true);
    expect(items.some((e) => e.action === 'membership.roles_changed' && e.before !== null && e.after !== null)).toBe(true);
    expect(items.some((e) => e.action === 'invitation.refused')).toBe(true);
    expect(await t.db.$count(auditEvents, and(eq(auditEvents.action, 'role_changes.list'), eq(auditEvents.actorUserId, kommunAdmin2.id)))).toBe(1);
    // Another organisation's log is out of an org admin's scope.
    expect((await get(kommunAdmin.cookie, `${base(agency)}/role-changes`)).statusCode).toBe(404);
  });
});

const catalogue: Role[] = ['national_coordinator', 'regional_coordinator', 'case_worker', 'support_line_operator', 'return_officer', 'trainer', 'analyst', 'auditor', 'org_admin', 'system_admin'];
function byCatalogue(a: string, b: string) {
  return catalogue.indexOf(a as Role) - catalogue.indexOf(b as Role);
}
