import { type SQL, and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { policeRegions } from '../../../shared/enums.ts';
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

/**
 * What the list shows: the events the actor organises, and to every signed-in member the
 * published national events and the published events of their organisations' regions, to
 * register for. Opening, changing and the registrants stay within trainingScope.
 */
export function trainingListScope(actor: Actor): SQL {
  if (organisesAll(actor)) return sql`true`;
  const regions = [...new Set(actor.memberships.flatMap((m) => (m.regionCode === null ? [] : [m.regionCode])))];
  const visible = regions.length > 0 ? or(isNull(trainings.regionCode), inArray(trainings.regionCode, regions))! : isNull(trainings.regionCode);
  return or(trainingScope(actor), and(eq(trainings.status, 'published'), visible))!;
}

/** Where the actor may place events, for the form to offer only those. */
export function organiserRegionsOf(actor: Actor): { national: boolean; regionCodes: PoliceRegion[] } {
  if (organisesAll(actor)) return { national: true, regionCodes: [...policeRegions] };
  const own = regionsWithRole(actor, 'regional_coordinator');
  return { national: false, regionCodes: policeRegions.filter((code) => own.includes(code)) };
}

/** Whether the actor may place an event in the region (null: a national event). */
export function mayOrganiseIn(actor: Actor, regionCode: PoliceRegion | null): boolean {
  if (organisesAll(actor)) return true;
  return regionCode !== null && regionsWithRole(actor, 'regional_coordinator').includes(regionCode);
}
