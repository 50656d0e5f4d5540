import { type SQL, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ClosureOutcome, Gender, Indicator, LongTermPath, RiskLevel } from '../../../shared/enums.ts';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { Db, Tx } from '../../db/client.ts';
import { organisations, users } from '../../db/schema/identity.ts';
import { persons } from '../persons/persons.schema.ts';
import { cases } from './cases.schema.ts';
import { summaryColumns, toSummary } from './cases.queries.ts';

const lead = alias(users, 'lead');
const creator = alias(users, 'creator');

/** The columns of a case's own record, as the case view shows it. */
const caseRecordColumns = {
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
  sourceConsultationId: cases.sourceConsultationId,
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
};

/** A case's own record as the API presents it (without the caller's access and abilities). */
export type CaseRecord = Omit<CaseDetail, 'access' | 'can'>;

/**
 * Selects a case's record and `more` columns from the case and its person, creator and lead; the
 * caller adds the where. The case view reads its access facts here too, in the same statement.
 */
export function selectCaseRecord<More extends Record<string, SQL.Aliased | SQL>>(db: Db | Tx, more: More) {
  return db
    .select({ ...caseRecordColumns, ...more })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .innerJoin(creator, eq(creator.id, cases.createdByUserId))
    .innerJoin(organisations, eq(organisations.id, cases.createdByOrganisationId))
    .leftJoin(lead, eq(lead.id, cases.leadUserId));
}

/** A row of selectCaseRecord, whatever else it selects. */
type CaseRecordRow = Awaited<ReturnType<typeof selectCaseRecord<Record<never, never>>>>[number];

/** The record of a row of selectCaseRecord; other columns of the row are left out. */
export function toCaseRecord(row: CaseRecordRow): CaseRecord {
  const iso = (d: Date | null) => (d === null ? null : d.toISOString());
  return {
    ...toSummary(row),
    countyCode: row.countyCode,
    indicators: row.indicators as Indicator[],
    isPresumptiveVictim: row.isPresumptiveVictim,
    riskLevel: row.riskLevel as RiskLevel | null,
    riskAssessedAt: iso(row.riskAssessedAt),
    policeReportReference: row.policeReportReference,
    noPoliceReportReason: row.noPoliceReportReason,
    longTermPath: row.longTermPath as LongTermPath | null,
    closureOutcome: row.closureOutcome as ClosureOutcome | null,
    closureReason: row.closureReason,
    closedAt: iso(row.closedAt),
    leadUserId: row.leadUserId,
    leadName: row.leadName,
    sourceConsultationId: row.sourceConsultationId,
    createdByName: row.createdByName,
    createdByOrganisation: row.createdByOrganisation,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    person: { ...row.person, gender: row.person.gender as Gender },
  };
}

/** The case's own record, read after the access check (findCaseAccess) has let the actor in. */
export async function findCaseRecord(db: Db | Tx, id: string): Promise<CaseRecord | undefined> {
  const [row] = await selectCaseRecord(db, {}).where(eq(cases.id, id));
  return row ? toCaseRecord(row) : undefined;
}
