import { type PoliceRegion, policeRegions } from '../../../shared/enums.ts';
import type { ConsultationAgeBucket, Dashboard, DashboardQuery } from '../../../shared/schemas/dashboard.ts';
import { stockholmDate, stockholmTimeToInstant } from '../../../shared/working-days.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, hasRole, regionsWithRole } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { forbidden } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { countCallsStarted } from '../calls/calls.service.ts';
import { type ConsultationCountClock, countConsultations } from '../consultations/consultations.service.ts';

/** The calendar date `days` after `date` (YYYY-MM-DD), negative for before. */
function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function dashboardClock(now: Date): ConsultationCountClock {
  const today = stockholmDate(now);
  return {
    now,
    startOfToday: stockholmTimeToInstant(today),
    startOf3DaysAgo: stockholmTimeToInstant(shiftDate(today, -3)),
    startOf7DaysAgo: stockholmTimeToInstant(shiftDate(today, -7)),
    startOfTomorrow: stockholmTimeToInstant(shiftDate(today, 1)),
  };
}

interface DashboardView {
  national: boolean;
  /** The region shown, or null for all of `regions`. */
  region: PoliceRegion | null;
  /** The regions the caller may pick from. */
  regions: PoliceRegion[];
  /** The regions counted; null for every region. */
  counted: PoliceRegion[] | null;
}

/**
 * Which regions the caller's dashboard covers. A national coordinator: every region, or the one
 * asked for. A regional coordinator: their region(s), or one of them if asked; a region that is
 * not theirs is refused (403) rather than quietly replaced, so a shared link never shows another
 * region's figures under its name.
 */
export function dashboardView(actor: Actor, region: PoliceRegion | undefined): DashboardView {
  if (hasRole(actor, 'national_coordinator')) {
    return { national: region === undefined, region: region ?? null, regions: [...policeRegions], counted: region ? [region] : null };
  }
  const own = regionsWithRole(actor, 'regional_coordinator');
  if (own.length === 0) throw forbidden('The dashboard is for coordinators.');
  if (region !== undefined && !own.includes(region)) throw forbidden('That region is not yours.');
  const counted = region ? [region] : own;
  return { national: false, region: region ?? (own.length === 1 ? own[0]! : null), regions: own, counted };
}

/** The list path with the filters of one figure; the region is named when one region is shown. */
function listHref(filters: Record<string, string>, region: PoliceRegion | null): string {
  const params = new URLSearchParams(filters);
  if (region) params.set('region', region);
  return `/consultations?${params.toString()}`;
}

/**
 * The coordinator's figures (issue 5 item 4): open consultations by age, overdue first responses,
 * their own queue, new today and calls today, each with the consultation list filtered the same
 * way. Each module counts its own records in SQL: consultations inside consultationScope(actor), in
the regions shown. Audited as
 * dashboard.read with the region and counts only.
 */
export async function readDashboard(db: Db, ctx: ActorContext, query: DashboardQuery, now = new Date()): Promise<Dashboard> {
  const { actor } = ctx;
  const view = dashboardView(actor, query.region);
  const clock = dashboardClock(now);
  const counts = await countConsultations(db, actor, view.counted, clock);
  const callsToday = await countCallsStarted(db, view.counted, clock.startOfToday, clock.startOfTomorrow);
  const byAge: Record<ConsultationAgeBucket, number> = {
    today: counts.today,
    days_1_3: counts.days13,
    days_4_7: counts.days47,
    older: counts.older,
  };
  const result: Dashboard = {
    national: view.national,
    region: view.region,
    regions: view.regions,
    today: stockholmDate(now),
    generatedAt: now.toISOString(),
    openByAge: (Object.keys(byAge) as ConsultationAgeBucket[]).map((bucket) => ({
      bucket,
      count: byAge[bucket],
      href: listHref({ age: bucket }, view.region),
    })),
    open: counts.open,
    overdue: { count: counts.overdue, href: listHref({ status: 'new', overdue: 'true' }, view.region) },
    myQueue: { count: counts.myQueue, href: listHref({ status: 'claimed', mine: 'true' }, view.region) },
    newToday: { count: counts.newToday, href: listHref({ newToday: 'true' }, view.region) },
    // The call log is the support line's own; coordinators see the count only.
    callsToday: { count: callsToday, href: null },
  };
  await recordAudit(db, ctx, {
    action: 'dashboard.read',
    details: {
      region: view.region,
      open: counts.open,
      overdue: counts.overdue,
      myQueue: counts.myQueue,
      newToday: counts.newToday,
      callsToday,
    },
  });
  return result;
}
