import { z } from 'zod';
import { limits } from '../limits.ts';
import { uuid } from './common.ts';

/** A calendar date (YYYY-MM-DD) within reason: PostgreSQL refuses year 0, and no task is due in 3000. */
export const dueDate = z.iso.date().refine((v) => v >= '1900-01-01' && v <= '2999-12-31', 'a date between 1900 and 2999');

const taskTitle = z.string().trim().min(1).max(limits.shortTextMax);

export const taskCreateInput = z.object({
  /** What is to be done, in a few words; never identity data. */
  title: taskTitle,
  /** Someone working on the case (GET /api/cases/:caseId/participants), or null for nobody yet. */
  assigneeUserId: uuid.nullable().default(null),
  /** The day it is due (Swedish calendar), or null. */
  dueOn: dueDate.nullable().default(null),
});
export type TaskCreateInput = z.infer<typeof taskCreateInput>;
/** The body a client sends; fields with defaults may be left out. */
export type TaskCreateRequest = z.input<typeof taskCreateInput>;

/** A change of a task; send only what changes, with If-Match. */
export const taskUpdateInput = z
  .object({
    title: taskTitle,
    assigneeUserId: uuid.nullable(),
    dueOn: dueDate.nullable(),
    /** True marks the task done by the caller now; false opens it again. */
    done: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type TaskUpdateInput = z.infer<typeof taskUpdateInput>;

export const taskParams = z.object({ caseId: uuid, taskId: uuid });

export const task = z.object({
  id: uuid,
  title: z.string(),
  assigneeUserId: uuid.nullable(),
  assigneeName: z.string().nullable(),
  dueOn: z.iso.date().nullable(),
  /** Open and due before today in Sweden. */
  isOverdue: z.boolean(),
  doneAt: z.iso.datetime({ offset: true }).nullable(),
  doneByName: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  /** Send it back in If-Match to change the task. */
  version: z.number().int(),
});
export type Task = z.infer<typeof task>;
