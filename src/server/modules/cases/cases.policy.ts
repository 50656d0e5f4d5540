import { type SQL, eq, inArray, or, sql } from 'drizzle-orm';
import type { PoliceRegion, Role } from '../../../shared/enums.ts';
import { cases } from '../../db/schema/index.ts';
import { type Actor, hasRole, regionsWithRole } from '../../platform/actor.ts';

/**
 * Who may see a case (DESIGN.md §6, as far as the walking skeleton goes): national coordinators
 * see all; regional coordinators the cases of their region; anyone the cases they created or lead.
 * Every query that reads cases takes this condition, so a list can never show what a view refuses.
 */
export function caseScope(actor: Actor): SQL {
  if (hasRole(actor, 'national_coordinator')) return sql`true`;
  const conditions: SQL[] = [eq(cases.createdByUserId, actor.userId), eq(cases.leadUserId, actor.userId)];
  const regions = regionsWithRole(actor, 'regional_coordinator');
  if (regions.length > 0) conditions.push(inArray(cases.regionCode, regions));
  return or(...conditions)!;
}

/** Roles that work with case content (DESIGN.md §2); the scope narrows it to records. */
export const caseRoles = ['national_coordinator', 'regional_coordinator', 'case_worker'] as const satisfies readonly Role[];
/** Roles that open cases. */
export const caseCreatorRoles = ['national_coordinator', 'regional_coordinator'] as const satisfies readonly Role[];

export function canViewCases(actor: Actor): boolean {
  return caseRoles.some((role) => hasRole(actor, role));
}

/** Coordinators open cases: national ones anywhere, regional ones in their own region. */
export function canCreateCase(actor: Actor, regionCode: PoliceRegion): boolean {
  return hasRole(actor, 'national_coordinator') || regionsWithRole(actor, 'regional_coordinator').includes(regionCode);
}

export function canCreateAnyCase(actor: Actor): boolean {
  return hasRole(actor, 'national_coordinator') || regionsWithRole(actor, 'regional_coordinator').length > 0;
}

/** A regional coordinator who opens a case leads it until someone assigns another. */
export function initialLead(actor: Actor, regionCode: PoliceRegion): string | null {
  return regionsWithRole(actor, 'regional_coordinator').includes(regionCode) ? actor.userId : null;
}
