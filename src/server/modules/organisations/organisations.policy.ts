import { type SQL, inArray, sql } from 'drizzle-orm';
import { organisations } from '../../db/schema/identity.ts';
import { type Actor, hasRole } from '../../platform/actor.ts';
import { policyOf } from '../../platform/access.ts';

/**
 * Who may administer what (DESIGN.md §2): a system admin every organisation, an org admin only the
 * organisations where they hold org_admin. Neither role gives any case content; the case routes
 * are gated on case roles alone.
 */

export function isSystemAdmin(actor: Actor): boolean {
  return hasRole(actor, 'system_admin');
}

/** Creating, editing and deactivating organisations is for system admins only. */
export function canManageOrganisations(actor: Actor): boolean {
  return isSystemAdmin(actor);
}

/** The organisations the actor administers members of, or 'all' for a system admin. */
export function administeredOrganisations(actor: Actor): 'all' | string[] {
  if (isSystemAdmin(actor)) return 'all';
  return actor.memberships.filter((m) => m.roles.includes('org_admin')).map((m) => m.organisationId);
}

export function administersAnyOrganisation(actor: Actor): boolean {
  const administered = administeredOrganisations(actor);
  return administered === 'all' || administered.length > 0;
}

export function canAdministerMembersOf(actor: Actor, organisationId: string): boolean {
  const administered = administeredOrganisations(actor);
  return administered === 'all' || administered.includes(organisationId);
}

/**
 * The SQL condition "this organisation id is one the actor administers", for any column holding an
 * organisation id (organisations.id, memberships.organisationId, invitations.organisationId).
 */
export function administeredScope(actor: Actor, organisationIdColumn: Parameters<typeof inArray>[0]): SQL {
  const administered = administeredOrganisations(actor);
  if (administered === 'all') return sql`true`;
  if (administered.length === 0) return sql`false`;
  return inArray(organisationIdColumn, administered);
}

/** Organisations the actor may read: all for a system admin, their own for an org admin. */
export function organisationScope(actor: Actor): SQL {
  return administeredScope(actor, organisations.id);
}

/** Whether the actor belongs to the organisation (in any role). */
export function isMemberOf(actor: Actor, organisationId: string): boolean {
  return actor.memberships.some((m) => m.organisationId === organisationId);
}

/**
 * The kind, police region and municipality of an organisation decide what its members reach (a
 * regional coordinator's region, social services for the child rule): nobody changes them for an
 * organisation they belong to.
 */
export function changesOwnScope(
  actor: Actor,
  current: { id: string; type: string; regionCode: string | null; municipalityCode: string | null },
  input: { type?: string; regionCode?: string | null; municipalityCode?: string | null },
): boolean {
  if (!isMemberOf(actor, current.id)) return false;
  const differs = <T>(wanted: T | undefined, now: T) => wanted !== undefined && wanted !== now;
  return differs(input.type, current.type) || differs(input.regionCode, current.regionCode) || differs(input.municipalityCode, current.municipalityCode);
}

/** The module's actions (shared/access-catalogue.ts); routes declare them, services ask them. */
export const organisationsPolicy = policyOf('organisations');
