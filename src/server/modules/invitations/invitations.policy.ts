import type { SQL } from 'drizzle-orm';
import { invitations } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { administeredScope } from '../organisations/organisations.policy.ts';

/**
 * Invitations the actor may see and manage: those to organisations they administer. Inviting with
 * roles is granting them, under the same rule as changing someone's roles (people.policy.ts).
 */
export function invitationScope(actor: Actor): SQL {
  return administeredScope(actor, invitations.organisationId);
}
