import { asc, eq, inArray } from 'drizzle-orm';
import type { CasePhase, MeasureStatus } from '../../src/shared/enums.ts';
import type { Db } from '../../src/server/db/client.ts';
import { cases, measures, notifications, tasks } from '../../src/server/db/schema/index.ts';

/** A task straight into the database, as the tasks module would store it. */
export async function insertTask(
  db: Db,
  options: { caseId: string; createdByUserId: string; dueOn: string | null; assigneeUserId?: string | null; isDone?: boolean; title?: string },
): Promise<string> {
  const [row] = await db
    .insert(tasks)
    .values({
      caseId: options.caseId,
      title: options.title ?? 'Boka tolk till samtalet',
      dueOn: options.dueOn,
      assigneeUserId: options.assigneeUserId ?? null,
      doneAt: options.isDone ? new Date() : null,
      doneByUserId: options.isDone ? options.createdByUserId : null,
      createdByUserId: options.createdByUserId,
    })
    .returning({ id: tasks.id });
  return row!.id;
}

/**
 * A permit measure: a reflection-period permit decided on `decidedOn` (ending 30 days later, as
 * the measures module computes it), or a temporary residence permit expiring on `expiresOn`.
 */
export async function insertPermit(
  db: Db,
  options: { caseId: string; createdByUserId: string; status?: MeasureStatus } & (
    | { type: 'reflection_period_permit'; decidedOn: string; endOn?: string | null }
    | { type: 'temporary_residence_permit'; expiresOn: string }
  ),
): Promise<string> {
  const dates =
    options.type === 'reflection_period_permit'
      ? { startOn: options.decidedOn, endOn: options.endOn === undefined ? plusDays(options.decidedOn, 30) : options.endOn }
      : { startOn: null, endOn: options.expiresOn };
  const [row] = await db
    .insert(measures)
    .values({ caseId: options.caseId, type: options.type, status: options.status ?? 'active', ...dates, createdByUserId: options.createdByUserId })
    .returning({ id: measures.id });
  return row!.id;
}

export async function setCase(db: Db, caseId: string, change: { phase?: CasePhase; leadUserId?: string | null }): Promise<void> {
  await db.update(cases).set(change).where(eq(cases.id, caseId));
}

export function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Noon in Stockholm on a date, well clear of midnight in any season. */
export function noonOn(date: string): Date {
  return new Date(`${date}T10:00:00Z`);
}

/** The reminders about these subjects, oldest first. */
export async function remindersAbout(db: Db, subjectIds: string[]) {
  return db
    .select()
    .from(notifications)
    .where(inArray(notifications.subjectId, subjectIds))
    .orderBy(asc(notifications.createdAt), asc(notifications.dedupeKey));
}
