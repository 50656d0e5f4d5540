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

const workingPhases = sql.raw(`array[${casePhases.map((p) => `'${p}'`).join(',')}]::text[]`);

/**
 * The furthest working phase each case was moved to (its position in casePhases, 1-based), as one
 * grouped read of the phase history joined once, not a lookup per case; closing is not a phase reached.
 */
const furthestMoves = sql`(select ${casePhaseChanges.caseId} as case_id, max(array_position(${workingPhases}, ${casePhaseChanges.toPhase})) as furthest
  from ${casePhaseChanges} where ${casePhaseChanges.toPhase} <> 'closed' group by 1) moves`;
/** The furthest of the case's current phase (unless closed) and the phases it was moved to. */
const furthestPhase = sql`greatest(case when ${cases.phase} <> 'closed' then array_position(${workingPhases}, ${cases.phase}) end, moves.furthest, 1)`;

/** The person's age in whole years when the case was opened (a birth year is all the record holds). */
const ageAtOpening = sql`extract(year from ${cases.createdAt} at time zone 'Europe/Stockholm') - ${persons.birthYear}`;
/** Coarse age bands; a person flagged as a child is under 18 whatever the birth year says. */
const ageBand = sql`case
  when ${persons.isChild} then 'under_18'
  when ${persons.birthYear} is null then 'unknown'
  when ${ageAtOpening} < 18 then 'under_18'
  when ${ageAtOpening} < 25 then '18_24'
  when ${ageAtOpening} < 35 then '25_34'
  when ${ageAtOpening} < 50 then '35_49'
  else '50_plus' end`;

/** The new cases counted every way the tables need, from one pass over the cases. */
export interface CaseCounts {
  byRegion: QuarterCount[];
  /** Cases naming each form: a case with two forms counts under both. */
  byForm: QuarterCount[];
  /** The person's first citizenship (ISO alpha-2, or 'unknown'). */
  byCitizenship: QuarterCount[];
  /** The furthest working phase reached (a phase name). */
  byPhase: QuarterCount[];
  /** Gender (row) by age band (in the quarter's place). */
  byGenderAndAge: QuarterCount[];
}

interface AggregateRow extends Record<string, unknown> {
  bucket: number | null;
  region: string | null;
  citizenship: string | null;
  phase: number | null;
  gender: string | null;
  age_band: string | null;
  g_region: number;
  g_citizenship: number;
  g_phase: number;
  g_gender: number;
  count: number;
}

/**
 * New cases by quarter and region, citizenship, phase reached and form, and by gender and age
 * band: one scan of the cases in the scope with GROUPING SETS, so the tables that share totals
 * are counted from the same rows. Quarters are found by width_bucket over their first instants
 * (Swedish time) rather than by formatting each row's date.
 */
export async function countCases(db: Db, scope: StatisticsScope, quarters: readonly { label: string; start: Date }[]): Promise<CaseCounts> {
  const starts = sql.join(
    quarters.map((q) => sql`${q.start.toISOString()}::timestamptz`),
    sql`, `,
  );
  const perForm = sql.join(
    exploitationForms.map((form) => sql`(count(*) filter (where ${form} = any(forms)))::int as ${sql.identifier(`f_${form}`)}`),
    sql`, `,
  );
  const result = await db.execute<AggregateRow>(sql`
    select bucket, region, citizenship, phase, gender, age_band, count(*)::int as count, ${perForm},
      grouping(region)::int as g_region, grouping(citizenship)::int as g_citizenship,
      grouping(phase)::int as g_phase, grouping(gender)::int as g_gender
    from (
      select width_bucket(${cases.createdAt}, array[${starts}]) as bucket, ${cases.regionCode} as region,
        coalesce(${persons.citizenships}[1], 'unknown') as citizenship, ${furthestPhase} as phase,
        ${persons.gender} as gender, ${ageBand} as age_band, ${cases.exploitationForms} as forms
      from ${cases} inner join ${persons} on ${persons.id} = ${cases.personId}
        left join ${furthestMoves} on moves.case_id = ${cases.id}
      where ${caseFilter(scope)}
    ) counted
    group by grouping sets ((bucket, region), (bucket, citizenship), (bucket, phase), (gender, age_band), (bucket))`);
  const counts: CaseCounts = { byRegion: [], byForm: [], byCitizenship: [], byPhase: [], byGenderAndAge: [] };
  for (const r of result.rows) {
    const quarter = r.bucket === null ? '' : (quarters[Number(r.bucket) - 1]?.label ?? '');
    const count = Number(r.count);
    if (Number(r.g_region) === 0) counts.byRegion.push({ row: r.region!, quarter, count });
    else if (Number(r.g_citizenship) === 0) counts.byCitizenship.push({ row: r.citizenship!, quarter, count });
    else if (Number(r.g_phase) === 0) counts.byPhase.push({ row: casePhases[Number(r.phase) - 1]!, quarter, count });
    else if (Number(r.g_gender) === 0) counts.byGenderAndAge.push({ row: r.gender!, quarter: r.age_band!, count });
    else for (const form of exploitationForms) counts.byForm.push({ row: form, quarter, count: Number(r[`f_${form}`]) });
  }
  return counts;
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
