import { policeRegions, type PoliceRegion } from '../../../shared/enums.ts';
import { type Actor, hasRole, regionsWithRole } from '../../platform/actor.ts';
import { policyOf } from '../../platform/access.ts';
import { forbidden } from '../../platform/problems.ts';

/** Statistics after disclosure control: NMT and analysts for the country, regional coordinators for their regions. */
export const statisticsPolicy = policyOf('statistics');

export interface StatisticsView {
  /** The regions counted; null for every region. */
  counted: PoliceRegion[] | null;
  /** The regions the caller may pick from. */
  selectable: PoliceRegion[];
}

/**
 * Which regions the caller's statistics count. A national coordinator or an analyst: every region,
 * or the one asked for. A regional coordinator: their region(s), or one of them; another region is refused
 * (403), never quietly replaced, so a shared link never shows other figures under its name.
 */
export function statisticsView(actor: Actor, region: PoliceRegion | undefined): StatisticsView {
  if (hasRole(actor, 'national_coordinator') || hasRole(actor, 'analyst')) return { counted: region ? [region] : null, selectable: [...policeRegions] };
  const own = regionsWithRole(actor, 'regional_coordinator');
  if (own.length === 0) throw forbidden('Statistics are for coordinators.');
  if (region !== undefined && !own.includes(region)) throw forbidden('That region is not yours.');
  return { counted: region ? [region] : own, selectable: own };
}
