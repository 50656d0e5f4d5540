import { describe, expect, it } from 'vitest';
import { addMonths, isStepAllowed, milestonesAfterArrival } from './return-rules.ts';

describe('the dates the return programme watches', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-31', 12, '2027-12-31'],
    ['2026-03-29', 6, '2026-09-29'],
  ])('%s + %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => addMonths('12/12/2026', 1)).toThrow(RangeError);
  });

  it('makes the plan a month after arrival and follow-ups at 3, 6 and 12 months', () => {
    expect(milestonesAfterArrival('2026-05-31')).toEqual([
      { kind: 'reintegration_plan', dueOn: '2026-06-30' },
      { kind: 'follow_up_3', dueOn: '2026-08-31' },
      { kind: 'follow_up_6', dueOn: '2026-11-30' },
      { kind: 'follow_up_12', dueOn: '2027-05-31' },
    ]);
  });
});

describe('the order of the steps', () => {
  it('lets each step start only from its statuses', () => {
    expect(isStepAllowed('decide', 'submitted')).toBe(true);
    expect(isStepAllowed('decide', 'approved')).toBe(false);
    expect(isStepAllowed('assign', 'submitted')).toBe(false);
    expect(isStepAllowed('recordArrival', 'assigned')).toBe(false);
    expect(isStepAllowed('recordFollowUp', 'arrived')).toBe(false);
    expect(isStepAllowed('withdraw', 'travel_planned')).toBe(true);
    expect(isStepAllowed('withdraw', 'arrived')).toBe(false);
  });
});
