import type { SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import { invitations } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { administeredScope } from '../organisations/organisations.policy.ts';
import { canSetRoles } from '../people/people.policy.ts';

/** Invitations the actor may see and manage: those to organisations they administer. */
export function invitationScope(actor: Actor): SQL {
  return administeredScope(actor, invitations.organisationId);
}

/** Inviting with roles is granting them: the same rule as changing someone's roles. */
export function canInviteWithRoles(actor: Actor, roles: readonly Role[]): boolean {
  return canSetRoles(actor, [], roles);
}
