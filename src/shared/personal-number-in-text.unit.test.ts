import { describe, expect, it } from 'vitest';
import { isValidPersonalNumber } from './personal-number.ts';
import { harmlessTexts, refusedWritings } from './personal-number-in-text.fixtures.ts';
import { containsPersonalNumber, findPersonalNumbers } from './personal-number-in-text.ts';

const written = (text: string) => findPersonalNumbers(text).map((found) => found.written);

describe('findPersonalNumbers: written forms that are refused', () => {
  it('has a table of at least 30 forms', () => {
    expect(refusedWritings.length).toBeGreaterThanOrEqual(30);
  });

  it.each(refusedWritings)('%s: %j', (_label, text, expected) => {
    const found = findPersonalNumbers(text);
    expect(found.map((f) => f.written)).toEqual(expected);
    // The offsets point into the original text, so a message can quote it as it was written.
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.written);
    expect(containsPersonalNumber(text)).toBe(true);
  });

  it('builds on numbers whose check digits are what the fixtures say', () => {
    for (const number of ['850312-1231', '640823-3234', '850372-1238', '010203-4568', '200229-2346', '19121212-1212']) {
      expect(isValidPersonalNumber(number, new Date(2026, 0, 1))).toBe(true);
    }
    expect(isValidPersonalNumber('850312-1234', new Date(2026, 0, 1))).toBe(false);
  });
});

describe('findPersonalNumbers: number-like texts that pass', () => {
  it('has a table of at least 20 texts', () => {
    expect(harmlessTexts.length).toBeGreaterThanOrEqual(20);
  });

  it.each(harmlessTexts)('%s: %j', (_label, text) => {
    expect(findPersonalNumbers(text)).toEqual([]);
    expect(containsPersonalNumber(text)).toBe(false);
  });
});

describe('findPersonalNumbers: the rule', () => {
  it.each([
    ['a phone number grouped 3-3-2-2', '070-123 45 67'],
    ['the serial split in two', '85 03 12 12 31'],
    ['the serial split, twelve digits', '1985 03 12 12 31'],
    ['a break inside the year', '8 50312-1231'],
    ['a break inside the month', '850 312-1231'],
    ['a break inside the day', '85031 2-1231'],
  ])('ignores separators where a person writing a personal number puts none: %s (%j)', (_label, text) => {
    expect(written(text)).toEqual([]);
  });

  it.each([
    ['century 17', '17850312-1231'],
    ['century 21', '21850312-1231'],
    ['month 13', '851312-1231'],
    ['day 32', '850332-1231'],
    ['30 February', '850230-1231'],
    ['29 February of a year not divisible by four', '850229-1231'],
    ['29 February 1900, twelve digits', '19000229-1235'],
    ['coordination day 60 (day 0)', '850360-1231'],
    ['coordination day 92 (day 32)', '850392-1231'],
  ])('needs a real day: not %s (%j)', (_label, text) => {
    expect(written(text)).toEqual([]);
  });

  it('takes 29 February in any year divisible by four when the century is not written', () => {
    expect(written('000229-1234')).toEqual(['000229-1234']);
    expect(written('20000229-1234')).toEqual(['20000229-1234']);
  });

  it('takes a wrong check digit only when the date digits are written together', () => {
    expect(written('850312-1234')).toEqual(['850312-1234']);
    expect(written('19850312 1234')).toEqual(['19850312 1234']);
    expect(written('85 03 12 1234')).toEqual([]);
    expect(written('1985-03-12 1234')).toEqual([]);
    // With a right check digit, every plausible grouping counts.
    expect(written('85 03 12 1231')).toEqual(['85 03 12 1231']);
    expect(written('1985-03-12 1231')).toEqual(['1985-03-12 1231']);
  });

  it('lets ten bare digits from 0 through only with a wrong check digit, as mobile numbers are written', () => {
    expect(written('0102034567')).toEqual([]);
    expect(written('0102034568')).toEqual(['0102034568']);
    expect(written('010203-4567')).toEqual(['010203-4567']);
  });

  it('takes + only before the serial of the ten-digit form', () => {
    expect(written('121212+1212')).toEqual(['121212+1212']);
    expect(written('19121212+1212')).toEqual([]);
    expect(written('12+1212-1212')).toEqual([]);
  });

  it('does not take digits glued to other digits or joined by long separators', () => {
    expect(written('1850312-1231')).toEqual([]);
    expect(written('850312-12310')).toEqual([]);
    expect(written('850312 -  - 1231')).toEqual([]);
    expect(written('850312/1231')).toEqual([]);
  });

  it('quotes the century with the number, once', () => {
    expect(written('19 850312-1231')).toEqual(['19 850312-1231']);
  });

  it('gives UTF-16 offsets of the original text', () => {
    const text = 'Hon 😀 har 𝟖𝟓𝟎𝟑𝟏𝟐-𝟏𝟐𝟑𝟏 sa hon';
    const [found] = findPersonalNumbers(text);
    expect(found).toEqual({ written: '𝟖𝟓𝟎𝟑𝟏𝟐-𝟏𝟐𝟑𝟏', start: 11, end: 32 });
  });
});

describe('findPersonalNumbers: robustness', () => {
  it('answers nothing for a non-string handed over at runtime', () => {
    const values: unknown[] = [undefined, null, 8503121231, {}];
    for (const value of values) expect(findPersonalNumbers(value as string)).toEqual([]);
  });

  it('finds nothing in a long text of digit pairs that never make a date and serial', () => {
    // No clock: tests never time. This guards the scan's result on a long input, not its speed.
    expect(findPersonalNumbers('12 34-56.78 '.repeat(10_000))).toEqual([]);
  });

  it('never throws and always quotes a slice of the text, on seeded random input', () => {
    let seed = 20260601;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const alphabet = [...'01234567890123456789 -+.\u2013\u00a0\u200b\u00adx', '８', '𝟏', '٣', '😀'];
    let hits = 0;
    for (let i = 0; i < 500; i++) {
      const length = 8 + Math.floor(random() * 20);
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
      for (const found of findPersonalNumbers(text)) {
        hits++;
        expect(text.slice(found.start, found.end)).toBe(found.written);
      }
    }
    expect(hits).toBeGreaterThan(0);
  });
});
