import { type SQL, and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  casePhases,
  type CasePhase,
  type ClosureOutcome,
  type ExploitationForm,
  type Gender,
  type Indicator,
  type LongTermPath,
  type PoliceRegion,
  type RiskLevel,
} from '../../../shared/enums.ts';
import type { CaseDetail, CaseListQuery, CaseSummary, PersonFields } from '../../../shared/schemas/cases.ts';
import type { Db, Tx } from '../../db/client.ts';
import { caseNumberCounters, cases, organisations, persons, users } from '../../db/schema/index.ts';

const summaryColumns = {
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

type SummaryRow = { [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]['_']['data'] };

function toSummary(row: SummaryRow): CaseSummary {
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

const sortColumns = {
  reference: cases.reference,
  createdAt: cases.createdAt,
  phase: phaseOrder,
  region: cases.regionCode,
  codeName: persons.codeName,
  // Without a search there is nothing to rank: newest first.
  relevance: cases.createdAt,
} satisfies Record<CaseListQuery['sort'], unknown>;

/**
 * One page of the cases inside the scope, and how many there are in all. The total rides along
 * as a window count, so the usual request is one statement; only a page past the end needs a
 * separate count.
 */
export async function listCases(db: Db, scope: SQL, query: CaseListQuery): Promise<{ items: CaseSummary[]; total: number }> {
  const direction = query.order === 'asc' ? asc : desc;
  const rows = await db
    .select({ ...summaryColumns, total: sql<number>`(count(*) over ())::int` })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(scope)
    .orderBy(direction(sortColumns[query.sort]), direction(cases.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  if (rows.length > 0) {
    return { items: rows.map(({ total: _total, ...row }) => toSummary(row)), total: rows[0]!.total };
  }
  const [counted] = await db.select({ total: count() }).from(cases).where(scope);
  return { items: [], total: counted?.total ?? 0 };
}

const lead = alias(users, 'lead');
const creator = alias(users, 'creator');

/** The case's own record, read after the access check (findCaseAccess) has let the actor in. */
export async function findCaseRecord(db: Db | Tx, id: string) {
  const [row] = await db
    .select({
      ...summaryColumns,
      countyCode: cases.countyCode,
      indicators: cases.indicators,
      isPresumptiveVictim: cases.isPresumptiveVictim,
      riskLevel: cases.riskLevel,
      riskAssessedAt: cases.riskAssessedAt,
      policeReportReference: cases.policeReportReference,
      noPoliceReportReason: cases.noPoliceReportReason,
      longTermPath: cases.longTermPath,
      closureOutcome: cases.closureOutcome,
      closureReason: cases.closureReason,
      closedAt: cases.closedAt,
      leadUserId: cases.leadUserId,
      leadName: lead.name,
      createdByName: creator.name,
      createdByOrganisation: organisations.name,
      updatedAt: cases.updatedAt,
      version: cases.version,
      person: {
        id: persons.id,
        codeName: persons.codeName,
        birthYear: persons.birthYear,
        gender: persons.gender,
        citizenships: persons.citizenships,
        languages: persons.languages,
        isChild: persons.isChild,
        hasProtectedIdentity: persons.hasProtectedIdentity,
        version: persons.version,
      },
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .innerJoin(creator, eq(creator.id, cases.createdByUserId))
    .innerJoin(organisations, eq(organisations.id, cases.createdByOrganisationId))
    .leftJoin(lead, eq(lead.id, cases.leadUserId))
    .where(eq(cases.id, id));
  if (!row) return undefined;
  const iso = (d: Date | null) => (d === null ? null : d.toISOString());
  return {
    ...row,
    ...toSummary(row),
    indicators: row.indicators as Indicator[],
    riskLevel: row.riskLevel as RiskLevel | null,
    riskAssessedAt: iso(row.riskAssessedAt),
    longTermPath: row.longTermPath as LongTermPath | null,
    closureOutcome: row.closureOutcome as ClosureOutcome | null,
    closedAt: iso(row.closedAt),
    updatedAt: row.updatedAt.toISOString(),
    person: { ...row.person, gender: row.person.gender as Gender },
  } satisfies Omit<CaseDetail, 'access' | 'can'>;
}

/** The next sequence number of the year; the row lock makes concurrent creates take turns. */
export async function nextCaseSequence(tx: Tx, year: number): Promise<number> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: caseNumberCounters.year, set: { last: sql`${caseNumberCounters.last} + 1` } })
    .returning({ last: caseNumberCounters.last });
  return row!.last;
}

export interface NewCase {
  reference: string;
  regionCode: PoliceRegion;
  countyCode: string;
  municipalityCode: string;
  exploitationForms: ExploitationForm[];
  indicators: Indicator[];
  person: PersonFields;
  leadUserId: string | null;
  createdByUserId: string;
  createdByOrganisationId: string;
}

export async function insertCase(tx: Tx, c: NewCase): Promise<string> {
  const [person] = await tx
    .insert(persons)
    .values(c.person)
    .returning({ id: persons.id });
  const [created] = await tx
    .insert(cases)
    .values({
      reference: c.reference,
      personId: person!.id,
      regionCode: c.regionCode,
      countyCode: c.countyCode,
      municipalityCode: c.municipalityCode,
      exploitationForms: c.exploitationForms,
      indicators: c.indicators,
      leadUserId: c.leadUserId,
      createdByUserId: c.createdByUserId,
      createdByOrganisationId: c.createdByOrganisationId,
    })
    .returning({ id: cases.id });
  return created!.id;
}
