import { describe, expect, it } from 'vitest';
import { formatPersonalNumber, isValidPersonalNumber, parsePersonalNumber } from './personal-number.ts';

// All numbers here are fictional test numbers; 19121212-1212 is Skatteverket's
// well-known test number. Local time, because century inference uses the local year.
const today = new Date(2025, 5, 1);

/** Independent Luhn for building fixtures: double every other digit from the left, sum the digits. */
function withCheckDigit(nineDigits: string): string {
  const sum = [...nineDigits]
    .map((digit, i) => String(Number(digit) * (i % 2 === 0 ? 2 : 1)))
    .join('')
    .split('')
    .reduce((total, digit) => total + Number(digit), 0);
  return nineDigits + String((10 - (sum % 10)) % 10);
}

/** YYMMDDNNN → `YYMMDD-NNNC` (or another separator) with a correct check digit. */
function valid10(nineDigits: string, separator = '-'): string {
  const ten = withCheckDigit(nineDigits);
  return `${ten.slice(0, 6)}${separator}${ten.slice(6)}`;
}

function valid12(century: string, nineDigits: string): string {
  return `${century}${valid10(nineDigits)}`;
}

describe('fixture Luhn helper', () => {
  it.each([
    ['121212121', '1212121212'],
    ['811218987', '8112189876'],
  ])('agrees with published examples (%s)', (nine, ten) => {
    expect(withCheckDigit(nine)).toBe(ten);
  });
});

describe('parsePersonalNumber: accepted forms', () => {
  it.each([
    ['YYYYMMDD-NNNC', '19121212-1212', '19121212-1212'],
    ['YYYYMMDDNNNC', '191212121212', '19121212-1212'],
    ['YYMMDD+NNNC (100 or older)', '121212+1212', '19121212-1212'],
    ['YYMMDD-NNNC', '121212-1212', '20121212-1212'],
    ['YYMMDDNNNC', '1212121212', '20121212-1212'],
    ['surrounding whitespace', ' \t19121212-1212\n ', '19121212-1212'],
    ['Wikipedia example', '811218-9876', '19811218-9876'],
    ['leap day 2000', valid12('20', '000229124'), '20000229-1243'],
    ['leap day 2024, 10 digits', valid10('240229123'), '20240229-1237'],
  ])('%s: %s', (_form, input, normalized) => {
    const result = parsePersonalNumber(input, today);
    expect(result).toMatchObject({ ok: true, normalized, isCoordinationNumber: false });
  });

  it('returns the full result', () => {
    expect(parsePersonalNumber('19121212-1212', today)).toEqual({
      ok: true,
      normalized: '19121212-1212',
      birthDate: '1912-12-12',
      isCoordinationNumber: false,
      sex: 'male',
    });
  });

  it.each([
    ['0', 'female'],
    ['2', 'female'],
    ['4', 'female'],
    ['6', 'female'],
    ['8', 'female'],
    ['1', 'male'],
    ['3', 'male'],
    ['5', 'male'],
    ['7', 'male'],
    ['9', 'male'],
  ] as const)('reads the registered legal sex from the second-to-last digit %s as %s', (digit, sex) => {
    const result = parsePersonalNumber(valid12('19', `85010512${digit}`), today);
    expect(result).toMatchObject({ ok: true, sex });
  });
});

