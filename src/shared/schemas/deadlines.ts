import { z } from 'zod';
import { uuid } from './common.ts';

/** What a watched deadline belongs to (DESIGN.md §5; the return programme's plan and follow-ups, issue 11). */
export const deadlineKinds = ['task', 'reflection_period', 'residence_permit', 'return_plan', 'return_follow_up'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** Where a deadline stands today (Swedish calendar): a done task is done whatever its date. */
export const deadlineStatuses = ['upcoming', 'due_today', 'overdue', 'done'] as const;
export type DeadlineStatus = (typeof deadlineStatuses)[number];

export const deadline = z.object({
  kind: z.enum(deadlineKinds),
  /** The task, the permit measure, or the return programme's milestone. */
  subjectId: uuid,
  /** The task's title; null for permits, whose kind says what they are. */
  title: z.string().nullable(),
  /** The deadline's date: a task's due date, the last day of the reflection period, the permit's expiry. */
  dueOn: z.iso.date(),
  status: z.enum(deadlineStatuses),
  /** Calendar days from today to dueOn; negative once it has passed. */
  daysLeft: z.number().int(),
});
export type Deadline = z.infer<typeof deadline>;

export const deadlineList = z.object({
  /** Earliest first. */
  items: z.array(deadline),
  /** Today's date in Sweden, the day the statuses were worked out for. */
  today: z.iso.date(),
});
export type DeadlineList = z.infer<typeof deadlineList>;

export const caseDeadlinesParams = z.object({ caseId: uuid });
