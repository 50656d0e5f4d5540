import type { SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import { memberships } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { administeredScope, canAdministerPeopleOf, isSystemAdmin } from '../organisations/organisations.policy.ts';

/**
 * Who may administer people (DESIGN.md §2): an org admin the members of the organisations where
 * they hold org_admin, a system admin everyone. The list query takes peopleScope, so an org admin
 * never sees a member of another organisation.
 */
export function peopleScope(actor: Actor): SQL {
  return administeredScope(actor, memberships.organisationId);
}

/** What the policy needs to know about the person acted on. */
export interface PersonFacts {
  userId: string;
  /** Every organisation they belong to, not only the one asked about. */
  organisationIds: readonly string[];
  /** Holds system_admin in some organisation. */
  isSystemAdmin: boolean;
}

/** Only a system admin grants or takes away system_admin; an org admin's changes must leave it as it was. */
export function canSetRoles(actor: Actor, before: readonly Role[], after: readonly Role[]): boolean {
  if (isSystemAdmin(actor)) return true;
  return before.includes('system_admin') === after.includes('system_admin');
}

/** No one removes their own administrator role, so an organisation cannot lose its admin by mistake. */
export function removesOwnAdminRole(actor: Actor, person: PersonFacts, before: readonly Role[], after: readonly Role[]): boolean {
  if (person.userId !== actor.userId) return false;
  return (['org_admin', 'system_admin'] as const).some((role) => before.includes(role) && !after.includes(role));
}

/**
 * Deactivation locks the whole account, so it needs the right to administer every organisation the
 * person belongs to; nobody deactivates themselves, and only a system admin deactivates one.
 */
export function canDeactivate(actor: Actor, person: PersonFacts): boolean {
  if (person.userId === actor.userId) return false;
  if (isSystemAdmin(actor)) return true;
  if (person.isSystemAdmin) return false;
  return person.organisationIds.every((id) => canAdministerPeopleOf(actor, id));
}

export function personAbilities(actor: Actor, person: PersonFacts) {
  return { editRoles: true, deactivate: canDeactivate(actor, person), revokeSessions: true };
}
