import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { memberships, organisations } from '../../db/schema/identity.ts';
import { calls } from '../calls/calls.schema.ts';
import { cases } from '../cases/cases.schema.ts';
import { legalBases } from '../case-team/team.schema.ts';
import { consultations } from '../consultations/consultations.schema.ts';
import { personMatchKeys } from '../duplicates/duplicates.schema.ts';
import { journalEntries } from '../journal/journal.schema.ts';
import { measures } from '../measures/measures.schema.ts';
import { personIdentities, persons } from '../persons/persons.schema.ts';

/**
 * The register extract gathers one person's records from every module in one place (a reviewed
 * table read, eslint.config.js): the DPO's task is "every record about this person", which no
 * module's scope answers, and a service call per record would read the same rows many times.
 */

type Reader = Db | Tx;

/** The persons holding any of these keyed hashes of the given kind. */
export async function personsWithKeys(db: Reader, kind: string, keys: readonly { keyId: string; hash: string }[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectDistinct({ personId: personMatchKeys.personId })
    .from(personMatchKeys)
    .where(and(eq(personMatchKeys.kind, kind), or(...keys.map((key) => and(eq(personMatchKeys.keyId, key.keyId), eq(personMatchKeys.hash, key.hash))))));
  return rows.map((row) => row.personId);
}

/** The stored (encrypted) full names of these persons, to compare a name search exactly. */
export async function encryptedNamesOf(db: Reader, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db.select({ personId: personIdentities.personId, fullName: personIdentities.fullName }).from(personIdentities).where(inArray(personIdentities.personId, [...personIds]));
}

/** The persons found, with their cases' references, for the officer to pick from. */
export async function matchesOf(db: Reader, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({
      personId: persons.id,
      codeName: persons.codeName,
      birthYear: persons.birthYear,
      hasProtectedIdentity: persons.hasProtectedIdentity,
      caseReferences: sql<string[]>`coalesce(array_agg(${cases.reference} order by ${cases.reference}) filter (where ${cases.id} is not null), '{}')`,
    })
    .from(persons)
    .leftJoin(cases, eq(cases.personId, persons.id))
    .where(inArray(persons.id, [...personIds]))
    .groupBy(persons.id)
    .orderBy(asc(persons.codeName));
}

const organisationColumns = { organisationName: organisations.name, organisationType: organisations.type };

/** Everything held about one person: the person, the identity, the cases and what hangs on them. */
export async function personRecords(db: Reader, personId: string) {
  const [person] = await db.select().from(persons).where(eq(persons.id, personId));
  if (!person) return undefined;
  const [identity] = await db.select().from(personIdentities).where(eq(personIdentities.personId, personId));
  const personCases = await db
    .select({ theCase: cases, ...organisationColumns })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.createdByOrganisationId))
    .where(eq(cases.personId, personId))
    .orderBy(asc(cases.createdAt));
  const caseIds = personCases.map((row) => row.theCase.id);
  const consultationIds = personCases.flatMap((row) => (row.theCase.sourceConsultationId ? [row.theCase.sourceConsultationId] : []));
  const none = caseIds.length === 0;
  const bases = none
    ? []
    : await db.select({ basis: legalBases, ...organisationColumns }).from(legalBases).innerJoin(organisations, eq(organisations.id, legalBases.organisationId)).where(inArray(legalBases.caseId, caseIds)).orderBy(asc(legalBases.recordedAt));
  const sourceConsultations = consultationIds.length === 0 ? [] : await db.select().from(consultations).where(inArray(consultations.id, consultationIds));
  const caseCalls = none
    ? []
    : await db
        .select()
        .from(calls)
        .where(or(inArray(calls.caseId, caseIds), consultationIds.length === 0 ? undefined : inArray(calls.consultationId, consultationIds)))
        .orderBy(asc(calls.startedAt));
  const entries = none
    ? []
    : await db
        .select({ entry: journalEntries, ...organisationColumns })
        .from(journalEntries)
        .innerJoin(organisations, eq(organisations.id, journalEntries.authorOrganisationId))
        .where(inArray(journalEntries.caseId, caseIds))
        .orderBy(asc(journalEntries.createdAt));
  const caseMeasures = none ? [] : await db.select().from(measures).where(inArray(measures.caseId, caseIds)).orderBy(asc(measures.createdAt));
  return { person, identity, cases: personCases, legalBases: bases, consultations: sourceConsultations, calls: caseCalls, journalEntries: entries, measures: caseMeasures };
}
export type PersonRecords = NonNullable<Awaited<ReturnType<typeof personRecords>>>;

export interface AccessRow {
  at: Date;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  organisations: string[];
  organisationTypes: string[];
  roles: string[];
}

/**
 * The audit log's rows about these records (cases, consultations, calls), and the reads of the
 * person's identity, with the organisations and roles the acting user holds: who has seen it.
 */
export async function accessesOf(db: Reader, subjects: { case: string[]; consultation: string[]; call: string[] }, personId: string): Promise<AccessRow[]> {
  const about = (type: string, ids: string[]) => (ids.length === 0 ? undefined : and(eq(auditEvents.subjectType, type), inArray(auditEvents.subjectId, ids)));
  const rows = await db
    .select({
      at: auditEvents.occurredAt,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      organisations: sql<string[]>`coalesce(array_agg(distinct ${organisations.name}) filter (where ${organisations.id} is not null), '{}')`,
      organisationTypes: sql<string[]>`coalesce(array_agg(distinct ${organisations.type}) filter (where ${organisations.id} is not null), '{}')`,
      roles: sql<string[]>`coalesce(array_agg(distinct r.role) filter (where r.role is not null), '{}')`,
    })
    .from(auditEvents)
    .leftJoin(memberships, eq(memberships.userId, auditEvents.actorUserId))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(sql`lateral unnest(${memberships.roles}) as r(role)`, sql`true`)
    .where(
      or(
        about('case', subjects.case),
        about('consultation', subjects.consultation),
        about('call', subjects.call),
        and(inArray(auditEvents.action, ['identity.read', 'identity.update', 'person.update']), sql`${auditEvents.details}->>'personId' = ${personId}`),
      ),
    )
    .groupBy(auditEvents.id)
    .orderBy(asc(auditEvents.id));
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}
