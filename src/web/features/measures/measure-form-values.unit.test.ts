import { describe, expect, it } from 'vitest';
import {
  checkMeasureForm,
  emptyMeasureForm,
  isCalendarDate,
  measureRequestOf,
  problemOfServerError,
  reflectionPeriodEnd,
  type MeasureFormValues,
} from './measure-form-values.ts';

const form = (values: Partial<MeasureFormValues>): MeasureFormValues => ({ ...emptyMeasureForm, ...values });

describe('isCalendarDate', () => {
  it.each(['2025-01-31', '2024-02-29', '1900-01-01'])('takes %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });
  it.each(['2025-02-29', '2025-13-01', '25-01-01', '2025-1-1', '0000-01-01', '', '2025-01-01T00:00'])('refuses %j', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('reflectionPeriodEnd', () => {
  it('is 30 days after the decision, as the server computes it', () => {
    expect(reflectionPeriodEnd('2025-05-02')).toBe('2025-06-01');
    expect(reflectionPeriodEnd('2025-12-15')).toBe('2026-01-14');
  });
  it('is unknown until the decision date is a date', () => {
    expect(reflectionPeriodEnd('2025-05')).toBeNull();
  });
});

describe('checkMeasureForm', () => {
  it('needs a type', () => {
    expect(checkMeasureForm(form({}))).toEqual({ type: 'type' });
  });

  it('needs the decision date of a reflection-period permit, and ignores its end date', () => {
    expect(checkMeasureForm(form({ type: 'reflection_period_permit', endOn: 'nonsense' }))).toEqual({ startOn: 'decisionRequired' });
    expect(checkMeasureForm(form({ type: 'reflection_period_permit', startOn: '2025-05-02' }))).toEqual({});
  });

  it('needs the expiry of a temporary residence permit', () => {
    expect(checkMeasureForm(form({ type: 'temporary_residence_permit' }))).toEqual({ endOn: 'expiryRequired' });
  });

  it('refuses an end before the start and dates that do not exist', () => {
    expect(checkMeasureForm(form({ type: 'safe_housing', startOn: '2025-03-02', endOn: '2025-03-01' }))).toEqual({ endOn: 'endBeforeStart' });
    expect(checkMeasureForm(form({ type: 'safe_housing', startOn: '2025-02-30' }))).toEqual({ startOn: 'dateInvalid' });
  });

  it('refuses a note over the limit', () => {
    expect(checkMeasureForm(form({ type: 'other', note: 'x'.repeat(501) }))).toEqual({ note: 'noteTooLong' });
  });
});

describe('measureRequestOf', () => {
  it('sends empty fields as null', () => {
    expect(measureRequestOf(form({ type: 'interpreter', note: '  ' }))).toEqual({
      type: 'interpreter',
      status: 'planned',
      startOn: null,
      endOn: null,
      note: null,
    });
  });

  it('leaves the end of a reflection period to the server', () => {
    expect(measureRequestOf(form({ type: 'reflection_period_permit', startOn: '2025-05-02', endOn: '2025-06-01' }))).not.toHaveProperty('endOn');
  });
});

describe('problemOfServerError', () => {
  it.each([
    ['endOn', 'computed', ['endOn', 'endComputed']],
    ['endOn', 'before_start', ['endOn', 'endBeforeStart']],
    ['startOn', 'required', ['startOn', 'decisionRequired']],
    ['note', 'identity_data', ['note', 'noteIdentity']],
    ['body', 'custom', null],
  ])('%s %s', (field, code, expected) => {
    expect(problemOfServerError(field, code)).toEqual(expected);
  });
});
