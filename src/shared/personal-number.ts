/**
 * Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer), used by the server's schemas and the web app's forms alike
 * for the identity data of exposed persons.
 *
 * Finding them inside free text is personal-number-in-text.ts.
 *
 * Parsing never throws on user input: every failure comes back as a reason the
 * form can explain, so a pasted value can never take the request down.
 */

export interface ParsedPersonalNumber {
  ok: true;
  /** Always `YYYYMMDD-NNNC`; for coordination numbers the day keeps its +60. */
  normalized: string;
  /** The real birth date, `YYYY-MM-DD` (coordination offset removed). */
  birthDate: string;
  isCoordinationNumber: boolean;
  /**
   * The legal sex registered by Skatteverket, read from the second-to-last digit
   * (even = female). It says nothing about gender identity and is only as current
   * as the number: it is not updated in place, a new number is issued instead.
   */
  sex: 'female' | 'male';
}

export interface PersonalNumberError {
  ok: false;
  reason: 'format' | 'date' | 'check_digit';
}

export type PersonalNumberResult = ParsedPersonalNumber | PersonalNumberError;

// Optional century, six date digits, optional separator, four digits. `\d` without
// the `u` flag is ASCII-only, so other scripts' digits are a format error.
const shape = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+])?(\d{3})(\d)$/;

// Skatteverket adds 60 to the day of birth to tell coordination numbers apart.
const coordinationOffset = 60;

export function parsePersonalNumber(input: string, today: Date = new Date()): PersonalNumberResult {
  // The server may hand us whatever JSON contained; be defensive at runtime too.
  if (typeof input !== 'string') return { ok: false, reason: 'format' };
  const match = shape.exec(input.trim());
  if (!match) return { ok: false, reason: 'format' };
  const [, centuryDigits, yy = '', mm = '', dd = '', separator, serial = '', check = ''] = match;

  let year: number;
  if (centuryDigits !== undefined) {
    // '+' only exists in the 10-digit form; with an explicit century it would contradict it.
    if (separator === '+') return { ok: false, reason: 'format' };
    year = Number(centuryDigits + yy);
  } else {
    if (Number.isNaN(today.getTime())) throw new RangeError('parsePersonalNumber: invalid `today`');
    // The separator switches to '+' in the year the person turns 100, so by year (not
    // by date): '-' means the most recent year not after this one, '+' a century earlier.
    const currentYear = today.getFullYear();
    year = currentYear - ((currentYear - Number(yy)) % 100 + 100) % 100;
    if (separator === '+') year -= 100;
  }

  const month = Number(mm);
  const rawDay = Number(dd);
  const isCoordinationNumber = rawDay > coordinationOffset;
  const day = isCoordinationNumber ? rawDay - coordinationOffset : rawDay;
  if (!isCalendarDate(year, month, day)) return { ok: false, reason: 'date' };

  // The check digit covers the 10-digit form only, so the century is not protected by it.
  if (luhnCheckDigit(yy + mm + dd + serial) !== Number(check)) return { ok: false, reason: 'check_digit' };

  const yyyy = String(year).padStart(4, '0');
  return {
    ok: true,
    normalized: `${yyyy}${mm}${dd}-${serial}${check}`,
    birthDate: `${yyyy}-${mm}-${String(day).padStart(2, '0')}`,
    isCoordinationNumber,
    sex: Number(serial[2]) % 2 === 0 ? 'female' : 'male',
  };
}

export function isValidPersonalNumber(input: string, today?: Date): boolean {
  return parsePersonalNumber(input, today).ok;
}

/**
 * Display form `YYYYMMDD-NNNC` for a stored 12-digit number (with or without dash).
 * Anything else is returned trimmed but otherwise as stored: display must not guess a
 * century or hide what is actually on record.
 */
export function formatPersonalNumber(normalized: string): string {
  const value = normalized.trim();
  const match = /^(\d{8})-?(\d{4})$/.exec(value);
  return match ? `${match[1]}-${match[2]}` : value;
}

/** Whether year-month-day is a day of the Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Gregorian leap years: 1900 was not one, 2000 was.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

/** Luhn (mod 10) with weights 2,1,2,… from the left, as Skatteverket specifies. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    const product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}
