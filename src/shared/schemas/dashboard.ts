import { z } from 'zod';
import { policeRegions } from '../enums.ts';
import { consultationAgeBuckets } from './consultations.ts';

/** GET /api/dashboard?region=: a national coordinator may pick a region; a regional coordinator one of theirs. */
export const dashboardQuery = z.object({
  region: z.enum(policeRegions).optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

/**
 * One figure of the dashboard: a count and where to see what it counts, as a path with the
 * consultation list's filters (e.g. /consultations?status=new&overdue=true&region=stockholm), or
 * null when there is no list the reader may open.
 */
export const dashboardFigure = z.object({
  count: z.number().int().min(0),
  href: z.string().nullable(),
});
export type DashboardFigure = z.infer<typeof dashboardFigure>;

export type ConsultationAgeBucket = (typeof consultationAgeBuckets)[number];

/**
 * The coordinator's figures, counted over the consultations in their scope (consultationScope)
 * and the region shown. Dates are Swedish (Europe/Stockholm). Counts only: nothing about any one
 * consultation.
 */
export const dashboard = z.object({
  /** True when the figures cover every region (a national coordinator without a region picked). */
  national: z.boolean(),
  /** The region shown, or null for all the caller's regions. */
  region: z.enum(policeRegions).nullable(),
  /** The regions the caller may pick from (all for a national coordinator). */
  regions: z.array(z.enum(policeRegions)),
  /** Today in Sweden, YYYY-MM-DD. */
  today: z.iso.date(),
  generatedAt: z.iso.datetime({ offset: true }),
  /**
   * Open consultations (new or claimed) by calendar days since they came in, in Swedish dates:
   * today (0), 1–3 days, 4–7 days, more than 7 days; the buckets of the list's age filter.
   */
  openByAge: z.array(dashboardFigure.extend({ bucket: z.enum(consultationAgeBuckets) })),
  /** Open consultations in all (new or claimed). */
  open: z.number().int().min(0),
  /** Still new and unanswered after the first-response deadline. */
  overdue: dashboardFigure,
  /** Claimed by the caller and not closed. */
  myQueue: dashboardFigure,
  /** Came in today, whatever their status now. */
  newToday: dashboardFigure,
  /** Support-line calls started today in the region (all regions for the national view); no list link. */
  callsToday: dashboardFigure,
});
export type Dashboard = z.infer<typeof dashboard>;
