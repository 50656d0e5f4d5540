import { type SQL, and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, organisations, users } from '../../db/schema/identity.ts';
import type { Actor } from '../../platform/actor.ts';
import { cases } from '../cases/cases.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import { caseScope } from '../cases/cases.policy.ts';
import { returnScope } from './returns.policy.ts';
import { returnApplications, returnMilestones } from './returns.schema.ts';

/** The columns of an application as presented, with whether the actor also sees its case. */
function applicationColumns(actor: Actor) {
  return {
    id: returnApplications.id,
    caseId: returnApplications.caseId,
    caseReference: cases.reference,
    leadUserId: cases.leadUserId,
    inCaseScope: sql<boolean>`(${caseScope(actor)})`,
    status: returnApplications.status,
    countryCode: returnApplications.countryCode,
    reasons: returnApplications.reasons,
    travelDocumentStatus: returnApplications.travelDocumentStatus,
    consentGiven: returnApplications.consentGiven,
    consentOn: returnApplications.consentOn,
    codeName: persons.codeName,
    birthYear: persons.birthYear,
    gender: persons.gender,
    citizenships: persons.citizenships,
    languages: persons.languages,
    referredByUserId: returnApplications.referredByUserId,
    referredAt: returnApplications.referredAt,
    decidedAt: returnApplications.decidedAt,
    declineReason: returnApplications.declineReason,
    withdrawReason: returnApplications.withdrawReason,
    endReason: returnApplications.endReason,
    endNote: returnApplications.endNote,
    endedAt: returnApplications.endedAt,
    iomOrganisationId: returnApplications.iomOrganisationId,
    iomOrganisationName: organisations.name,
    journeyOn: returnApplications.journeyOn,
    arrivedOn: returnApplications.arrivedOn,
    version: returnApplications.version,
  };
}

export type ApplicationRow = Awaited<ReturnType<typeof findApplications>>[number];

/** Applications inside the actor's return scope matching the condition, the newest first. */
export async function findApplications(db: Db | Tx, actor: Actor, where: SQL | undefined) {
  return db
    .select(applicationColumns(actor))
    .from(returnApplications)
    .innerJoin(cases, eq(cases.id, returnApplications.caseId))
    .innerJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(organisations, eq(organisations.id, returnApplications.iomOrganisationId))
    .where(and(returnScope(actor), where))
    .orderBy(desc(returnApplications.referredAt), desc(returnApplications.id));
}

/** One application in the actor's scope, locked for a change. Undefined outside the scope. */
export async function lockApplication(tx: Tx, actor: Actor, unverifiedId: string): Promise<ApplicationRow | undefined> {
  const [row] = await tx
    .select(applicationColumns(actor))
    .from(returnApplications)
    .innerJoin(cases, eq(cases.id, returnApplications.caseId))
    .innerJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(organisations, eq(organisations.id, returnApplications.iomOrganisationId))
    .where(and(eq(returnApplications.id, unverifiedId), returnScope(actor)))
    .for('update', { of: returnApplications });
  return row;
}

export async function findMilestones(db: Db | Tx, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(returnMilestones)
    .where(inArray(returnMilestones.applicationId, applicationIds))
    .orderBy(asc(returnMilestones.dueOn), asc(returnMilestones.kind));
}

export type MilestoneRow = typeof returnMilestones.$inferSelect;

export async function insertApplication(tx: Tx, values: typeof returnApplications.$inferInsert): Promise<string> {
  const [row] = await tx.insert(returnApplications).values(values).returning({ id: returnApplications.id });
  return row!.id;
}

/** Changes an application (already locked), bumping its version. */
export async function updateApplication(tx: Tx, id: string, changes: Partial<typeof returnApplications.$inferInsert>): Promise<void> {
  await tx
    .update(returnApplications)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${returnApplications.version} + 1` })
    .where(eq(returnApplications.id, id));
}

export async function insertMilestones(tx: Tx, applicationId: string, rows: { kind: string; dueOn: string }[]): Promise<string[]> {
  const inserted = await tx
    .insert(returnMilestones)
    .values(rows.map((row) => ({ applicationId, ...row })))
    .returning({ id: returnMilestones.id });
  return inserted.map((row) => row.id);
}

/** Records an open milestone as done; undefined when it is not open (already recorded, or none). */
export async function completeMilestone(
  tx: Tx,
  applicationId: string,
  kind: string,
  values: Partial<Pick<MilestoneRow, 'housing' | 'income' | 'health' | 'safety' | 'socialNetwork' | 'note'>> & { doneByUserId: string },
): Promise<string | undefined> {
  const [row] = await tx
    .update(returnMilestones)
    .set({ ...values, doneAt: sql`now()` })
    .where(and(eq(returnMilestones.applicationId, applicationId), eq(returnMilestones.kind, kind), isNull(returnMilestones.doneAt)))
    .returning({ id: returnMilestones.id });
  return row?.id;
}

/** Removes the milestones not yet done (the participation ended early); answers their ids. */
export async function cancelOpenMilestones(tx: Tx, applicationId: string): Promise<string[]> {
  const removed = await tx
    .delete(returnMilestones)
    .where(and(eq(returnMilestones.applicationId, applicationId), isNull(returnMilestones.doneAt)))
    .returning({ id: returnMilestones.id });
  return removed.map((row) => row.id);
}

/**
 * Serialises referrals of one case until the transaction ends, so two at once cannot both pass
 * the "none in the programme" check (the partial unique index would then refuse the second).
 */
export async function lockCaseReferrals(tx: Tx, caseId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`return-referral:${caseId}`}, 0))`);
}

