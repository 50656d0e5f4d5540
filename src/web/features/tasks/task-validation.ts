import { limits } from '../../../shared/limits.ts';

/** A task form's values as typed: strings, an empty one for "none". */
export interface TaskFormValues {
  title: string;
  assigneeUserId: string;
  dueOn: string;
}

export type TaskFormProblem = 'titleRequired' | 'titleTooLong' | 'dueInvalid';

/** Whether the text is a real calendar date written YYYY-MM-DD, as the server accepts it. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The same checks as the server's schema, without loading Zod on the case page: a title of
 * 1..shortTextMax characters after trimming, and an optional date.
 */
export function checkTaskForm(values: TaskFormValues): Partial<Record<keyof TaskFormValues, TaskFormProblem>> {
  const problems: Partial<Record<keyof TaskFormValues, TaskFormProblem>> = {};
  const title = values.title.trim();
  if (!title) problems.title = 'titleRequired';
  else if (title.length > limits.shortTextMax) problems.title = 'titleTooLong';
  const dueOn = values.dueOn.trim();
  if (dueOn && !isIsoDate(dueOn)) problems.dueOn = 'dueInvalid';
  return problems;
}

/** The request body for the values: trimmed, with null for what was left empty. */
export function taskRequestOf(values: TaskFormValues) {
  return {
    title: values.title.trim(),
    assigneeUserId: values.assigneeUserId || null,
    dueOn: values.dueOn.trim() || null,
  };
}
