import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/identity.ts';
import { tasks } from './tasks.schema.ts';

const assignee = alias(users, 'assignee');
const doneBy = alias(users, 'done_by');
const creator = alias(users, 'creator');

/** The columns of a task as listed; `today` is the date in Sweden, for isOverdue. */
function taskColumns(today: string) {
  return {
    id: tasks.id,
    title: tasks.title,
    assigneeUserId: tasks.assigneeUserId,
    assigneeName: assignee.name,
    dueOn: tasks.dueOn,
    isOverdue: sql<boolean>`(${tasks.doneAt} is null and ${tasks.dueOn} is not null and ${tasks.dueOn} < ${today}::date)`,
    doneAt: tasks.doneAt,
    doneByName: doneBy.name,
    createdByName: creator.name,
    createdAt: tasks.createdAt,
    version: tasks.version,
  };
}

export type TaskRow = Awaited<ReturnType<typeof listTasks>>[number];

/**
 * The tasks of a case: open ones first, the earliest due first and those without a date last;
 * then the done ones, the most recently done first. Call only after requireCaseAccess.
 */
export async function listTasks(db: Db | Tx, caseId: string, today: string, taskId?: string) {
  return db
    .select(taskColumns(today))
    .from(tasks)
    .innerJoin(creator, eq(creator.id, tasks.createdByUserId))
    .leftJoin(assignee, eq(assignee.id, tasks.assigneeUserId))
    .leftJoin(doneBy, eq(doneBy.id, tasks.doneByUserId))
    .where(and(eq(tasks.caseId, caseId), taskId === undefined ? undefined : eq(tasks.id, taskId)))
    .orderBy(
      sql`${tasks.doneAt} is not null`,
      sql`${tasks.dueOn} asc nulls last`,
      sql`${tasks.doneAt} desc nulls last`,
      asc(tasks.createdAt),
      asc(tasks.id),
    );
}

export async function findTask(db: Db | Tx, caseId: string, taskId: string, today: string): Promise<TaskRow | undefined> {
  const [row] = await listTasks(db, caseId, today, taskId);
  return row;
}

/** A task of the case, locked for an update. */
export async function lockTask(tx: Tx, caseId: string, taskId: string) {
  const [row] = await tx
    .select({
      id: tasks.id,
      title: tasks.title,
      assigneeUserId: tasks.assigneeUserId,
      dueOn: tasks.dueOn,
      doneAt: tasks.doneAt,
      version: tasks.version,
    })
    .from(tasks)
    .where(and(eq(tasks.caseId, caseId), eq(tasks.id, taskId)))
    .for('update');
  return row;
}

export async function insertTask(
  tx: Tx,
  values: { caseId: string; title: string; assigneeUserId: string | null; dueOn: string | null; createdByUserId: string },
): Promise<string> {
  const [row] = await tx.insert(tasks).values(values).returning({ id: tasks.id });
  return row!.id;
}

export interface TaskChanges {
  title?: string;
  assigneeUserId?: string | null;
  dueOn?: string | null;
  /** true: done now by this user; null: open again. */
  doneByUserId?: string | null;
}

/** Applies the changes from the expected version; undefined when the task has another version. */
export async function updateTask(tx: Tx, taskId: string, expectedVersion: number, changes: TaskChanges): Promise<number | undefined> {
  const { doneByUserId, ...fields } = changes;
  const [updated] = await tx
    .update(tasks)
    .set({
      ...fields,
      ...(doneByUserId === undefined ? {} : { doneByUserId, doneAt: doneByUserId === null ? null : sql`now()` }),
      updatedAt: sql`now()`,
      version: sql`${tasks.version} + 1`,
    })
    .where(and(eq(tasks.id, taskId), eq(tasks.version, expectedVersion)))
    .returning({ version: tasks.version });
  return updated?.version;
}

