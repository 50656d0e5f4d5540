import { type SQL, and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ExploitationForm, PoliceRegion } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import { cases } from '../cases/cases.schema.ts';
import { referrals } from '../referrals/referrals.schema.ts';
import { returnApplications } from '../returns/returns.schema.ts';

/**
 * What the statistics count: a period [start, end), the police regions in the caller's scope
 * (null: every region) and an optional form of exploitation. Every query puts all three in its
 * WHERE, so no count ever includes a case outside the caller's regions.
 */
export interface StatisticsScope {
  start: Date;
  end: Date;
  regions: readonly PoliceRegion[] | null;
  form: ExploitationForm | null;
  /** The same period as its first and last quarters (YYYY-Qn), for the per-case fact rows. */
  firstQuarter: string;
  lastQuarter: string;
}

/** One group's count: a row label (or index) and the quarter, YYYY-Qn in Swedish time. */
export interface QuarterCount {
  row: string;
  quarter: string;
  count: number;
}

export const quarterOf = (at: AnyPgColumn) => sql<string>`to_char(${at} at time zone 'Europe/Stockholm', 'YYYY-"Q"Q')`;
const countAll = sql<number>`count(*)::int`;

/** The cases counted: the period on `at` (the case's opening unless said), the regions and the form. */
function caseFilter(scope: StatisticsScope, at: AnyPgColumn = cases.createdAt): SQL {
  return and(
    gte(at, scope.start),
    lt(at, scope.end),
    scope.regions ? inArray(cases.regionCode, [...scope.regions]) : undefined,
    scope.form ? sql`${scope.form} = any(${cases.exploitationForms})` : undefined,
  )!;
}

/** Return applications by their status now, by the quarter they were referred in. */
export async function countReturnOutcomes(db: Db, scope: StatisticsScope): Promise<QuarterCount[]> {
  return db
    .select({ row: returnApplications.status, quarter: quarterOf(returnApplications.referredAt), count: countAll })
    .from(returnApplications)
    .innerJoin(cases, eq(cases.id, returnApplications.caseId))
    .where(caseFilter(scope, returnApplications.referredAt))
    .groupBy(sql`1`, sql`2`);
}

/** A median per quarter (quarter null: the whole period) with the number of values behind it. */
export interface QuarterMedian {
  quarter: string | null;
  days: number | null;
  count: number;
}

const medianDays = (later: AnyPgColumn, earlier: AnyPgColumn) =>
  sql<number | null>`round((percentile_cont(0.5) within group (order by extract(epoch from ${later} - ${earlier}) / 86400))::numeric, 1)::float8`;

/** Days from a referral being sent to its acceptance, for referrals accepted (by quarter sent). */
export async function medianDaysReferralToAcceptance(db: Db, scope: StatisticsScope): Promise<QuarterMedian[]> {
  return db
    .select({ quarter: quarterOf(referrals.createdAt), days: medianDays(referrals.decidedAt, referrals.createdAt), count: countAll })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(and(caseFilter(scope, referrals.createdAt), eq(referrals.status, 'accepted'), eq(referrals.kind, 'referral')))
    .groupBy(sql`rollup(1)`);
}
