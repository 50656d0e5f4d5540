import { type SQL, eq, inArray, or, sql } from 'drizzle-orm';
import { consultations } from './consultations.schema.ts';
import { type Actor, hasRole, regionsWithRole } from '../../platform/actor.ts';
import { policyOf } from '../../platform/access.ts';

/**
 * Who sees a consultation: national coordinators all; regional coordinators those of their
 * region; anyone the ones they opened (an operator on the phone, a professional). Every query over
 * consultations takes this condition.
 */
export function consultationScope(actor: Actor): SQL {
  if (hasRole(actor, 'national_coordinator')) return sql`true`;
  const conditions: SQL[] = [eq(consultations.createdByUserId, actor.userId)];
  const regions = regionsWithRole(actor, 'regional_coordinator');
  if (regions.length > 0) conditions.push(inArray(consultations.regionCode, regions));
  return or(...conditions)!;
}

/** Whether the actor works the queue of the consultation's region. */
export function handlesRegion(actor: Actor, regionCode: string): boolean {
  return hasRole(actor, 'national_coordinator') || (regionsWithRole(actor, 'regional_coordinator') as string[]).includes(regionCode);
}

/** The module's actions (shared/access-catalogue.ts); routes declare them, services ask them. */
export const consultationsPolicy = policyOf('consultations');
