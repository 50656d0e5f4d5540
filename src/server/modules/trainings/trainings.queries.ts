import { type SQL, and, asc, desc, eq, gt, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { trainingRegistrations as registrations, trainings } from './trainings.schema.ts';

export type TrainingRow = typeof trainings.$inferSelect;
export type TrainingInsert = typeof trainings.$inferInsert;
export type RegistrationRow = typeof registrations.$inferSelect;
export type RegistrationInsert = typeof registrations.$inferInsert;
export type TrainingChanges = Partial<
  Pick<
    TrainingInsert,
    | 'title'
    | 'description'
    | 'audiences'
    | 'format'
    | 'place'
    | 'onlineUrl'
    | 'startsAt'
    | 'endsAt'
    | 'regionCode'
    | 'capacity'
    | 'registrationDeadline'
    | 'status'
    | 'evaluationCount'
    | 'evaluationAverage'
    | 'evaluationComments'
  >
>;

// Written out in SQL: inside a select of one table Drizzle leaves columns unqualified, and the
// subquery must name the outer event's id.
const countOf = (condition: string) =>
  sql<number>`(select count(*) from training_registrations r where r.training_id = "trainings"."id" and ${sql.raw(condition)})::int`;

/** The event with its counts of seats taken, waiting registrants and attendance. */
const withCounts = {
  training: trainings,
  confirmed: countOf("r.status = 'confirmed'"),
  waiting: countOf("r.status = 'waiting'"),
  attended: countOf("r.status = 'confirmed' and r.attended = true"),
};
export interface TrainingWithCounts {
  training: TrainingRow;
  confirmed: number;
  waiting: number;
  attended: number;
  /** Within the organiser's scope; true where only such events are read. */
  canManage?: boolean;
}

/** `scope` is trainingsPolicy's trainingListScope, `manageScope` its trainingScope (the events the caller organises). */
export async function listTrainingsWithCounts(db: Db | Tx, scope: SQL, manageScope: SQL, when: 'upcoming' | 'past', now: Date): Promise<TrainingWithCounts[]> {
  const query = db.select({ ...withCounts, canManage: sql<boolean>`coalesce((${manageScope}), false)` }).from(trainings);
  return when === 'upcoming'
    ? query.where(and(scope, gt(trainings.endsAt, now))).orderBy(asc(trainings.startsAt), asc(trainings.id))
    : query.where(and(scope, lte(trainings.endsAt, now))).orderBy(desc(trainings.startsAt), asc(trainings.id));
}

export async function findTrainingWithCounts(db: Db | Tx, scope: SQL, trainingId: string): Promise<TrainingWithCounts | undefined> {
  const [row] = await db
    .select(withCounts)
    .from(trainings)
    .where(and(scope, eq(trainings.id, trainingId)));
  return row;
}

/** Published events that have not ended, soonest first. */
export async function listPublishedTrainings(db: Db | Tx, now: Date): Promise<TrainingWithCounts[]> {
  return db
    .select(withCounts)
    .from(trainings)
    .where(and(eq(trainings.status, 'published'), gt(trainings.endsAt, now)))
    .orderBy(asc(trainings.startsAt), asc(trainings.id));
}

export async function findPublishedTraining(db: Db | Tx, trainingId: string): Promise<TrainingWithCounts | undefined> {
  const [row] = await db
    .select(withCounts)
    .from(trainings)
    .where(and(eq(trainings.id, trainingId), eq(trainings.status, 'published')));
  return row;
}

/**
 * The event, locked until the transaction ends: every change to its seats (a registration, a
 * cancellation, a new capacity) takes this lock first, so concurrent ones never overfill it.
 */
export async function lockTraining(tx: Tx, trainingId: string, scope: SQL = sql`true`): Promise<TrainingRow | undefined> {
  const [row] = await tx
    .select()
    .from(trainings)
    .where(and(scope, eq(trainings.id, trainingId)))
    .for('update');
  return row;
}

export async function insertTraining(tx: Tx, values: TrainingInsert): Promise<string> {
  const [row] = await tx.insert(trainings).values(values).returning({ id: trainings.id });
  return row!.id;
}

/** Changes the event if it still has the expected version; the new version, or undefined. */
export async function updateTrainingFields(tx: Tx, trainingId: string, expectedVersion: number, changes: TrainingChanges): Promise<number | undefined> {
  const [row] = await tx
    .update(trainings)
    .set({ ...changes, version: sql`${trainings.version} + 1` })
    .where(and(eq(trainings.id, trainingId), eq(trainings.version, expectedVersion)))
    .returning({ version: trainings.version });
  return row?.version;
}

export async function countConfirmed(tx: Tx, trainingId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.trainingId, trainingId), eq(registrations.status, 'confirmed')));
  return Number(row?.n ?? 0);
}

