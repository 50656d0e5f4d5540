import { and, eq } from 'drizzle-orm';
import type { CasePhase, PoliceRegion } from '../../../shared/enums.ts';
import type { CaseAbilities, CaseAccessVia } from '../../../shared/schemas/cases.ts';
import type { Db, Tx } from '../../db/client.ts';
import { persons } from '../persons/persons.schema.ts';
import { cases } from './cases.schema.ts';
import { type Actor, hasRole } from '../../platform/actor.ts';
import { forbidden, notFound } from '../../platform/problems.ts';
import { accessVia, caseAbilities, caseAccessFactColumns, caseScope } from './cases.policy.ts';

/** A case the actor may see, with what they may do in it. */
export interface CaseAccess {
  caseId: string;
  reference: string;
  regionCode: PoliceRegion;
  municipalityCode: string;
  phase: CasePhase;
  version: number;
  leadUserId: string | null;
  personId: string;
  isChild: boolean;
  hasProtectedIdentity: boolean;
  via: CaseAccessVia;
  breakGlassExpiresAt: Date | null;
  can: CaseAbilities;
}

/**
 * Loads a case inside the actor's scope, with the facts that decide their abilities, in one
 * statement. Undefined for a case that does not exist and one outside the scope alike.
 */
export async function findCaseAccess(db: Db | Tx, actor: Actor, unverifiedCaseId: string): Promise<CaseAccess | undefined> {
  const [row] = await db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      regionCode: cases.regionCode,
      municipalityCode: cases.municipalityCode,
      phase: cases.phase,
      version: cases.version,
      leadUserId: cases.leadUserId,
      personId: cases.personId,
      isChild: persons.isChild,
      hasProtectedIdentity: persons.hasProtectedIdentity,
      ...caseAccessFactColumns(actor),
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(eq(cases.id, unverifiedCaseId), caseScope(actor)));
  return row ? toCaseAccess(actor, row) : undefined;
}

/** What a query that read a case inside the scope with caseAccessFactColumns knows of it. */
export interface CaseAccessRow extends Omit<CaseAccess, 'regionCode' | 'phase' | 'via' | 'breakGlassExpiresAt' | 'can'> {
  regionCode: string;
  phase: string;
  isLead: boolean;
  coordinatesRegion: boolean;
  hasTeamSeat: boolean;
  isNamedOnTeam: boolean;
  /** As the driver gives it: a Date, or text from a subquery. */
  breakGlassExpiresAt: Date | string | null;
}

/** The actor's access to a case read inside their scope, from the facts read with it. */
export function toCaseAccess(actor: Actor, row: CaseAccessRow): CaseAccess {
  const breakGlassExpiresAt = row.breakGlassExpiresAt === null ? null : new Date(row.breakGlassExpiresAt);
  const facts = {
    isNational: hasRole(actor, 'national_coordinator'),
    isLead: row.isLead,
    coordinatesRegion: row.coordinatesRegion,
    hasTeamSeat: row.hasTeamSeat,
    isNamedOnTeam: row.isNamedOnTeam,
    breakGlassExpiresAt,
    hasProtectedIdentity: row.hasProtectedIdentity,
  };
  return {
    caseId: row.caseId,
    reference: row.reference,
    regionCode: row.regionCode as PoliceRegion,
    municipalityCode: row.municipalityCode,
    phase: row.phase as CasePhase,
    version: row.version,
    leadUserId: row.leadUserId,
    personId: row.personId,
    isChild: row.isChild,
    hasProtectedIdentity: row.hasProtectedIdentity,
    via: accessVia(facts),
    breakGlassExpiresAt,
    can: caseAbilities(facts),
  };
}

/**
 * The case for a request on it or anything inside it: 404 outside the scope, whether it exists or
 * not; 403 when the actor sees it but lacks the ability the request needs.
 */
export async function requireCaseAccess(
  db: Db | Tx,
  actor: Actor,
  unverifiedCaseId: string,
  ability?: keyof CaseAbilities,
): Promise<CaseAccess> {
  const access = await findCaseAccess(db, actor, unverifiedCaseId);
  if (!access) throw notFound('No such case.');
  if (ability && !access.can[ability]) throw forbidden('Your part in this case does not allow this.');
  return access;
}
