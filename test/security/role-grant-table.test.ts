import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/shared/enums.ts';
import { memberships, roleRequests } from '../../src/server/db/schema/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { buildOrganisation, buildUser, signInAs } from '../support/factories.ts';

/**
 * Who may grant what to whom (issue 14), written out by hand from docs/ARCHITECTURE.md "Who grants
 * roles" rather than computed from the policy, and checked through the HTTP API for every role of
 * the one granting, every role granted, and two members it is for: someone else in the
 * organisation, and the granting administrator themselves.
 *
 * - now: takes effect at once;
 * - approval: waits for a second administrator;
 * - type: the role does not belong in that kind of organisation;
 * - system: only a system administrator grants it;
 * - self: nobody changes their own roles;
 * - gate: the route is for administrators only.
 */
type Outcome = 'now' | 'approval' | 'type' | 'system' | 'self' | 'gate';

const inMunicipalityByItsAdmin: Record<Role, Outcome> = {
  national_coordinator: 'type',
  regional_coordinator: 'system',
  case_worker: 'approval',
  support_line_operator: 'type',
  return_officer: 'type',
  trainer: 'now',
  analyst: 'type',
  auditor: 'type',
  org_admin: 'approval',
  system_admin: 'type',
};
const inAgencyByItsAdmin: Record<Role, Outcome> = {
  national_coordinator: 'approval',
  regional_coordinator: 'type',
  case_worker: 'type',
  support_line_operator: 'approval',
  return_officer: 'type',
  trainer: 'now',
  analyst: 'now',
  auditor: 'approval',
  org_admin: 'approval',
  system_admin: 'system',
};
const inMunicipalityBySystemAdmin: Record<Role, Outcome> = { ...inMunicipalityByItsAdmin, regional_coordinator: 'approval' };
const inAgencyBySystemAdmin: Record<Role, Outcome> = { ...inAgencyByItsAdmin, system_admin: 'approval' };

const refusals: Partial<Record<Outcome, string>> = { type: 'role_not_for_organisation_type', system: 'system_admin_only', self: 'own_account' };

let t: TestApp;
const places = {} as Record<'municipality' | 'agency', string>;
beforeAll(async () => {
  t = await startTestApp();
  places.municipality = await buildOrganisation(t.db, { name: 'Malmö stad', type: 'municipality', regionCode: 'syd' });
  places.agency = await buildOrganisation(t.db, { name: 'Jämställdhetsmyndigheten', type: 'national_agency', regionCode: null });
});
afterAll(() => t.close());

/** The granting member: holding `role` in `home`. */
async function granter(role: Role, home: string) {
  const user = await buildUser(t.db, { roles: [role], organisationId: home });
  return { ...user, cookie: await signInAs(t.app, user) };
}

async function grant(cookie: string, organisationId: string, userId: string, before: Role[], role: Role) {
  const response = await t.app.inject({
    method: 'PUT',
    url: `/api/organisations/${organisationId}/members/${userId}/roles`,
    headers: { cookie },
    payload: { roles: [...before, role] },
  });
  const [row] = await t.db.select().from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  const pending = await t.db.$count(roleRequests, and(eq(roleRequests.userId, userId), eq(roleRequests.status, 'pending')));
  return { response, held: row!.roles as Role[], pending };
}

function expectOutcome(result: Awaited<ReturnType<typeof grant>>, outcome: Outcome, role: Role, before: Role[]) {
  const { response, held, pending } = result;
  switch (outcome) {
    case 'now':
      expect(response.statusCode).toBe(200);
      expect(held).toContain(role);
      return;
    case 'approval':
      expect(response.statusCode).toBe(200);
      expect(held).toEqual(before);
      expect(pending).toBe(1);
      return;
    case 'gate':
      expect(response.statusCode).toBe(403);
      expect(held).toEqual(before);
      return;
    case 'type':
    case 'system':
    case 'self':
      expect(response.statusCode).toBe(403);
      expect(response.json<{ refusal: string }>().refusal).toBe(refusals[outcome]);
      expect(held).toEqual(before);
      expect(pending).toBe(0);
      return;
  }
}

const contexts: { name: string; granterRole: Role; home: 'municipality' | 'agency'; place: 'municipality' | 'agency'; table: Record<Role, Outcome> }[] = [
  { name: "a municipality's org_admin in the municipality", granterRole: 'org_admin', home: 'municipality', place: 'municipality', table: inMunicipalityByItsAdmin },
  { name: "the national agency's org_admin in the agency", granterRole: 'org_admin', home: 'agency', place: 'agency', table: inAgencyByItsAdmin },
  { name: 'a system_admin in a municipality', granterRole: 'system_admin', home: 'agency', place: 'municipality', table: inMunicipalityBySystemAdmin },
  { name: 'a system_admin in the national agency', granterRole: 'system_admin', home: 'agency', place: 'agency', table: inAgencyBySystemAdmin },
];

describe.each(contexts)('granting as $name', ({ granterRole, home, place, table }) => {
  it.each(roles)('%s to someone else in the organisation', async (role) => {
    const actor = await granter(granterRole, places[home]);
    const grantee = await buildUser(t.db, { roles: [], organisationId: places[place] });
    expectOutcome(await grant(actor.cookie, places[place], grantee.id, [], role), table[role], role, []);
  });

  it.each(roles.filter((role) => role !== granterRole))('%s to themselves: refused', async (role) => {
    const actor = await granter(granterRole, places[place]);
    expectOutcome(await grant(actor.cookie, places[place], actor.id, [granterRole], role), 'self', role, [granterRole]);
  });
});

const nonAdmins = roles.filter((role) => role !== 'org_admin' && role !== 'system_admin');
describe.each(nonAdmins)('granting as %s', (granterRole) => {
  it.each(roles)('%s to anyone, themselves included: not an administrator', async (role) => {
    const actor = await granter(granterRole, places.municipality);
    const other = await buildUser(t.db, { roles: [], organisationId: places.municipality });
    expectOutcome(await grant(actor.cookie, places.municipality, other.id, [], role), 'gate', role, []);
    expectOutcome(await grant(actor.cookie, places.municipality, actor.id, [granterRole], role), 'gate', role, [granterRole]);
  });
});

