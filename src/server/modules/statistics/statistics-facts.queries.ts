import { type SQL, and, between, inArray, sql } from 'drizzle-orm';
import { casePhases, exploitationForms } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import type { QuarterCount, QuarterMedian, StatisticsScope } from './statistics-cases.queries.ts';
import { statisticsCaseFacts as facts } from './statistics.schema.ts';

/** The bit of a form in statistics_case_facts.forms_mask (its place in exploitationForms). */
const formBit = (form: (typeof exploitationForms)[number]) => 1 << exploitationForms.indexOf(form);

/** The cases counted: opened in the period's quarters, in the scope's regions, naming the form. */
function factFilter(scope: StatisticsScope): SQL {
  return and(
    between(facts.quarter, scope.firstQuarter, scope.lastQuarter),
    scope.regions ? inArray(facts.regionCode, [...scope.regions]) : undefined,
    scope.form ? sql`(${facts.formsMask} & ${formBit(scope.form)}) <> 0` : undefined,
  )!;
}

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
  quarter: string | null;
  region: string | null;
  citizenship: string | null;
  phase: number | null;
  gender: string | null;
  age_band: string | null;
  forms_mask: number | null;
  g_region: number;
  g_citizenship: number;
  g_phase: number;
  g_gender: number;
  count: number;
}

/**
 * New cases by quarter and region, citizenship, phase reached and forms, and by gender and age
 * band: one scan of the per-case fact rows in the scope with GROUPING SETS, so the tables that
 * share totals are counted from the same rows. Forms are grouped by their bitmask (a few dozen
 * combinations) and spread over the forms here, rather than testing every form on every row.
 */
export async function countCases(db: Db, scope: StatisticsScope): Promise<CaseCounts> {
  // Rows that agree on every counted field are first grouped into one (a single hash lookup per
  // case rather than one per grouping set), then the few thousand groups are summed per table.
  const result = await db.execute<AggregateRow>(sql`
    select quarter, region, citizenship, phase, gender, age_band, forms_mask, sum(n)::int as count,
      grouping(region)::int as g_region, grouping(citizenship)::int as g_citizenship,
      grouping(phase)::int as g_phase, grouping(gender)::int as g_gender
    from (
      select ${facts.quarter} as quarter, ${facts.regionCode} as region, ${facts.citizenship} as citizenship,
        ${facts.furthestPhase} as phase, ${facts.gender} as gender, ${facts.ageBand} as age_band,
        ${facts.formsMask} as forms_mask, count(*) as n
      from ${facts}
      where ${factFilter(scope)}
      group by 1, 2, 3, 4, 5, 6, 7
    ) alike
    group by grouping sets ((quarter, region), (quarter, citizenship), (quarter, phase), (gender, age_band), (quarter, forms_mask))`);
  const counts: CaseCounts = { byRegion: [], byForm: [], byCitizenship: [], byPhase: [], byGenderAndAge: [] };
  for (const r of result.rows) {
    const quarter = r.quarter ?? '';
    const count = Number(r.count);
    if (Number(r.g_region) === 0) counts.byRegion.push({ row: r.region!, quarter, count });
    else if (Number(r.g_citizenship) === 0) counts.byCitizenship.push({ row: r.citizenship!, quarter, count });
    else if (Number(r.g_phase) === 0) counts.byPhase.push({ row: casePhases[Number(r.phase) - 1]!, quarter, count });
    else if (Number(r.g_gender) === 0) counts.byGenderAndAge.push({ row: r.gender!, quarter: r.age_band!, count });
    else for (const form of exploitationForms) if (Number(r.forms_mask) & formBit(form)) counts.byForm.push({ row: form, quarter, count });
  }
  return counts;
}

/** Days from the first contact (the consultation coming in) to the case opened from it. */
export async function medianDaysFirstContactToCase(db: Db, scope: StatisticsScope): Promise<QuarterMedian[]> {
  return db
    .select({
      quarter: facts.quarter,
      days: sql<number | null>`round((percentile_cont(0.5) within group (order by ${facts.firstContactDays}))::numeric, 1)::float8`,
      count: sql<number>`count(*)::int`,
    })
    .from(facts)
    .where(and(factFilter(scope), sql`${facts.firstContactDays} is not null`))
    .groupBy(sql`rollup(1)`);
}
