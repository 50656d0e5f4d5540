import type { OrganisationType } from '../../../shared/enums.ts';
import type { Db, Tx } from '../../db/client.ts';
import { notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { findAdministeredOrganisation } from '../organisations/organisations.service.ts';
import type { GrantPlace } from './members.policy.ts';

/** The organisation roles are given in, if the actor may administer it; 404 otherwise. */
export async function loadGrantPlace(db: Db | Tx, ctx: ActorContext, unverifiedOrganisationId: string): Promise<GrantPlace & { name: string }> {
  const organisation = await findAdministeredOrganisation(db, ctx.actor, unverifiedOrganisationId);
  if (!organisation) throw notFound('No such organisation.');
  return { id: organisation.id, type: organisation.type as OrganisationType, name: organisation.name };
}
