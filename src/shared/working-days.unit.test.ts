import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  stockholmDate,
  stockholmTimeToInstant,
  swedishDeFactoClosedDays,
  swedishPublicHolidays,
  workingDaysBetween,
} from './working-days.ts';

/** Stockholm wall-clock time → instant (checked against explicit UTC instants below). */
const at = (date: string, hour = 0, minute = 0): Date => stockholmTimeToInstant(date, hour, minute);
const holidayDate = (year: number, sv: string): string | undefined =>
  swedishPublicHolidays(year).find((h) => h.name.sv === sv)?.date;
/** Day of week of a YYYY-MM-DD date, 0 = Sunday, independent of the code under test. */
const dow = (date: string): number => new Date(`${date}T12:00:00Z`).getUTCDay();

describe('swedishPublicHolidays', () => {
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2008, '2008-03-23'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('puts Easter Sunday %i on %s', (year, easter) => {
    expect(holidayDate(year, 'Påskdagen')).toBe(easter);
  });

  it.each([
    [2024, '2024-06-22', '2024-11-02'],
    [2025, '2025-06-21', '2025-11-01'],
    [2026, '2026-06-20', '2026-10-31'],
    [2027, '2027-06-26', '2027-11-06'],
    [2028, '2028-06-24', '2028-11-04'],
  ])('puts midsommardagen %i on %s and alla helgons dag on %s', (year, midsummer, allSaints) => {
    expect(holidayDate(year, 'Midsommardagen')).toBe(midsummer);
    expect(holidayDate(year, 'Alla helgons dag')).toBe(allSaints);
  });

  it('lists exactly the holidays of 2026', () => {
    expect(swedishPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: { sv: 'Nyårsdagen', en: "New Year's Day" } },
      { date: '2026-01-06', name: { sv: 'Trettondedag jul', en: 'Epiphany' } },
      { date: '2026-04-03', name: { sv: 'Långfredagen', en: 'Good Friday' } },
      { date: '2026-04-05', name: { sv: 'Påskdagen', en: 'Easter Sunday' } },
      { date: '2026-04-06', name: { sv: 'Annandag påsk', en: 'Easter Monday' } },
      { date: '2026-05-01', name: { sv: 'Första maj', en: 'May Day' } },
      { date: '2026-05-14', name: { sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' } },
      { date: '2026-05-24', name: { sv: 'Pingstdagen', en: 'Whit Sunday' } },
      { date: '2026-06-06', name: { sv: 'Sveriges nationaldag', en: 'National Day of Sweden' } },
      { date: '2026-06-20', name: { sv: 'Midsommardagen', en: 'Midsummer Day' } },
      { date: '2026-10-31', name: { sv: 'Alla helgons dag', en: "All Saints' Day" } },
      { date: '2026-12-25', name: { sv: 'Juldagen', en: 'Christmas Day' } },
      { date: '2026-12-26', name: { sv: 'Annandag jul', en: "St Stephen's Day" } },
    ]);
  });

  it('yields 13 holidays every year 1900–2200, on distinct dates except for the two legal coincidences', () => {
    for (let year = 1900; year <= 2200; year++) {
      const holidays = swedishPublicHolidays(year);
      expect(holidays).toHaveLength(13);
      const dates = holidays.map((h) => h.date);
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      // Ascension Day can be 1 May (Easter on 23 March) and Whit Sunday can be 6 June (Easter on
      // 18 April); the law does not move either, so those years have 12 distinct dates.
      const shared = holidays.filter((h) => dates.indexOf(h.date) !== dates.lastIndexOf(h.date));
      const easter = holidayDate(year, 'Påskdagen');
      if (easter === `${year}-03-23`) expect(shared.map((h) => h.name.sv).sort()).toEqual(['Första maj', 'Kristi himmelsfärdsdag']);
      else if (easter === `${year}-04-18`) expect(shared.map((h) => h.name.sv).sort()).toEqual(['Pingstdagen', 'Sveriges nationaldag']);
      else expect(shared).toEqual([]);
      // Midsommardagen and alla helgons dag are Saturdays in their seven-day windows.
      const midsummer = holidayDate(year, 'Midsommardagen') ?? '';
      const allSaints = holidayDate(year, 'Alla helgons dag') ?? '';
      expect([dow(midsummer), dow(allSaints)]).toEqual([6, 6]);
      expect(midsummer >= `${year}-06-20` && midsummer <= `${year}-06-26`).toBe(true);
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
    }
  });

  it('reports the coincidences of 2008 and 2049 as two holidays on one date', () => {
    expect(swedishPublicHolidays(2008).filter((h) => h.date === '2008-05-01')).toHaveLength(2);
    expect(swedishPublicHolidays(2049).filter((h) => h.date === '2049-06-06')).toHaveLength(2);
  });

  it('returns copies, so callers cannot corrupt the cache', () => {
    const first = swedishPublicHolidays(2026);
    first.splice(0, 13);
    expect(swedishPublicHolidays(2026)).toHaveLength(13);
    expect(isWorkingDay('2026-01-01')).toBe(false);
  });

  it('rejects years outside the Gregorian, four-digit range', () => {
    expect(() => swedishPublicHolidays(1500)).toThrow(RangeError);
    expect(() => swedishPublicHolidays(2025.5)).toThrow(RangeError);
    expect(() => swedishPublicHolidays(10_000)).toThrow(RangeError);
  });
});

