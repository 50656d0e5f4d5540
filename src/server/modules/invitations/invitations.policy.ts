import type { SQL } from 'drizzle-orm';
import { invitations } from './invitations.schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { administeredScope } from '../organisations/organisations.policy.ts';
import { policyOf } from '../../platform/access.ts';

/**
 * Invitations the actor may see and manage: those to organisations they administer. Inviting with
 * roles is granting them, under the same rule as changing someone's roles (members.policy.ts).
 */
export function invitationScope(actor: Actor): SQL {
  return administeredScope(actor, invitations.organisationId);
}

/** The module's actions (shared/access-catalogue.ts); routes declare them, services ask them. */
export const invitationsPolicy = policyOf('invitations');
export const invitationAcceptancePolicy = policyOf('invitationAcceptance');
