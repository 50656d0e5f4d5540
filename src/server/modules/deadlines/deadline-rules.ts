/**
 * The deadlines Samverka watches and when it reminds about them (DESIGN.md §5), as pure date
 * arithmetic on Swedish calendar dates (YYYY-MM-DD in Europe/Stockholm). The scheduler turns each
 * rule into one SQL range over the deadline column, so a reminder is found by an index, not by
 * looping over cases.
 *
 * Catch-up: a reminder is due from its date until its last day. When the server was down on the
 * date, the first tick afterwards still sends it once, as long as it says something useful:
 * - a reminder *before* a deadline (reflection period ending, residence permit expiring) is sent
 *   until the deadline itself; once it has come, the "ended" reminder or nothing takes over;
 * - "due today" is only sent on the due date; from the next day "overdue" takes its place;
 * - a reminder *at or after* a deadline (task overdue, reflection period ended) is sent up to
 *   CATCH_UP_DAYS days late; older ones are history and would only be noise.
 */
import type { NotificationKind } from '../../../shared/enums.ts';
import type { DeadlineKind, DeadlineStatus } from '../../../shared/schemas/deadlines.ts';
import { addCalendarDays, calendarDaysBetween, stockholmDate } from '../../../shared/working-days.ts';

/** How many days late a reminder at or after its deadline is still sent. */
export const CATCH_UP_DAYS = 7;

export interface ReminderRule {
  kind: NotificationKind;
  /** What deadline it watches. */
  deadline: DeadlineKind;
  /** The reminder's date, in days from the deadline (negative: before it). */
  firesAt: number;
  /** The last day it may still be sent, in days from the deadline. */
  lastAt: number;
}

export const reminderRules: readonly ReminderRule[] = [
  { kind: 'task_due', deadline: 'task', firesAt: 0, lastAt: 0 },
  { kind: 'task_overdue', deadline: 'task', firesAt: 1, lastAt: 1 + CATCH_UP_DAYS },
  { kind: 'reflection_period_ending', deadline: 'reflection_period', firesAt: -7, lastAt: -1 },
  { kind: 'reflection_period_ended', deadline: 'reflection_period', firesAt: 0, lastAt: CATCH_UP_DAYS },
  { kind: 'residence_permit_expiring', deadline: 'residence_permit', firesAt: -30, lastAt: 0 },
  // The return programme (issue 11): on the date, to the IOM officers and the lead coordinator.
  { kind: 'return_plan_due', deadline: 'return_plan', firesAt: 0, lastAt: CATCH_UP_DAYS },
  { kind: 'return_follow_up_due', deadline: 'return_follow_up', firesAt: 0, lastAt: CATCH_UP_DAYS },
];

/** The calendar date `days` days after `date` (before, when negative). */
export const addDays = addCalendarDays;
/** Calendar days from `from` to `to`: positive when `to` is later. */
export const daysBetween = calendarDaysBetween;
/** Today's date in Sweden at the instant `now`, whatever the server's time zone. */
export const swedishToday = stockholmDate;

/** The date a reminder of the rule is sent for a deadline on `deadlineOn`. */
export function reminderDate(rule: ReminderRule, deadlineOn: string): string {
  return addDays(deadlineOn, rule.firesAt);
}

/** Whether the rule's reminder for a deadline on `deadlineOn` is to be sent `today` (if not sent yet). */
export function isReminderDue(rule: ReminderRule, deadlineOn: string, today: string): boolean {
  const offset = daysBetween(deadlineOn, today);
  return offset >= rule.firesAt && offset <= rule.lastAt;
}

/**
 * The deadlines whose reminder of this rule is due `today`, as an inclusive range of dates:
 * exactly those for which isReminderDue holds. The scheduler selects with it in SQL.
 */
export function deadlineRange(rule: ReminderRule, today: string): { from: string; to: string } {
  return { from: addDays(today, -rule.lastAt), to: addDays(today, -rule.firesAt) };
}

/** Where a deadline stands `today`: days left (negative when passed) and a status to show. */
export function deadlineStatus(dueOn: string, today: string, isDone: boolean): { status: DeadlineStatus; daysLeft: number } {
  const daysLeft = daysBetween(today, dueOn);
  if (isDone) return { status: 'done', daysLeft };
  if (daysLeft > 0) return { status: 'upcoming', daysLeft };
  if (daysLeft === 0) return { status: 'due_today', daysLeft };
  return { status: 'overdue', daysLeft };
}

/** A reminder occurrence's identity: the same reminder to the same user is inserted once. */
export function reminderDedupeKey(kind: NotificationKind, subjectId: string, dueOn: string, userId: string): string {
  return `${kind}:${subjectId}:${dueOn}:${userId}`;
}