describe('swedishDeFactoClosedDays', () => {
  it('lists midsommarafton, julafton and nyårsafton', () => {
    expect(swedishDeFactoClosedDays(2026)).toEqual([
      { date: '2026-06-19', name: { sv: 'Midsommarafton', en: 'Midsummer Eve' } },
      { date: '2026-12-24', name: { sv: 'Julafton', en: 'Christmas Eve' } },
      { date: '2026-12-31', name: { sv: 'Nyårsafton', en: "New Year's Eve" } },
    ]);
  });

  it('puts midsommarafton on the Friday before midsommardagen', () => {
    expect(swedishDeFactoClosedDays(2027)[0]?.date).toBe('2027-06-25');
    expect(swedishDeFactoClosedDays(2028)[0]?.date).toBe('2028-06-23');
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-05', true], // Monday
    ['2026-01-06', false], // trettondedag jul, a Tuesday
    ['2026-01-10', false], // Saturday
    ['2026-01-11', false], // Sunday
    ['2026-04-03', false], // långfredagen
    ['2026-04-06', false], // annandag påsk
    ['2026-04-07', true],
    ['2026-05-14', false], // Kristi himmelsfärdsdag, a Thursday
    ['2026-05-15', true], // the Friday after ("klämdag") is a working day
    ['2026-06-19', false], // midsommarafton (de facto)
    ['2026-12-23', true],
    ['2026-12-24', false], // julafton (de facto)
    ['2026-12-31', false], // nyårsafton (de facto)
    ['2028-06-06', false], // nationaldagen, a Tuesday
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('takes the calendar date of a Date in Stockholm, not in UTC', () => {
    // 2025-12-23 23:30 UTC is already 00:30 on julafton in Stockholm.
    expect(isWorkingDay(new Date('2025-12-23T23:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2025-12-23T22:59:59Z'))).toBe(true);
    // Summer time: 22:00 UTC on Thursday is midnight, midsommarafton, in Stockholm.
    expect(isWorkingDay(new Date('2026-06-18T21:59:59Z'))).toBe(true);
    expect(isWorkingDay(new Date('2026-06-18T22:00:00Z'))).toBe(false);
    expect(stockholmDate(new Date('2026-06-18T22:00:00Z'))).toBe('2026-06-19');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('2025-2-3')).toThrow(RangeError);
    expect(() => isWorkingDay('2025-02-03T00:00')).toThrow(RangeError);
    expect(() => isWorkingDay(new Date(NaN))).toThrow(RangeError);
  });
});

describe('stockholmTimeToInstant', () => {
  it('converts winter and summer wall times', () => {
    expect(at('2026-01-15', 14).toISOString()).toBe('2026-01-15T13:00:00.000Z');
    expect(at('2026-07-15', 14).toISOString()).toBe('2026-07-15T12:00:00.000Z');
  });

  it('moves a time skipped by the spring change forward, and takes the first of a repeated autumn time', () => {
    expect(at('2026-03-29', 2, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(at('2026-03-29', 3, 0).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(at('2026-10-25', 2, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z'); // 02:30 CEST
    expect(at('2026-10-25', 3, 0).toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });
});

describe('addWorkingDays', () => {
  describe('from a working day: the same Stockholm time, skipping non-working days', () => {
    it.each([
      // Ordinary week and weekend.
      ['2025-11-12', 9, 1, '2025-11-13'],
      ['2025-11-14', 14, 1, '2025-11-17'], // Friday → Monday
      // Easter.
      ['2025-04-17', 14, 1, '2025-04-22'],
      ['2026-04-02', 14, 1, '2026-04-07'],
      ['2027-03-25', 14, 1, '2027-03-30'], // also across the DST change on påskdagen
      ['2028-04-13', 14, 1, '2028-04-18'],
      ['2028-05-24', 10, 1, '2028-05-26'], // Kristi himmelsfärdsdag
      // Midsummer: midsommarafton (Friday) is closed.
      ['2025-06-19', 10, 1, '2025-06-23'],
      ['2026-06-18', 10, 1, '2026-06-22'],
      ['2027-06-24', 10, 1, '2027-06-28'],
      ['2028-06-22', 10, 1, '2028-06-26'],
      // Christmas.
      ['2025-12-23', 9, 1, '2025-12-29'],
      ['2026-12-23', 9, 1, '2026-12-28'],
      ['2027-12-23', 9, 1, '2027-12-27'],
      ['2028-12-22', 9, 1, '2028-12-27'], // Friday; 25 and 26 December are Monday and Tuesday
      // New Year and trettondedag jul.
      ['2025-12-30', 16, 1, '2026-01-02'],
      ['2026-12-30', 16, 1, '2027-01-04'],
      ['2027-01-05', 16, 1, '2027-01-07'],
      ['2027-12-30', 16, 1, '2028-01-03'],
      ['2028-12-29', 16, 1, '2029-01-02'],
      // Several days, and zero.
      ['2025-12-19', 14, 3, '2025-12-29'],
      ['2026-04-01', 11, 5, '2026-04-10'],
      ['2026-03-10', 11, 0, '2026-03-10'],
    ])('%s %i:00 + %i → %s', (date, hour, days, expected) => {
      expect(addWorkingDays(at(date, hour), days)).toEqual(at(expected, hour));
    });

    it('keeps the wall-clock time across the spring DST change (71 hours over the weekend)', () => {
      const due = addWorkingDays(new Date('2025-03-28T13:00:00Z'), 1); // Friday 14:00 CET
      expect(due.toISOString()).toBe('2025-03-31T12:00:00.000Z'); // Monday 14:00 CEST
      const due2026 = addWorkingDays(new Date('2026-03-27T13:00:00Z'), 1);
      expect(due2026.toISOString()).toBe('2026-03-30T12:00:00.000Z');
    });

    it('keeps the wall-clock time across the autumn DST change (73 hours over the weekend)', () => {
      const due = addWorkingDays(new Date('2025-10-24T12:00:00Z'), 1); // Friday 14:00 CEST
      expect(due.toISOString()).toBe('2025-10-27T13:00:00.000Z'); // Monday 14:00 CET
      const due2026 = addWorkingDays(new Date('2026-10-23T12:00:00Z'), 1);
      expect(due2026.toISOString()).toBe('2026-10-26T13:00:00.000Z');
    });

    it('keeps seconds and milliseconds', () => {
      const from = new Date('2026-02-03T08:15:42.123Z');
      expect(addWorkingDays(from, 1).toISOString()).toBe('2026-02-04T08:15:42.123Z');
    });
  });

  describe('from a non-working day: the end of the days-th working day, counting from the next one', () => {
    it.each([
      ['2025-11-15', 10, 1, '2025-11-18'], // Saturday → end of Monday
      ['2025-11-16', 23, 1, '2025-11-18'], // Sunday → end of Monday
      ['2025-11-15', 10, 2, '2025-11-19'], // Saturday → end of Tuesday
      ['2026-04-04', 12, 1, '2026-04-08'], // Easter Saturday → end of Tuesday after Easter
      ['2026-05-01', 9, 1, '2026-05-05'], // första maj (Friday) → end of Monday
      ['2025-12-24', 11, 1, '2025-12-30'], // julafton → end of Monday 29 December
      ['2026-06-19', 11, 1, '2026-06-23'], // midsommarafton → end of Monday
      ['2028-06-03', 10, 1, '2028-06-06'], // Saturday → end of Monday, though Tuesday is a holiday
    ])('%s %i:00 + %i → 00:00 on %s', (date, hour, days, expected) => {
      expect(addWorkingDays(at(date, hour), days)).toEqual(at(expected, 0));
    });

    it('returns 00:00 of the next working day for zero days', () => {
      expect(addWorkingDays(at('2025-11-15', 10), 0)).toEqual(at('2025-11-17', 0));
    });

    it('handles receipt on the DST Sundays themselves', () => {
      // Sunday 30 March 2025, 02:30 UTC (04:30 CEST) → end of Monday = Tuesday 00:00 CEST.
      expect(addWorkingDays(new Date('2025-03-30T02:30:00Z'), 1).toISOString()).toBe('2025-03-31T22:00:00.000Z');
      // Sunday 26 October 2025, in the repeated hour → end of Monday = Tuesday 00:00 CET.
      expect(addWorkingDays(new Date('2025-10-26T01:30:00Z'), 1).toISOString()).toBe('2025-10-27T23:00:00.000Z');
    });
  });

  it('rejects negative and fractional day counts, and invalid dates', () => {
    expect(() => addWorkingDays(at('2026-03-10', 9), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(at('2026-03-10', 9), 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(NaN), 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after a up to and including b', () => {
    expect(workingDaysBetween('2025-12-23', '2025-12-29')).toBe(1);
    expect(workingDaysBetween('2025-12-29', '2025-12-23')).toBe(-1);
    expect(workingDaysBetween('2026-03-10', '2026-03-10')).toBe(0);
    expect(workingDaysBetween('2025-11-14', '2025-11-21')).toBe(5);
    // All of 2026: 365 days − 104 weekend days − 7 holidays on weekdays − 3 de facto closed days.
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(251);
  });

  it('accepts Dates, by their Stockholm calendar date', () => {
    expect(workingDaysBetween(new Date('2025-12-22T23:30:00Z'), new Date('2025-12-23T23:30:00Z'))).toBe(0);
  });

  it('is the inverse of addWorkingDays from working days, 2025–2028', () => {
    for (let date = at('2025-01-02', 13); date < at('2028-12-31'); date = new Date(date.getTime() + 86_400_000)) {
      if (!isWorkingDay(date)) continue;
      for (const days of [1, 2, 5]) {
        const due = addWorkingDays(date, days);
        expect(workingDaysBetween(date, due)).toBe(days);
        expect(isWorkingDay(due)).toBe(true);
        expect(stockholmDate(due) > stockholmDate(date)).toBe(true);
      }
    }
  });
});
