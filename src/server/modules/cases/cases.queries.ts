import { type SQL, and, arrayContains, asc, desc, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  casePhases,
  type CasePhase,
  type ExploitationForm,
  type Indicator,
  type PoliceRegion,
} from '../../../shared/enums.ts';
import type { CaseListQuery, CaseSummary, PersonFields } from '../../../shared/schemas/cases.ts';
import type { Db, Tx } from '../../db/client.ts';
import { countRowsOfDisjoint, type ListTotal, listCountLimit, listTotal } from '../../platform/paging.ts';
import { measures } from '../measures/measures.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import { tasks } from '../tasks/tasks.schema.ts';
import { caseNumberCounters, cases } from './cases.schema.ts';
import { formatCaseReference, swedishYear } from './case-reference.ts';

export const summaryColumns = {
  id: cases.id,
  reference: cases.reference,
  phase: cases.phase,
  regionCode: cases.regionCode,
  municipalityCode: cases.municipalityCode,
  exploitationForms: cases.exploitationForms,
  codeName: persons.codeName,
  isChild: persons.isChild,
  createdAt: cases.createdAt,
};

export type SummaryRow = { [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]['_']['data'] };

export function toSummary(row: SummaryRow): CaseSummary {
  return {
    ...row,
    phase: row.phase as CasePhase,
    regionCode: row.regionCode as PoliceRegion,
    exploitationForms: row.exploitationForms as ExploitationForm[],
    createdAt: row.createdAt.toISOString(),
  };
}

const phaseOrder = sql`array_position(array[${sql.join(
  casePhases.map((p) => sql`${p}`),
  sql`, `,
)}]::text[], ${cases.phase})`;

export const sortColumns = {
  reference: cases.reference,
  createdAt: cases.createdAt,
  phase: phaseOrder,
  region: cases.regionCode,
  codeName: persons.codeName,
  // Without a search there is nothing to rank: newest first.
  relevance: cases.createdAt,
} satisfies Record<CaseListQuery['sort'], unknown>;

/** The cases a list reads: the caller's scope as its parts (cases.policy.ts caseScopeParts) and the filters. */
export interface CaseListWhere {
  scopeParts: readonly SQL[];
  filters: readonly SQL[];
}

/** The whole condition: in one of the scope's parts, and every filter. */
export function caseListCondition({ scopeParts, filters }: CaseListWhere): SQL {
  return and(or(...scopeParts), ...filters)!;
}

/**
 * The same cases as caseListCondition, as one condition per scope part that no earlier part
 * meets, so the parts share no case and can be counted one after the other.
 */
function disjointConditions({ scopeParts, filters }: CaseListWhere): SQL[] {
  return scopeParts.map((part, index) => {
    const earlier = scopeParts.slice(0, index);
    const notEarlier = earlier.length === 0 ? [] : [sql`(${or(...earlier)!}) is not true`];
    return and(part, ...filters, ...notEarlier)!;
  });
}

/**
 * One page of the cases inside the scope, and how many there are (platform/paging.ts: counted up
 * to 1,000). The page walks the sort's index (newest first by default) through the scope and
 * stops after one page; the count reads the cases alone, part by part of the scope, stopping at
 * its limit.
 */
