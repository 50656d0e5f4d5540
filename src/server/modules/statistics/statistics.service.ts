import { casePhases, callerCategories, consultationSources, exploitationForms, genders, policeRegions } from '../../../shared/enums.ts';
import { returnStatuses } from '../../../shared/return-programme.ts';
import {
  ageBands,
  type Statistics,
  type StatisticsQuery,
  type StatisticsTable,
  statisticsFilters,
} from '../../../shared/schemas/statistics.ts';
import { stockholmDate, stockholmTimeToInstant } from '../../../shared/working-days.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { type ProtectedTable, protectTable, protectTogether } from './disclosure-control.ts';
import { countCallsByCaller, countConsultationsBySource } from './statistics-activity.queries.ts';
import { type StatisticsScope, countReturnOutcomes, medianDaysReferralToAcceptance } from './statistics-cases.queries.ts';
import { countCases, medianDaysFirstContactToCase } from './statistics-facts.queries.ts';
import { statisticsView } from './statistics.policy.ts';
import { countMatrix, firstDayOf, groupCitizenships, publishMedian, quarterOfDate, quartersBetween, shiftQuarter } from './statistics-tables.ts';

/** Without a period asked for: the last eight quarters, this one included. */
const DEFAULT_QUARTERS = 8;

type Shape = Pick<StatisticsTable, 'id' | 'rows' | 'columns' | 'filtersApplied'>;
const table = (shape: Shape, published: ProtectedTable): StatisticsTable => ({ ...shape, ...published });
const allFilters = [...statisticsFilters];

/**
 * The statistics of issue 12 for the caller's regions: counts by quarter over the case aggregate,
 * consultations and calls, each table through disclosure control before it leaves this function,
 * so no hidden count is ever sent. Tables that count the same cases are protected together (they
 * publish the same quarter totals). Persons with protected identity are counted like everyone:
 * leaving them out of some tables would let a reader find their number by difference, and every
 * figure is suppressed below five. Free text is never read. Audited with the filters only.
 */
export async function readStatistics(db: Db, ctx: ActorContext, query: StatisticsQuery, now = new Date()): Promise<Statistics> {
  const view = statisticsView(ctx.actor, query.region);
  const to = query.to ?? quarterOfDate(stockholmDate(now));
  const from = query.from ?? shiftQuarter(to, 1 - DEFAULT_QUARTERS);
  const quarters = quartersBetween(from, to);
  const scope: StatisticsScope = {
    start: stockholmTimeToInstant(firstDayOf(from)),
    end: stockholmTimeToInstant(firstDayOf(shiftQuarter(to, 1))),
    regions: view.counted,
    form: query.form ?? null,
    firstQuarter: from,
    lastQuarter: to,
  };
  const regionRows = view.counted ?? [...policeRegions];

  const counted = await countCases(db, scope);
  const newCases = countMatrix(counted.byRegion, regionRows, quarters);
  const citizenships = groupCitizenships(counted.byCitizenship);
  const phases = countMatrix(counted.byPhase, casePhases, quarters);
  const genderAge = counted.byGenderAndAge;
  const [newCasesTable, citizenshipTable, phasesTable, genderAgeTable] = protectTogether([
    { counts: newCases, sharesColumnTotals: true },
    { counts: countMatrix(citizenships.counts, citizenships.labels, quarters), sharesColumnTotals: true },
    { counts: phases, sharesColumnTotals: true },
    { counts: countMatrix(genderAge, genders, ageBands), sharesColumnTotals: false },
  ]);
  const byQuarter = (labels: readonly string[], dimension: StatisticsTable['rows']['dimension']) => ({
    rows: { dimension, labels: [...labels] },
    columns: { dimension: 'quarter' as const, labels: quarters },
  });

  const tables: StatisticsTable[] = [
    table({ id: 'new_cases_by_region', ...byQuarter(regionRows, 'region'), filtersApplied: allFilters }, newCasesTable!),
    table(
      { id: 'exploitation_forms', ...byQuarter(exploitationForms, 'exploitation_form'), filtersApplied: allFilters },
      protectTable(countMatrix(counted.byForm, exploitationForms, quarters)),
    ),
    table(
      {
        id: 'gender_and_age',
        rows: { dimension: 'gender', labels: [...genders] },
        columns: { dimension: 'age_band', labels: [...ageBands] },
        filtersApplied: allFilters,
      },
      genderAgeTable!,
    ),
    table({ id: 'citizenship', ...byQuarter(citizenships.labels, 'citizenship'), filtersApplied: allFilters }, citizenshipTable!),
    table({ id: 'phases_reached', ...byQuarter(casePhases, 'phase'), filtersApplied: allFilters }, phasesTable!),
    table(
      { id: 'consultations_by_source', ...byQuarter(consultationSources, 'consultation_source'), filtersApplied: allFilters },
      protectTable(countMatrix(await countConsultationsBySource(db, scope), consultationSources, quarters)),
    ),
    table(
      { id: 'calls_by_caller', ...byQuarter(callerCategories, 'caller_category'), filtersApplied: ['period', 'region'] },
      protectTable(countMatrix(await countCallsByCaller(db, scope), callerCategories, quarters)),
    ),
    table(
      { id: 'return_outcomes', ...byQuarter(returnStatuses, 'return_status'), filtersApplied: allFilters },
      protectTable(countMatrix(await countReturnOutcomes(db, scope), returnStatuses, quarters)),
    ),
  ];
  const medians = [
    publishMedian('days_first_contact_to_case', await medianDaysFirstContactToCase(db, scope), quarters),
    publishMedian('days_referral_to_acceptance', await medianDaysReferralToAcceptance(db, scope), quarters),
  ];

  await recordAudit(db, ctx, { action: 'statistics.read', details: { region: query.region ?? null, form: query.form ?? null, from, to } });
  return {
    national: view.counted === null,
    regions: regionRows,
    selectableRegions: view.selectable,
    from,
    to,
    form: query.form ?? null,
    quarters,
    tables,
    medians,
  };
}
