import type { SQL } from 'drizzle-orm';
import type { OrganisationType, Role } from '../../../shared/enums.ts';
import {
  type RoleChangeRefusal,
  needsApproval,
  roleFitsOrganisation,
  rolesByOrganisationType,
  rolesGrantedBySystemAdminsOnly,
} from '../../../shared/role-rules.ts';
import { memberships } from '../../db/schema/identity.ts';
import type { Actor } from '../../platform/actor.ts';
import { administeredScope, canAdministerMembersOf, isSystemAdmin } from '../organisations/organisations.policy.ts';
import { policyOf } from '../../platform/access.ts';

/**
 * Who may administer members (DESIGN.md §2): an org admin the members of the organisations where
 * they hold org_admin, a system admin everyone. The list query takes memberScope, so an org admin
 * never sees a member of another organisation.
 */
export function memberScope(actor: Actor): SQL {
  return administeredScope(actor, memberships.organisationId);
}

/** What the policy needs to know about the member acted on. */
export interface MemberFacts {
  userId: string;
  /** Every organisation they belong to, not only the one asked about. */
  organisationIds: readonly string[];
  /** Holds system_admin in some organisation. */
  isSystemAdmin: boolean;
}

/** The organisation a role is granted in. */
export interface GrantPlace {
  id: string;
  type: OrganisationType;
}

/** The one a role is for: a member's account, or (for an invitation) only an e-mail address so far. */
export interface Grantee {
  userId: string | null;
  email: string;
}

/** Whether the grantee is the actor: by account, or by the address an invitation goes to. */
export function isOwnAccount(actor: Actor, grantee: Grantee): boolean {
  return grantee.userId === actor.userId || grantee.email.toLowerCase() === actor.email.toLowerCase();
}

/**
 * The separation-of-duties rule for giving a role (docs/ARCHITECTURE.md, "Who grants roles"),
 * or null when the actor may ask for it:
 * - nobody changes their own roles or joins an organisation by their own hand;
 * - only inside organisations the actor administers;
 * - only roles that belong in that kind of organisation;
 * - regional coordinators and system administrators only by a system administrator.
 * Whether it then waits for a second administrator is `needsApproval`'s question.
 */
export function grantRefusal(actor: Actor, place: GrantPlace, grantee: Grantee, role: Role): RoleChangeRefusal | null {
  if (isOwnAccount(actor, grantee)) return 'own_account';
  if (!canAdministerMembersOf(actor, place.id)) return 'not_administered';
  if (!roleFitsOrganisation(role, place.type)) return 'role_not_for_organisation_type';
  if ((rolesGrantedBySystemAdminsOnly as readonly Role[]).includes(role) && !isSystemAdmin(actor)) return 'system_admin_only';
  return null;
}

/**
 * Taking a role away narrows access, so any administrator of the organisation may do it at once,
 * except system administration (a system administrator's own business) and their own roles.
 */
export function removalRefusal(actor: Actor, place: GrantPlace, grantee: Grantee, role: Role): RoleChangeRefusal | null {
  if (isOwnAccount(actor, grantee)) return 'own_account';
  if (!canAdministerMembersOf(actor, place.id)) return 'not_administered';
  if (role === 'system_admin' && !isSystemAdmin(actor)) return 'system_admin_only';
  return null;
}

/** The first refusal among a change from `before` to `after`, or null when all of it is allowed. */
export function roleChangeRefusal(
  actor: Actor,
  place: GrantPlace,
  grantee: Grantee,
  before: readonly Role[],
  after: readonly Role[],
): RoleChangeRefusal | null {
  for (const role of after.filter((r) => !before.includes(r))) {
    const refusal = grantRefusal(actor, place, grantee, role);
    if (refusal) return refusal;
  }
  for (const role of before.filter((r) => !after.includes(r))) {
    const refusal = removalRefusal(actor, place, grantee, role);
    if (refusal) return refusal;
  }
  return null;
}

/** Splits the roles added by a change into those granted at once and those that wait for approval. */
export function splitByApproval(added: readonly Role[]): { immediate: Role[]; awaitingApproval: Role[] } {
  return { immediate: added.filter((r) => !needsApproval(r)), awaitingApproval: added.filter(needsApproval) };
}

/**
 * The second pair of eyes: someone other than the one who asked and the one it is for, who could
 * have granted every role of the request themselves.
 */
export function approvalRefusal(
  actor: Actor,
  request: { requestedByUserId: string; place: GrantPlace; grantee: Grantee; roles: readonly Role[] },
): RoleChangeRefusal | null {
  if (request.requestedByUserId === actor.userId) return 'approver_not_independent';
  for (const role of request.roles) {
    const refusal = grantRefusal(actor, request.place, request.grantee, role);
    if (refusal) return refusal === 'own_account' ? 'approver_not_independent' : refusal;
  }
  return null;
}

/** The roles the actor may offer someone else in this organisation (their own account: none). */
export function grantableRoles(actor: Actor, place: GrantPlace, grantee: Grantee): Role[] {
  return rolesByOrganisationType[place.type].filter((role) => grantRefusal(actor, place, grantee, role) === null);
}

/**
 * Deactivation locks the whole account, so it needs the right to administer every organisation the
 * member belongs to; nobody deactivates themselves, and only a system admin deactivates one.
 */
export function canDeactivate(actor: Actor, member: MemberFacts): boolean {
  if (member.userId === actor.userId) return false;
  if (isSystemAdmin(actor)) return true;
  if (member.isSystemAdmin) return false;
  return member.organisationIds.every((id) => canAdministerMembersOf(actor, id));
}

/** The module's actions (shared/access-catalogue.ts); routes declare them, services ask them. */
export const membersPolicy = policyOf('members');
