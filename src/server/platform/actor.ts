import type { PoliceRegion, Role } from '../../shared/enums.ts';
import type { Membership } from '../../shared/schemas/auth.ts';

/** The signed-in user making a request, with every organisation they act for. */
export interface Actor {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly sessionId: string;
  readonly memberships: readonly Membership[];
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.memberships.some((m) => m.roles.includes(role));
}

/** The police regions of the organisations in which the actor holds the role. */
export function regionsWithRole(actor: Actor, role: Role): PoliceRegion[] {
  const regions = actor.memberships
    .filter((m) => m.roles.includes(role) && m.regionCode !== null)
    .map((m) => m.regionCode as PoliceRegion);
  return [...new Set(regions)];
}

/** The first organisation in which the actor holds one of the roles. */
export function membershipWithRole(actor: Actor, ...wanted: Role[]): Membership | undefined {
  return actor.memberships.find((m) => m.roles.some((r) => wanted.includes(r)));
}