export async function listCases(db: Db, list: CaseListWhere, query: CaseListQuery, countLimit = listCountLimit): Promise<{ items: CaseSummary[] } & ListTotal> {
  const direction = query.order === 'asc' ? asc : desc;
  const rows = await db
    .select(summaryColumns)
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(caseListCondition(list))
    .orderBy(direction(sortColumns[query.sort]), direction(cases.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const items = rows.map(toSummary);
  // Every case has its person (a foreign key that is never null), so the count needs no join.
  const selects = disjointConditions(list).map((condition) => db.select({ one: sql`1` }).from(cases).where(condition).getSQL());
  const counting = (limit: number) => countRowsOfDisjoint(db, selects, limit);
  return { items, ...(await listTotal({ number: query.page, size: query.pageSize }, items.length, counting, countLimit)) };
}

const filteredPersonName = 'filtered_person';
const filteredPerson = alias(persons, filteredPersonName);

/** Permits whose end has passed make a case overdue (DESIGN.md §5). */
const watchedPermits = ['reflection_period_permit', 'temporary_residence_permit'];
/** The reflection period runs 30 days from the permit decision when no end is entered. */
const reflectionPeriodDays = 30;

/**
 * The list's filters as conditions on the cases and persons rows; nothing for a filter not given,
 * so the plain list stays the plain query. `today` is the date in Sweden (YYYY-MM-DD).
 */
export function caseFilters(
  query: Pick<CaseListQuery, 'phase' | 'region' | 'exploitationForm' | 'mine' | 'overdue' | 'isChild'>,
  actorUserId: string,
  today: string,
): SQL[] {
  const conditions: SQL[] = [];
  if (query.phase) conditions.push(eq(cases.phase, query.phase));
  if (query.region) conditions.push(eq(cases.regionCode, query.region));
  if (query.exploitationForm) conditions.push(arrayContains(cases.exploitationForms, [query.exploitationForm]));
  if (query.mine) conditions.push(eq(cases.leadUserId, actorUserId));
  // Through the case's own column, so a count need not join the persons.
  if (query.isChild !== undefined) {
    conditions.push(sql`exists (select 1 from ${persons} as ${sql.identifier(filteredPersonName)} where ${filteredPerson.id} = ${cases.personId} and ${eq(filteredPerson.isChild, query.isChild)})`);
  }
  if (query.overdue) conditions.push(isOverdue(today));
  return conditions;
}

/** An open task past its due date, or a watched permit run out while the case is open. */
function isOverdue(today: string): SQL {
  const watched = sql.join(
    watchedPermits.map((type) => sql`${type}`),
    sql`, `,
  );
  return sql`(exists (
      select 1 from ${tasks}
      where ${tasks.caseId} = ${cases.id} and ${tasks.doneAt} is null and ${tasks.dueOn} < ${today}::date
    ) or (${cases.phase} <> 'closed' and exists (
      select 1 from ${measures}
      where ${measures.caseId} = ${cases.id}
        and ${measures.type} in (${watched})
        and ${measures.status} in ('planned', 'active')
        and coalesce(
          ${measures.endOn},
          case when ${measures.type} = 'reflection_period_permit' then ${measures.startOn} + ${reflectionPeriodDays}::int end
        ) < ${today}::date
    )))`;
}

/** The next sequence number of the year; the row lock makes concurrent creates take turns. */
async function nextCaseSequence(tx: Tx, year: number): Promise<number> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: caseNumberCounters.year, set: { last: sql`${caseNumberCounters.last} + 1` } })
    .returning({ last: caseNumberCounters.last });
  return row!.last;
}

export interface NewCase {
  regionCode: PoliceRegion;
  countyCode: string;
  municipalityCode: string;
  exploitationForms: ExploitationForm[];
  indicators: Indicator[];
  person: PersonFields;
  leadUserId: string | null;
  createdByUserId: string;
  createdByOrganisationId: string;
  /** The consultation the case is escalated from, if any. */
  sourceConsultationId?: string;
}

/**
 * Inserts a case and its person, numbered NMT-YYYY-NNNNNN with the year in Swedish time; every way
 * a case is opened (the form, an escalation, the demo) comes through here.
 */
export async function insertCase(tx: Tx, c: NewCase): Promise<{ id: string; reference: string }> {
  const year = swedishYear(new Date());
  const reference = formatCaseReference(year, await nextCaseSequence(tx, year));
  const [person] = await tx
    .insert(persons)
    .values(c.person)
    .returning({ id: persons.id });
  const [created] = await tx
    .insert(cases)
    .values({
      reference,
      personId: person!.id,
      regionCode: c.regionCode,
      countyCode: c.countyCode,
      municipalityCode: c.municipalityCode,
      exploitationForms: c.exploitationForms,
      indicators: c.indicators,
      leadUserId: c.leadUserId,
      createdByUserId: c.createdByUserId,
      createdByOrganisationId: c.createdByOrganisationId,
      sourceConsultationId: c.sourceConsultationId ?? null,
    })
    .returning({ id: cases.id });
  return { id: created!.id, reference };
}

/** The case's own columns a PATCH may set. */
export type CaseChanges = {
  [K in
    | 'municipalityCode'
    | 'countyCode'
    | 'regionCode'
    | 'exploitationForms'
    | 'indicators'
    | 'isPresumptiveVictim'
    | 'riskLevel'
    | 'riskAssessedAt'
    | 'policeReportReference'
    | 'noPoliceReportReason'
    | 'longTermPath'
    | 'closureOutcome'
    | 'closureReason'
    | 'leadUserId']?: (typeof cases.$inferInsert)[K] | SQL;
};

/**
 * Sets the columns if the case still has the version the client read; answers the new version,
 * or undefined when someone else changed it first.
 */
export async function updateCaseFields(tx: Tx, id: string, expectedVersion: number, changes: CaseChanges): Promise<number | undefined> {
  const [updated] = await tx
    .update(cases)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${cases.version} + 1` })
    .where(and(eq(cases.id, id), eq(cases.version, expectedVersion)))
    .returning({ version: cases.version });
  return updated?.version;
}

export async function findCaseVersion(db: Db | Tx, id: string): Promise<number | undefined> {
  const [row] = await db.select({ version: cases.version }).from(cases).where(eq(cases.id, id));
  return row?.version;
}

/** The case opened from the consultation, inside the scope. */
export async function findCaseBySource(db: Db | Tx, scope: SQL, consultationId: string) {
  const [row] = await db
    .select({ id: cases.id, reference: cases.reference })
    .from(cases)
    .where(and(eq(cases.sourceConsultationId, consultationId), scope));
  return row;
}