/** Whether the case has an application still in the programme. */
export async function hasActiveApplication(db: Db | Tx, caseId: string, activeStatuses: readonly string[]): Promise<boolean> {
  const [row] = await db
    .select({ id: returnApplications.id })
    .from(returnApplications)
    .where(and(eq(returnApplications.caseId, caseId), inArray(returnApplications.status, [...activeStatuses])))
    .limit(1);
  return row !== undefined;
}

/**
 * The programme list's row and order (overdue milestones first, then the next due date, then the
 * newest referral), as of `today`; the list and its export both read through these.
 */
function programmeList(actor: Actor, today: string) {
  const nextDue = sql<string | null>`(select to_char(min(m.due_on), 'YYYY-MM-DD') from ${returnMilestones} m
    where m.application_id = ${returnApplications.id} and m.done_at is null)`;
  const nextDueKind = sql<string | null>`(select m.kind from ${returnMilestones} m
    where m.application_id = ${returnApplications.id} and m.done_at is null order by m.due_on, m.kind limit 1)`;
  const overdue = sql<number>`(select count(*)::int from ${returnMilestones} m
    where m.application_id = ${returnApplications.id} and m.done_at is null and m.due_on < ${today}::date)`;
  return {
    columns: {
      id: returnApplications.id,
      caseId: returnApplications.caseId,
      caseReference: cases.reference,
      inCaseScope: sql<boolean>`(${caseScope(actor)})`,
      codeName: persons.codeName,
      status: returnApplications.status,
      countryCode: returnApplications.countryCode,
      iomOrganisationName: organisations.name,
      nextDueOn: nextDue,
      nextDueKind,
      overdueCount: overdue,
    },
    order: [sql`${overdue} > 0 desc`, sql`${nextDue} asc nulls last`, desc(returnApplications.referredAt), desc(returnApplications.id)],
  };
}

/** The applications of the programme list inside the return scope, joined as the list reads them. */
function selectProgrammeList(db: Db, actor: Actor, today: string, where?: SQL) {
  const { columns, order } = programmeList(actor, today);
  return db
    .select(columns)
    .from(returnApplications)
    .innerJoin(cases, eq(cases.id, returnApplications.caseId))
    .innerJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(organisations, eq(organisations.id, returnApplications.iomOrganisationId))
    .where(and(returnScope(actor), where))
    .orderBy(...order);
}

export type ProgrammeListRow = Awaited<ReturnType<typeof listApplications>>[number];

/** The national list (or an IOM organisation's): overdue milestones first, then the next due date. */
export async function listApplications(db: Db, actor: Actor, today: string) {
  return selectProgrammeList(db, actor, today).limit(500);
}

/** The ids of every application of the programme list (no cap: an export holds them all), in its order. */
export async function programmeListIds(db: Db, actor: Actor, today: string): Promise<string[]> {
  const rows = await selectProgrammeList(db, actor, today);
  return rows.map((row) => row.id);
}

/** The list rows of these applications that are still inside the return scope, in the order of `ids`. */
export async function programmeListRowsOf(db: Db, actor: Actor, today: string, ids: string[]): Promise<ProgrammeListRow[]> {
  const rows = await selectProgrammeList(db, actor, today, inArray(returnApplications.id, ids));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The active IOM organisations: the only ones ever offered as receivers. */
export async function listActiveIomOrganisations(db: Db | Tx) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.type, 'iom'), eq(organisations.isActive, true)))
    .orderBy(asc(organisations.name), asc(organisations.id));
}

/** Active members holding the role, in the organisation or anywhere. */
export async function activeMembersWithRole(db: Db | Tx, role: string, organisationId?: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        sql`${role} = any(${memberships.roles})`,
        eq(users.isActive, true),
        organisationId === undefined ? undefined : eq(memberships.organisationId, organisationId),
      ),
    );
  return rows.map((row) => row.id);
}
