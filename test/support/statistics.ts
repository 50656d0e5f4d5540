import type { CallerCategory, ExploitationForm, Gender, PoliceRegion } from '../../src/shared/enums.ts';
import type { Db } from '../../src/server/db/client.ts';
import { calls, cases, persons } from '../../src/server/db/schema/index.ts';
import { municipalityOf } from './dashboard.ts';

let sequence = 0;

export interface StatisticsCase {
  regionCode: PoliceRegion;
  createdAt: Date;
  forms?: ExploitationForm[];
  gender?: Gender;
  birthYear?: number | null;
  citizenships?: string[];
  sourceConsultationId?: string;
}

/** `count` cases (each with its own person) inserted straight into the tables, for counting. */
export async function insertCases(db: Db, createdBy: { id: string; organisationId: string }, count: number, c: StatisticsCase): Promise<string[]> {
  if (count === 0) return [];
  const people = await db
    .insert(persons)
    .values(
      Array.from({ length: count }, () => ({
        codeName: `Stat ${++sequence}`,
        birthYear: c.birthYear === undefined ? 1990 : c.birthYear,
        gender: c.gender ?? 'female',
        citizenships: c.citizenships ?? ['RO'],
        isChild: false,
      })),
    )
    .returning({ id: persons.id });
  const rows = await db
    .insert(cases)
    .values(
      people.map((person) => ({
        reference: `NMT-2098-${String(++sequence).padStart(6, '0')}${Math.random().toString(36).slice(2, 6)}`,
        personId: person.id,
        regionCode: c.regionCode,
        ...municipalityOf[c.regionCode],
        exploitationForms: c.forms ?? ['sexual_purposes'],
        createdByUserId: createdBy.id,
        createdByOrganisationId: createdBy.organisationId,
        createdAt: c.createdAt,
        sourceConsultationId: c.sourceConsultationId ?? null,
      })),
    )
    .returning({ id: cases.id });
  return rows.map((r) => r.id);
}

/** `count` support-line calls from one kind of caller. */
export async function insertCalls(
  db: Db,
  operatorUserId: string,
  count: number,
  c: { regionCode: PoliceRegion | null; startedAt: Date; callerCategory: CallerCategory },
): Promise<void> {
  await db.insert(calls).values(Array.from({ length: count }, () => ({ operatorUserId, topic: 'other', ...c })));
}
