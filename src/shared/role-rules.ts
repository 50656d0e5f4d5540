import { type OrganisationType, type Role, roles } from './enums.ts';

/**
 * Which roles and organisation can hold at all, by its kind (DESIGN.md §2). NMT's national roles
 * (national coordinator, analyst, auditor, system administration) belong to the national agency;
 * regional coordinators are employed by social services; IOM staff handle returns.
 */
export const rolesByOrganisationType: Record<OrganisationType, readonly Role[]> = {
  national_agency: ['national_coordinator', 'support_line_operator', 'trainer', 'analyst', 'auditor', 'org_admin', 'system_admin'],
  municipality: ['regional_coordinator', 'case_worker', 'trainer', 'org_admin'],
  police: ['case_worker', 'org_admin'],
  prosecution: ['case_worker', 'org_admin'],
  migration_agency: ['case_worker', 'org_admin'],
  tax_agency: ['case_worker', 'org_admin'],
  work_environment_authority: ['case_worker', 'org_admin'],
  customs: ['case_worker', 'org_admin'],
  county_board: ['case_worker', 'trainer', 'org_admin'],
  health_care: ['case_worker', 'org_admin'],
  ngo: ['case_worker', 'support_line_operator', 'trainer', 'org_admin'],
  iom: ['return_officer', 'org_admin'],
  other_authority: ['case_worker', 'org_admin'],
};

export function roleFitsOrganisation(role: Role, type: OrganisationType): boolean {
  return rolesByOrganisationType[type].includes(role);
}

/**
 * Roles that open case content, the audit log or administration. Granting one takes effect only
 * when a second administrator approves it (four eyes); removing one takes effect at once.
 */
export const rolesNeedingApproval = [
  'national_coordinator',
  'regional_coordinator',
  'case_worker',
  'support_line_operator',
  'return_officer',
  'auditor',
  'org_admin',
  'system_admin',
] as const satisfies readonly Role[];

export function needsApproval(role: Role): boolean {
  return (rolesNeedingApproval as readonly Role[]).includes(role);
}

/**
 * Roles only a system administrator grants: NMT appoints the regional coordinators (whose
 * organisation is a municipality, so its own administrator must not make them), and system
 * administration itself.
 */
export const rolesGrantedBySystemAdminsOnly = ['regional_coordinator', 'system_admin'] as const satisfies readonly Role[];

/** Why a grant (or a removal) of a role is refused; the web app words each one. */
export const roleChangeRefusals = [
  /** Nobody changes their own roles, organisation or scope. */
  'own_account',
  /** The actor does not administer the organisation. */
  'not_administered',
  /** The role does not belong in this kind of organisation. */
  'role_not_for_organisation_type',
  /** Only a system administrator grants (or removes) it. */
  'system_admin_only',
  /** The one who asked, or the member it is for, cannot also approve it. */
  'approver_not_independent',
] as const;
export type RoleChangeRefusal = (typeof roleChangeRefusals)[number];

/** Roles in the catalogue's order, without repeats, so stored lists compare and read the same way. */
export function inRoleOrder(wanted: Iterable<Role>): Role[] {
  const set = new Set(wanted);
  return roles.filter((role) => set.has(role));
}