export async function findActiveRegistrationByEmail(tx: Tx, trainingId: string, email: string): Promise<RegistrationRow | undefined> {
  const [row] = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.trainingId, trainingId), eq(registrations.email, email), ne(registrations.status, 'cancelled')));
  return row;
}

export async function hasActiveRegistration(tx: Tx, trainingId: string, email: string): Promise<boolean> {
  return (await findActiveRegistrationByEmail(tx, trainingId, email)) !== undefined;
}

/** A new link for the registration: the old token stops working. */
export async function setCancelTokenHash(tx: Tx, registrationId: string, tokenHash: string): Promise<void> {
  await tx.update(registrations).set({ cancelTokenHash: tokenHash }).where(eq(registrations.id, registrationId));
}

/**
 * Registered at the moment of the insert (under the event's lock), not when the transaction began:
 * the waiting list's order is the order registrations got their turn.
 */
export async function insertRegistration(tx: Tx, values: Omit<RegistrationInsert, 'registeredAt'>): Promise<RegistrationRow> {
  const [row] = await tx
    .insert(registrations)
    .values({ ...values, registeredAt: sql`clock_timestamp()` })
    .returning();
  return row!;
}

const statusOrder = sql`case ${registrations.status} when 'confirmed' then 0 when 'waiting' then 1 else 2 end`;

/** Every registration of the event: seats first, then the waiting list in order, then cancelled ones. */
export async function listRegistrationsOf(db: Db | Tx, trainingId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(eq(registrations.trainingId, trainingId))
    .orderBy(statusOrder, asc(registrations.registeredAt), asc(registrations.id));
}

/** A registration of an event within the organiser's scope. */
export async function findRegistration(db: Db | Tx, scope: SQL, trainingId: string, registrationId: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select({ registration: registrations })
    .from(registrations)
    .innerJoin(trainings, eq(trainings.id, registrations.trainingId))
    .where(and(scope, eq(registrations.id, registrationId), eq(registrations.trainingId, trainingId)));
  return row?.registration;
}

/** A signed-in registrant's registrations with their events, latest event first. */
export async function listRegistrationsOfUser(db: Db | Tx, userId: string): Promise<{ registration: RegistrationRow; training: TrainingRow }[]> {
  return db
    .select({ registration: registrations, training: trainings })
    .from(registrations)
    .innerJoin(trainings, eq(trainings.id, registrations.trainingId))
    .where(eq(registrations.userId, userId))
    .orderBy(desc(trainings.startsAt), desc(registrations.registeredAt));
}

/** The signed-in user's registration of the event that is not cancelled. */
export async function findActiveRegistrationOfUser(db: Db | Tx, trainingId: string, userId: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.trainingId, trainingId), eq(registrations.userId, userId), ne(registrations.status, 'cancelled')));
  return row;
}

export async function findRegistrationByTokenHash(db: Db | Tx, tokenHash: string): Promise<{ registration: RegistrationRow; training: TrainingRow } | undefined> {
  const [row] = await db
    .select({ registration: registrations, training: trainings })
    .from(registrations)
    .innerJoin(trainings, eq(trainings.id, registrations.trainingId))
    .where(eq(registrations.cancelTokenHash, tokenHash));
  return row;
}

/** Place on the waiting list, from 1 (by registration time, then id). */
export async function waitingPositionOf(db: Db | Tx, registration: RegistrationRow): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(
      and(
        eq(registrations.trainingId, registration.trainingId),
        eq(registrations.status, 'waiting'),
        or(
          sql`${registrations.registeredAt} < ${registration.registeredAt}`,
          and(eq(registrations.registeredAt, registration.registeredAt), sql`${registrations.id} < ${registration.id}`),
        ),
      ),
    );
  return Number(row?.n ?? 0) + 1;
}

/** The first `n` on the waiting list, in order. */
export async function firstWaiting(tx: Tx, trainingId: string, n: number): Promise<RegistrationRow[]> {
  if (n <= 0) return [];
  return tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.trainingId, trainingId), eq(registrations.status, 'waiting')))
    .orderBy(asc(registrations.registeredAt), asc(registrations.id))
    .limit(n);
}

export async function activeRegistrationsOf(tx: Tx, trainingId: string): Promise<RegistrationRow[]> {
  return tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.trainingId, trainingId), ne(registrations.status, 'cancelled')));
}

export async function setRegistrationsStatus(tx: Tx, ids: readonly string[], status: 'confirmed' | 'cancelled'): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(registrations)
    .set(status === 'cancelled' ? { status, cancelledAt: sql`now()` } : { status })
    .where(inArray(registrations.id, [...ids]));
}

export async function setAttendance(tx: Tx, registrationId: string, attended: boolean): Promise<void> {
  await tx.update(registrations).set({ attended }).where(eq(registrations.id, registrationId));
}
