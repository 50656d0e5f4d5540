import { type SQL, and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { persons } from '../persons/persons.schema.ts';
import { cases } from './cases.schema.ts';

/** The year a case was opened in Sweden, so a case opened just after New Year's midnight counts in the new year. */
const yearOpened = sql<number>`min(extract(year from ${cases.createdAt} at time zone 'Europe/Stockholm'))::int`;

export interface IdentifiedPersonRow {
  gender: string;
  birthYear: number | null;
  isChild: boolean;
  /** The first recorded citizenship. */
  citizenship: string | null;
  /** The year of the person's first case inside the scope. */
  year: number;
  /** Every form of every case of the person inside the scope, comma-separated (may repeat). */
  forms: string;
}

/**
 * One row per person with a case inside `scope`, persons with protected identity left out here,
 * in the statement: never read, so never exported. Only the pseudonymised record's coded fields are
 * read (no code name, no id, nothing free-text). The years bound the first case's year.
 */
export async function identifiedPersonRows(db: Db, scope: SQL, years: { fromYear?: number | undefined; toYear?: number | undefined }): Promise<IdentifiedPersonRow[]> {
  const bounds = [
    years.fromYear === undefined ? undefined : sql`${yearOpened} >= ${years.fromYear}`,
    years.toYear === undefined ? undefined : sql`${yearOpened} <= ${years.toYear}`,
  ];
  return db
    .select({
      gender: persons.gender,
      birthYear: persons.birthYear,
      isChild: persons.isChild,
      citizenship: sql<string | null>`${persons.citizenships}[1]`,
      year: yearOpened,
      forms: sql<string>`string_agg(array_to_string(${cases.exploitationForms}, ','), ',')`,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(scope, eq(persons.hasProtectedIdentity, false)))
    .groupBy(persons.id)
    .having(and(sql`true`, ...bounds.filter((b) => b !== undefined)));
}
