import { type SQL, inArray, sql } from 'drizzle-orm';
import type { PoliceRegion } from '../../../shared/enums.ts';
import { type Actor, hasRole, regionsWithRole } from '../../platform/actor.ts';
import { policyOf } from '../../platform/access.ts';
import { trainings } from './trainings.schema.ts';

/**
 * Training events. Trainers and national coordinators organise every event; a regional
 * coordinator organises the events of their own region(s) and sees only their registrants.
 * Published events, registration and a registrant's own cancellation (with the token they were
 * given) are public; signed-in staff of any organisation register and cancel themselves in the app.
 */
export const trainingsPolicy = policyOf('trainings');

/** Whether the actor organises every event (not only their region's). */
export function organisesAll(actor: Actor): boolean {
  return hasRole(actor, 'national_coordinator') || hasRole(actor, 'trainer');
}

/** The condition every organiser's query over trainings takes: all, or the actor's regions. */
export function trainingScope(actor: Actor): SQL {
  if (organisesAll(actor)) return sql`true`;
  const regions = regionsWithRole(actor, 'regional_coordinator');
  return regions.length > 0 ? inArray(trainings.regionCode, regions) : sql`false`;
}

/** Whether the actor may place an event in the region (null: a national event). */
export function mayOrganiseIn(actor: Actor, regionCode: PoliceRegion | null): boolean {
  if (organisesAll(actor)) return true;
  return regionCode !== null && regionsWithRole(actor, 'regional_coordinator').includes(regionCode);
}
