import type { Task, TaskCreateInput, TaskUpdateInput } from '../../../shared/schemas/tasks.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { Db, Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { requireCaseAccess } from '../cases/case-access.policy.ts';
import { type CaseRouting, isCaseParticipant } from '../case-team/team.service.ts';
import { type TaskChanges, type TaskRow, findTask, insertTask, listTasks, lockTask, updateTask } from './tasks.queries.ts';

/** Today in Sweden: a task is overdue from the day after its due date, Swedish time. */
const today = () => stockholmDate(new Date());

function presentTask(row: TaskRow): Task {
  return {
    ...row,
    doneAt: row.doneAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function presentOne(db: Db | Tx, caseId: string, taskId: string): Promise<Task> {
  const row = await findTask(db, caseId, taskId, today());
  if (!row) throw notFound('No such task.');
  return presentTask(row);
}

async function requireParticipant(tx: Tx, theCase: CaseRouting, userId: string): Promise<void> {
  if (!(await isCaseParticipant(tx, theCase, userId))) {
    throw badRequest('Invalid input: assigneeUserId', [
      { field: 'assigneeUserId', code: 'not_participant', message: 'the assignee must be someone working on the case' },
    ]);
  }
}

/** The tasks of a case the actor may see: open ones first by due date, then the done ones. */
export async function listCaseTasks(db: Db, ctx: ActorContext, unverifiedCaseId: string): Promise<Task[]> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const rows = await listTasks(db, access.caseId, today());
  await recordAudit(db, ctx, { action: 'task.list', subjectId: access.caseId, details: { taskIds: rows.map((r) => r.id), count: rows.length } });
  return rows.map(presentTask);
}

/**
 * Adds a task. With an Idempotency-Key, a retry of the same request answers the task the first
 * one added instead of adding it twice.
 */
export async function createTask(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  input: TaskCreateInput,
  idempotency: { key: string | undefined; fingerprint: string },
): Promise<{ task: Task; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageTasks');
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      if (input.assigneeUserId !== null) await requireParticipant(tx, access, input.assigneeUserId);
      const created = await insertTask(tx, {
        caseId: access.caseId,
        title: input.title,
        assigneeUserId: input.assigneeUserId,
        dueOn: input.dueOn,
        createdByUserId: ctx.actor.userId,
      });
      await recordAudit(tx, ctx, { action: 'task.create', subjectId: access.caseId, details: { taskId: created } });
      return created;
    });
    if (replayed) {
      await recordAudit(tx, ctx, { action: 'task.list', subjectId: access.caseId, details: { taskIds: [id], count: 1, idempotentReplay: true } });
    }
    return { task: await presentOne(tx, access.caseId, id), replayed };
  });
}

/**
 * Changes a task from the version the actor read. Done marks it done by the actor now (a task
 * already done keeps who did it and when); not done opens it again.
 */
export async function changeTask(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  unverifiedTaskId: string,
  input: TaskUpdateInput,
  expectedVersion: number,
): Promise<Task> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageTasks');
    const current = await lockTask(tx, access.caseId, unverifiedTaskId);
    if (!current) throw notFound('No such task.');
    if (current.version !== expectedVersion) throw staleVersion(current.version);

    const changes: TaskChanges = {};
    if (input.title !== undefined && input.title !== current.title) changes.title = input.title;
    if (input.dueOn !== undefined && input.dueOn !== current.dueOn) changes.dueOn = input.dueOn;
    if (input.assigneeUserId !== undefined && input.assigneeUserId !== current.assigneeUserId) {
      if (input.assigneeUserId !== null) await requireParticipant(tx, access, input.assigneeUserId);
      changes.assigneeUserId = input.assigneeUserId;
    }
    const isDone = current.doneAt !== null;
    if (input.done !== undefined && input.done !== isDone) changes.doneByUserId = input.done ? ctx.actor.userId : null;

    const fields = Object.keys(changes).map((field) => (field === 'doneByUserId' ? 'done' : field));
    if (fields.length > 0) {
      const version = await updateTask(tx, current.id, expectedVersion, changes);
      if (version === undefined) throw staleVersion(current.version);
    }
    await recordAudit(tx, ctx, { action: 'task.update', subjectId: access.caseId, details: { taskId: current.id, fields } });
    return presentOne(tx, access.caseId, current.id);
  });
}
