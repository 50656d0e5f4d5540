import { describe, expect, it } from 'vitest';
import { addDays, noteIdentityError, reflectionPeriodEnd, resolveMeasureDates } from './measure-rules.ts';

describe('addDays', () => {
  it.each([
    ['2025-01-01', 30, '2025-01-31'],
    ['2025-02-10', 30, '2025-03-12'],
    ['2024-02-10', 30, '2024-03-11'], // leap year
    ['2025-12-15', 30, '2026-01-14'],
    ['2025-03-20', 30, '2025-04-19'], // across the change to summer time
    ['2025-10-20', 30, '2025-11-19'], // and back
    ['2025-01-31', 0, '2025-01-31'],
  ])('%s + %i days is %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('runs the reflection period 30 days from the decision', () => {
    expect(reflectionPeriodEnd('2025-06-01')).toBe('2025-07-01');
  });
});

describe('resolveMeasureDates', () => {
  it('computes the end of the reflection period from the decision date', () => {
    expect(
      resolveMeasureDates({ type: 'reflection_period_permit', startOn: '2025-05-02', sentEndOn: undefined, storedEndOn: null }),
    ).toEqual({ ok: true, startOn: '2025-05-02', endOn: '2025-06-01' });
  });

  it('recomputes it when the decision date changes, whatever was stored', () => {
    expect(
      resolveMeasureDates({ type: 'reflection_period_permit', startOn: '2025-05-10', sentEndOn: undefined, storedEndOn: '2025-06-01' }),
    ).toEqual({ ok: true, startOn: '2025-05-10', endOn: '2025-06-09' });
  });

  it('takes an explicit null end date for a reflection period as "compute it"', () => {
    expect(
      resolveMeasureDates({ type: 'reflection_period_permit', startOn: '2025-05-02', sentEndOn: null, storedEndOn: null }),
    ).toMatchObject({ ok: true, endOn: '2025-06-01' });
  });

  it('requires the decision date of a reflection-period permit', () => {
    const result = resolveMeasureDates({ type: 'reflection_period_permit', startOn: null, sentEndOn: undefined, storedEndOn: null });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'startOn', code: 'required' })] });
  });

  it('refuses an end date sent for a reflection-period permit', () => {
    const result = resolveMeasureDates({ type: 'reflection_period_permit', startOn: '2025-05-02', sentEndOn: '2025-06-01', storedEndOn: null });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'endOn', code: 'computed' })] });
  });

  it('names both problems at once', () => {
    const result = resolveMeasureDates({ type: 'reflection_period_permit', startOn: null, sentEndOn: '2025-06-01', storedEndOn: null });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['startOn', 'endOn']);
  });

  it('requires the expiry of a temporary residence permit', () => {
    expect(
      resolveMeasureDates({ type: 'temporary_residence_permit', startOn: '2025-01-01', sentEndOn: undefined, storedEndOn: null }),
    ).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'endOn', code: 'required' })] });
    expect(
      resolveMeasureDates({ type: 'temporary_residence_permit', startOn: null, sentEndOn: '2025-07-01', storedEndOn: null }),
    ).toEqual({ ok: true, startOn: null, endOn: '2025-07-01' });
  });

  it('keeps the stored expiry when an update does not send one, and refuses clearing it', () => {
    expect(
      resolveMeasureDates({ type: 'temporary_residence_permit', startOn: null, sentEndOn: undefined, storedEndOn: '2025-07-01' }),
    ).toMatchObject({ ok: true, endOn: '2025-07-01' });
    expect(
      resolveMeasureDates({ type: 'temporary_residence_permit', startOn: null, sentEndOn: null, storedEndOn: '2025-07-01' }),
    ).toMatchObject({ ok: false });
  });

  it('refuses an end before the start, and allows the same day', () => {
    expect(resolveMeasureDates({ type: 'safe_housing', startOn: '2025-03-02', sentEndOn: '2025-03-01', storedEndOn: null })).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'endOn', code: 'before_start' })],
    });
    expect(resolveMeasureDates({ type: 'safe_housing', startOn: '2025-03-02', sentEndOn: '2025-03-02', storedEndOn: null })).toMatchObject({
      ok: true,
    });
  });

  it('lets other measures go without dates', () => {
    expect(resolveMeasureDates({ type: 'interpreter', startOn: null, sentEndOn: undefined, storedEndOn: null })).toEqual({
      ok: true,
      startOn: null,
      endOn: null,
    });
  });
});

describe('noteIdentityError', () => {
  it.each([
    'Kontakt via 19121212-1212',
    '121212-1212',
    'pnr 191212121212 finns',
    'samordningsnr 701063-2391',
    'pnr 12\u00a012\u00a012\u20131212',
    // A mistyped number (wrong check digit) still points at a person.
    '121212-1213',
  ])(
    'refuses a note with a personal number: %s',
    (note) => {
      expect(noteIdentityError(note)).toMatchObject({ field: 'note', code: 'identity_data' });
    },
  );

  it.each([
    null,
    'Boende via kommunen, kontakt genom socialtjänsten',
    'Ärende hos Migrationsverket 12-345678',
    'Tolk på arabiska, telefon 08-123 456 78',
    'Insats 2024-03-15–2024-03-20',
    // Part of a longer run of digits.
    '1912121212120',
  ])('lets an ordinary note through: %s', (note) => {
    expect(noteIdentityError(note)).toBeNull();
  });
});
