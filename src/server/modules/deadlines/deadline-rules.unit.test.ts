import { describe, expect, it } from 'vitest';
import type { NotificationKind } from '../../../shared/enums.ts';
import {
  CATCH_UP_DAYS,
  addDays,
  daysBetween,
  deadlineRange,
  deadlineStatus,
  isReminderDue,
  reminderDate,
  reminderDedupeKey,
  reminderRules,
  swedishToday,
} from './deadline-rules.ts';

const rule = (kind: NotificationKind) => reminderRules.find((r) => r.kind === kind)!;

describe('calendar arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 1, '2026-03-30'], // the night summer time starts
    ['2026-10-25', 1, '2026-10-26'], // and ends
    ['2026-12-12', -30, '2026-11-12'],
  ])('%s + %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('refuses what is not a real date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('12/12/2026', '2026-12-12')).toThrow(RangeError);
  });

  it('takes today from the Swedish calendar, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm (UTC+1).
    expect(swedishToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on a summer evening is 00:30 the next day in Stockholm (UTC+2).
    expect(swedishToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(swedishToday(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
  });
});

describe('when reminders are sent (DESIGN.md §5)', () => {
  it.each([
    ['task_due', '2026-12-12', '2026-12-12'],
    ['task_overdue', '2026-12-12', '2026-12-13'],
    ['reflection_period_ending', '2026-12-12', '2026-12-05'],
    ['reflection_period_ended', '2026-12-12', '2026-12-12'],
    ['residence_permit_expiring', '2026-12-12', '2026-11-12'],
  ] as const)('%s for a deadline on %s is sent on %s', (kind, deadline, sentOn) => {
    expect(reminderDate(rule(kind), deadline)).toBe(sentOn);
    expect(isReminderDue(rule(kind), deadline, sentOn)).toBe(true);
    expect(isReminderDue(rule(kind), deadline, addDays(sentOn, -1))).toBe(false);
  });

  it('sends "due today" on the due date only: the next day "overdue" takes over', () => {
    expect(isReminderDue(rule('task_due'), '2026-12-12', '2026-12-13')).toBe(false);
    expect(isReminderDue(rule('task_overdue'), '2026-12-12', '2026-12-13')).toBe(true);
  });

  it('catches up an overdue reminder and an ended reflection period for a week, and no longer', () => {
    expect(CATCH_UP_DAYS).toBe(7);
    expect(isReminderDue(rule('task_overdue'), '2026-12-12', addDays('2026-12-13', 7))).toBe(true);
    expect(isReminderDue(rule('task_overdue'), '2026-12-12', addDays('2026-12-13', 8))).toBe(false);
    expect(isReminderDue(rule('reflection_period_ended'), '2026-12-12', '2026-12-19')).toBe(true);
    expect(isReminderDue(rule('reflection_period_ended'), '2026-12-12', '2026-12-20')).toBe(false);
  });

  it('catches up a reminder before a deadline until the deadline comes', () => {
    expect(isReminderDue(rule('reflection_period_ending'), '2026-12-12', '2026-12-11')).toBe(true);
    expect(isReminderDue(rule('reflection_period_ending'), '2026-12-12', '2026-12-12')).toBe(false);
    expect(isReminderDue(rule('residence_permit_expiring'), '2026-12-12', '2026-12-12')).toBe(true);
    expect(isReminderDue(rule('residence_permit_expiring'), '2026-12-12', '2026-12-13')).toBe(false);
  });

  it('gives the SQL exactly the deadlines whose reminder is due today, for every rule', () => {
    const today = '2026-12-12';
    for (const r of reminderRules) {
      const { from, to } = deadlineRange(r, today);
      for (let offset = -60; offset <= 60; offset++) {
        const deadline = addDays(today, offset);
        const inRange = deadline >= from && deadline <= to;
        expect(inRange, `${r.kind} ${deadline}`).toBe(isReminderDue(r, deadline, today));
      }
    }
  });

  it('names each occurrence by kind, subject, date and recipient', () => {
    expect(reminderDedupeKey('task_due', 't1', '2026-12-12', 'u1')).toBe('task_due:t1:2026-12-12:u1');
  });
});

describe('where a deadline stands', () => {
  it.each([
    ['2026-12-20', false, 'upcoming', 8],
    ['2026-12-12', false, 'due_today', 0],
    ['2026-12-10', false, 'overdue', -2],
    ['2026-12-10', true, 'done', -2],
    ['2026-12-20', true, 'done', 8],
  ] as const)('due %s, done %s → %s, %i days left', (dueOn, isDone, status, daysLeft) => {
    expect(deadlineStatus(dueOn, '2026-12-12', isDone)).toEqual({ status, daysLeft });
  });
});