describe('parsePersonalNumber: century of the 10-digit forms (today 2025-06-01)', () => {
  it.each([
    ['this year with -', valid10('250101002'), today, '2025-01-01'],
    ['this year with +', valid10('250101002', '+'), today, '1925-01-01'],
    ['next year\'s digits fall back a century', valid10('260101123'), today, '1926-01-01'],
    ['next year\'s digits with +', valid10('260101123', '+'), today, '1826-01-01'],
    ['no separator behaves like -', withCheckDigit('260101123'), today, '1926-01-01'],
    ['00 is 2000', valid10('000101000'), today, '2000-01-01'],
    ['99 is 1999', valid10('991231998'), today, '1999-12-31'],
    ['once the year turns, 26 is this year', valid10('260101123'), new Date(2026, 0, 1), '2026-01-01'],
    ['on new year\'s eve, 26 is still last century', valid10('260101123'), new Date(2025, 11, 31), '1926-01-01'],
    // By year, not by date: the separator only switches to '+' in the year one turns 100.
    ['later this year stays this year', valid10('251231123'), today, '2025-12-31'],
    ['someone turning 100 later this year already has +', valid10('251231123', '+'), today, '1925-12-31'],
  ])('%s: %s', (_case, input, when, birthDate) => {
    expect(parsePersonalNumber(input, when)).toMatchObject({ ok: true, birthDate });
  });

  it('ignores today for 12-digit forms', () => {
    expect(parsePersonalNumber('19121212-1212', new Date(1950, 0, 1))).toMatchObject({ ok: true, birthDate: '1912-12-12' });
  });

  it('defaults today to now', () => {
    const yy = String(new Date().getFullYear() % 100).padStart(2, '0');
    const result = parsePersonalNumber(valid10(`${yy}0101123`));
    expect(result).toMatchObject({ ok: true, birthDate: `${new Date().getFullYear()}-01-01` });
  });

  it('rejects an invalid today as a programming error', () => {
    expect(() => parsePersonalNumber('121212-1212', new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('parsePersonalNumber: coordination numbers', () => {
  it.each([
    ['10-digit', '701063-2391', '19701063-2391', '1970-10-03', 'male'],
    ['12-digit', valid12('19', '701061124'), '19701061-1247', '1970-10-01', 'female'],
    ['highest day', valid12('19', '701291124'), '19701291-1249', '1970-12-31', 'female'],
    ['leap day 2000', valid12('20', '000289124'), '20000289-1240', '2000-02-29', 'female'],
  ])('%s: %s', (_case, input, normalized, birthDate, sex) => {
    expect(parsePersonalNumber(input, today)).toEqual({ ok: true, normalized, birthDate, isCoordinationNumber: true, sex });
  });
});

describe('parsePersonalNumber: rejected dates', () => {
  it.each([
    ['month 00', valid12('19', '850005123')],
    ['month 13', valid12('19', '851305123')],
    ['day 00', valid12('19', '850100123')],
    ['day 32', valid12('19', '850132123')],
    ['30 April only', valid12('19', '850431123')],
    ['1900 was no leap year', valid12('19', '000229123')],
    ['1900 via +', valid10('000229123', '+')],
    ['2023 was no leap year', valid12('20', '230229123')],
    ['coordination day 60 is day 0', valid12('19', '850160123')],
    ['coordination day 92 is day 32', valid12('19', '850192123')],
    ['coordination day 61 of February 1900', valid12('19', '000289123')],
    ['day between 31 and 61', valid12('19', '850145123')],
  ])('%s: %s', (_case, input) => {
    expect(parsePersonalNumber(input, today)).toEqual({ ok: false, reason: 'date' });
  });
});

describe('parsePersonalNumber: check digit', () => {
  const good = '19121212-1212';
  it.each(['0', '1', '3', '4', '5', '6', '7', '8', '9'])('rejects 19121212-121%s', (digit) => {
    expect(parsePersonalNumber(`${good.slice(0, -1)}${digit}`, today)).toEqual({ ok: false, reason: 'check_digit' });
  });

  it.each([
    ['swapped serial digits', '19121212-2112'],
    ['one date digit off', '19121213-1212'],
    ['10-digit', '811218-9875'],
    ['coordination', '701063-2392'],
  ])('rejects %s: %s', (_case, input) => {
    expect(parsePersonalNumber(input, today)).toEqual({ ok: false, reason: 'check_digit' });
  });

  it('does not cover the century, by design of the 10-digit check', () => {
    expect(parsePersonalNumber('20121212-1212', today)).toMatchObject({ ok: true, birthDate: '2012-12-12' });
  });

  it('accepts every valid number across a spread of dates and serials', () => {
    for (let i = 0; i < 200; i++) {
      const date = new Date(Date.UTC(1900, 0, 1) + i * 1_000_003 * 60_000);
      const yyyy = String(date.getUTCFullYear());
      const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
      const dd = String(date.getUTCDate()).padStart(2, '0');
      const serial = String((i * 37) % 1000).padStart(3, '0');
      const input = valid12(yyyy.slice(0, 2), `${yyyy.slice(2)}${mm}${dd}${serial}`);
      expect(parsePersonalNumber(input, today)).toMatchObject({ ok: true, normalized: input, birthDate: `${yyyy}-${mm}-${dd}` });
    }
  });
});

describe('parsePersonalNumber: garbage', () => {
  it.each([
    '',
    '   ',
    'abc',
    '19121212-121',
    '1912121212121',
    '12121212121',
    '121212121',
    '19121212+1212',
    '121212--1212',
    '121212 1212',
    '19121212 1212',
    '1912-12-12-1212',
    '121212–1212',
    '121212-121a',
    '+1212121212',
    '1212121212-',
    '１２１２１２-１２１２',
    '١٢١٢١٢-١٢١٢',
    '19121212-1212x',
    '-19121212-1212',
    '19121212\n1212',
    'x'.repeat(100_000),
  ])('rejects %j as format', (input) => {
    expect(parsePersonalNumber(input, today)).toEqual({ ok: false, reason: 'format' });
  });

  it('rejects non-strings handed over at runtime', () => {
    const values: unknown[] = [undefined, null, 1912121212, {}, ['19121212-1212']];
    for (const value of values) {
      expect(parsePersonalNumber(value as string, today)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('never throws on any string and always returns a well-formed result', () => {
    // Seeded, so a failure is reproducible. Biased towards digits and separators so that
    // a good share of strings reach the date and check-digit stages.
    let seed = 20250601;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const alphabet = [...'0123456789012345678901234567890123456789-+ \tAaZz\u00a0\u200b\n/.é', '😀', '\u0000', '٣'];
    const reached = new Set<string>();
    const pick = (chars: readonly string[]): string => chars[Math.floor(random() * chars.length)] ?? '';
    const digits = (n: number): string => Array.from({ length: n }, () => pick([...'0123456789'])).join('');
    for (let i = 0; i < 600; i++) {
      let input = '';
      if (i % 2 === 0) {
        // Free-form noise.
        const length = Math.floor(random() * 16);
        for (let j = 0; j < length; j++) input += pick(alphabet);
      } else {
        // Number-shaped: random digits in an accepted layout, sometimes with one character replaced.
        input = `${digits(random() < 0.5 ? 6 : 8)}${pick(['', '-', '+'])}${digits(4)}`;
        if (random() < 0.3) {
          const at = Math.floor(random() * input.length);
          input = input.slice(0, at) + pick(alphabet) + input.slice(at + 1);
        }
      }
      const result = parsePersonalNumber(input, today);
      if (result.ok) {
        expect(result.normalized).toMatch(/^\d{8}-\d{4}$/);
        expect(result.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(parsePersonalNumber(result.normalized, today)).toEqual(result);
        reached.add('ok');
      } else {
        expect(['format', 'date', 'check_digit']).toContain(result.reason);
        reached.add(result.reason);
      }
    }
    // The generator must actually exercise every outcome, or the test proves little.
    expect([...reached].sort()).toEqual(['check_digit', 'date', 'format', 'ok']);
  });
});

describe('isValidPersonalNumber', () => {
  it.each([
    ['19121212-1212', true],
    ['121212+1212', true],
    ['701063-2391', true],
    ['19121212-1213', false],
    ['19000229-1235', false],
    ['nonsense', false],
  ])('%s → %s', (input, expected) => {
    expect(isValidPersonalNumber(input, today)).toBe(expected);
  });
});

describe('formatPersonalNumber', () => {
  it.each([
    ['191212121212', '19121212-1212'],
    ['19121212-1212', '19121212-1212'],
    [' 19121212-1212 ', '19121212-1212'],
    // No century guessing for display: shorter forms are shown as stored.
    ['121212-1212', '121212-1212'],
    ['not a number', 'not a number'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(formatPersonalNumber(input)).toBe(expected);
  });

  it('formats what parsePersonalNumber normalizes without changing it', () => {
    const parsed = parsePersonalNumber('1212121212', today);
    expect(parsed.ok && formatPersonalNumber(parsed.normalized)).toBe('20121212-1212');
  });
});
