import { type SQL, and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type ExploitationForm, type PoliceRegion, casePhases, exploitationForms } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import { cases } from '../cases/cases.schema.ts';
import { consultations } from '../consultations/consultations.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import { referrals } from '../referrals/referrals.schema.ts';
import { returnApplications } from '../returns/returns.schema.ts';
import { casePhaseChanges } from '../support-process/support-process.schema.ts';

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

/** New cases by police region and quarter. */
export async function countNewCasesByRegion(db: Db, scope: StatisticsScope): Promise<QuarterCount[]> {
  return db
    .select({ row: cases.regionCode, quarter: quarterOf(cases.createdAt), count: countAll })
    .from(cases)
    .where(caseFilter(scope))
    .groupBy(sql`1`, sql`2`);
}

/** Cases naming each form of exploitation, by quarter: a case with two forms counts under both. */
export async function countFormsOfExploitation(db: Db, scope: StatisticsScope): Promise<QuarterCount[]> {
  const perForm = Object.fromEntries(
    exploitationForms.map((form) => [form, sql<number>`(count(*) filter (where ${form} = any(${cases.exploitationForms})))::int`]),
  );
  const rows = await db
    .select({ quarter: quarterOf(cases.createdAt), ...perForm })
    .from(cases)
    .where(caseFilter(scope))
    .groupBy(sql`1`);
  return rows.flatMap((r: Record<string, unknown>) => exploitationForms.map((form) => ({ row: form, quarter: String(r.quarter), count: Number(r[form]) })));
}

/**
 * The person's age band when the case was opened (from the birth year: a year's precision is all
 * the record holds). A person flagged as a child is under 18 whatever the birth year says.
 */
const ageBand = sql<string>`case
  when ${persons.isChild} then 'under_18'
  when ${persons.birthYear} is null then 'unknown'
  when extract(year from ${cases.createdAt} at time zone 'Europe/Stockholm') - ${persons.birthYear} < 18 then 'under_18'
  when extract(year from ${cases.createdAt} at time zone 'Europe/Stockholm') - ${persons.birthYear} < 25 then '18_24'
  when extract(year from ${cases.createdAt} at time zone 'Europe/Stockholm') - ${persons.birthYear} < 35 then '25_34'
  when extract(year from ${cases.createdAt} at time zone 'Europe/Stockholm') - ${persons.birthYear} < 50 then '35_49'
  else '50_plus' end`;

/** New cases by the person's gender (row) and age band (returned in `quarter`'s place). */
export async function countGenderAndAge(db: Db, scope: StatisticsScope): Promise<{ gender: string; ageBand: string; count: number }[]> {
  return db
    .select({ gender: persons.gender, ageBand, count: countAll })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(caseFilter(scope))
    .groupBy(sql`1`, sql`2`);
}

/** New cases by the person's first citizenship (ISO alpha-2, or 'unknown') and quarter. */
export async function countCitizenships(db: Db, scope: StatisticsScope): Promise<QuarterCount[]> {
  return db
    .select({ row: sql<string>`coalesce(${persons.citizenships}[1], 'unknown')`, quarter: quarterOf(cases.createdAt), count: countAll })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(caseFilter(scope))
    .groupBy(sql`1`, sql`2`);
}

const workingPhases = sql.raw(`array[${casePhases.map((p) => `'${p}'`).join(',')}]::text[]`);

/**
 * New cases by the furthest working phase they have reached (its current phase or any it was
 * moved to; closing is not a phase reached), by quarter. Rows are phase names.
 */
export async function countPhasesReached(db: Db, scope: StatisticsScope): Promise<QuarterCount[]> {
  const furthest = sql<number>`greatest(
    case when ${cases.phase} <> 'closed' then array_position(${workingPhases}, ${cases.phase}) end,
    (select max(array_position(${workingPhases}, ${casePhaseChanges.toPhase})) from ${casePhaseChanges}
      where ${casePhaseChanges.caseId} = ${cases.id} and ${casePhaseChanges.toPhase} <> 'closed'),
    1)`;
  const rows = await db
    .select({ phase: furthest, quarter: quarterOf(cases.createdAt), count: countAll })
    .from(cases)
    .where(caseFilter(scope))
    .groupBy(sql`1`, sql`2`);
  return rows.map((r) => ({ row: casePhases[Number(r.phase) - 1]!, quarter: r.quarter, count: r.count }));
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

/** Days from the first contact (the consultation coming in) to the case opened from it. */
export async function medianDaysFirstContactToCase(db: Db, scope: StatisticsScope): Promise<QuarterMedian[]> {
  return db
    .select({ quarter: quarterOf(cases.createdAt), days: medianDays(cases.createdAt, consultations.receivedAt), count: countAll })
    .from(cases)
    .innerJoin(consultations, eq(consultations.id, cases.sourceConsultationId))
    .where(caseFilter(scope))
    .groupBy(sql`rollup(1)`);
}

/** Days from a referral being sent to its acceptance, for referrals accepted (by quarter sent). */
export async function medianDaysReferralToAcceptance(db: Db, scope: StatisticsScope): Promise<QuarterMedian[]> {
  return db
    .select({ quarter: quarterOf(referrals.createdAt), days: medianDays(referrals.decidedAt, referrals.createdAt), count: countAll })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(and(caseFilter(scope, referrals.createdAt), eq(referrals.status, 'accepted'), eq(referrals.kind, 'referral')))
    .groupBy(sql`rollup(1)`);
}
