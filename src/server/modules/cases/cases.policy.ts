import { type SQL, and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { PoliceRegion, Role } from '../../../shared/enums.ts';
import type { CaseAbilities, CaseAccessVia } from '../../../shared/schemas/cases.ts';
import { caseTeamMembers, legalBases } from '../case-team/team.schema.ts';
import { caseAccessGrants, cases } from './cases.schema.ts';
import { type Actor, hasRole, regionsWithRole } from '../../platform/actor.ts';
import { policyOf } from '../../platform/access.ts';

/** Roles that work with case content (DESIGN.md §2), from the catalogue; the scope narrows it to records. */
export const caseRoles = (): readonly Role[] => casesPolicy.rolesFor('read');

/** The organisations in which the actor holds a case role: those whose team seat lets them in. */
export function caseOrganisationIds(actor: Actor): string[] {
  return actor.memberships.filter((m) => m.roles.some((r) => caseRoles().includes(r))).map((m) => m.organisationId);
}

/**
 * The case has one of the organisations on its team, under a legal basis that still holds: the
 * case's own `seat_organisation_ids`, which triggers keep equal to its team rows and their legal
 * bases (cases.schema.ts). A test of the row itself, so a list walks its order index with it and a
 * view answers for one case without reading the organisation's other seats; its GIN index finds
 * the cases of an organisation with few seats.
 */
export function teamSeatFor(organisationIds: readonly string[]): SQL {
  if (organisationIds.length === 0) return sql`false`;
  return sql`${cases.seatOrganisationIds} && array[${sql.join(
    organisationIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`;
}

/**
 * A break-the-glass grant of this user for the case that has not run out. The case id is compared
 * with an array read once per statement (an uncorrelated subquery), not with a correlated EXISTS
 * run for every case: a user's open grants are few, and as `id = any(array)` an index condition.
 */
export function openGrantFor(userId: string): SQL {
  return sql`${cases.id} = any(array(
    select ${caseAccessGrants.caseId} from ${caseAccessGrants}
    where ${eq(caseAccessGrants.userId, userId)}
      and ${gt(caseAccessGrants.expiresAt, sql`now()`)}
  ))`;
}

/**
 * Who may see a case (DESIGN.md §6): national coordinators see all; otherwise the lead coordinator,
 * the coordinators of the case's region, the case-role members of an organisation on the case team
 * with a legal basis that holds, and a coordinator with an open break-the-glass grant. Every query
 * that reads cases or anything inside one takes this condition, so a list, a count or a search can
 * never show what a view refuses.
 */
export function caseScope(actor: Actor): SQL {
  return or(...caseScopeParts(actor))!;
}

/**
 * The parts of `caseScope`, whose OR it is, each a condition one index serves (the region, the
 * lead, the team seats, the grants), the region first: for a regional coordinator the largest and
 * cheapest to test. A count takes them one by one (cases.queries.ts), where one OR is one scan.
 */
export function caseScopeParts(actor: Actor): SQL[] {
  if (!casesPolicy.allows(actor, 'read')) return [sql`false`];
  if (hasRole(actor, 'national_coordinator')) return [sql`true`];
  const regions = regionsWithRole(actor, 'regional_coordinator');
  const own = [eq(cases.leadUserId, actor.userId), teamSeatFor(caseOrganisationIds(actor))];
  return regions.length > 0 ? [inArray(cases.regionCode, regions), ...own, openGrantFor(actor.userId)] : own;
}

/** The facts about one case that decide what the actor may do in it; see caseAccessFacts. */
export interface CaseAccessFacts {
  isNational: boolean;
  isLead: boolean;
  coordinatesRegion: boolean;
  hasTeamSeat: boolean;
  /** The actor is a named contact of a team organisation. */
  isNamedOnTeam: boolean;
  breakGlassExpiresAt: Date | null;
  hasProtectedIdentity: boolean;
}

/** SQL selecting the facts for the current cases row; read together with the case, in its scope. */
export function caseAccessFactColumns(actor: Actor) {
  const regions = regionsWithRole(actor, 'regional_coordinator');
  const organisationIds = caseOrganisationIds(actor);
  return {
    isLead: sql<boolean>`coalesce(${cases.leadUserId} = ${actor.userId}, false)`,
    coordinatesRegion: regions.length > 0 ? sql<boolean>`${inArray(cases.regionCode, regions)}` : sql<boolean>`false`,
    hasTeamSeat: sql<boolean>`${teamSeatFor(organisationIds)}`,
    isNamedOnTeam: sql<boolean>`exists (
      select 1 from ${caseTeamMembers}
      join ${legalBases} on ${legalBases.id} = ${caseTeamMembers.legalBasisId}
      where ${caseTeamMembers.caseId} = ${cases.id}
        and ${isNull(caseTeamMembers.removedAt)}
        and ${isNull(legalBases.consentWithdrawnAt)}
        and ${actor.userId}::uuid = any(${caseTeamMembers.contactUserIds})
    )`,
    breakGlassExpiresAt: sql<Date | null>`(
      select max(${caseAccessGrants.expiresAt}) from ${caseAccessGrants}
      where ${and(eq(caseAccessGrants.caseId, cases.id), eq(caseAccessGrants.userId, actor.userId), gt(caseAccessGrants.expiresAt, sql`now()`))}
    )`,
  };
}

/** How the actor came to see the case, strongest first; shown as a banner for break-the-glass. */
export function accessVia(facts: CaseAccessFacts): CaseAccessVia {
  if (facts.isNational) return 'national';
  if (facts.isLead) return 'lead';
  if (facts.coordinatesRegion) return 'region';
  if (facts.hasTeamSeat) return 'team';
  return 'break_glass';
}

/**
 * What the actor may do in a case they can see. Coordinators in charge (national, the lead, the
 * region's) run the case; team members work in it; break-the-glass reads and writes the journal.
 * Identity is for the lead and named team contacts; protected identity for the lead alone.
 */
export function caseAbilities(facts: CaseAccessFacts): CaseAbilities {
  const runsCase = facts.isNational || facts.isLead || facts.coordinatesRegion;
  const worksInCase = runsCase || facts.hasTeamSeat;
  const mayShowIdentity = facts.isLead || (!facts.hasProtectedIdentity && facts.isNamedOnTeam);
  return {
    edit: runsCase,
    movePhase: runsCase,
    manageTeam: runsCase,
    manageLinks: runsCase,
    tickChecklist: worksInCase,
    writeJournal: worksInCase || facts.breakGlassExpiresAt !== null,
    manageTasks: worksInCase,
    manageMeasures: worksInCase,
    uploadDocuments: worksInCase,
    showIdentity: mayShowIdentity,
    editIdentity: facts.isLead,
    showAddress: mayShowIdentity && !facts.hasProtectedIdentity,
  };
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

/** The module's actions (shared/access-catalogue.ts); routes declare them, services ask them. */
export const casesPolicy = policyOf('cases');
