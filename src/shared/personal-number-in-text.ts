/**
 * Finding Swedish personal identity and coordination numbers in free text, where the exposed
 * person must not be identified: the public form, call notes about exposed callers, measure notes.
 *
 * The rule: a run of digit groups counts when its 10 or 12 digits are grouped the way people write
 * such a number (YY MM DD serial, optionally a century in front, the serial never split), the date
 * is a real day (or a coordination day, day + 60) and the check digit is right. With a wrong check
 * digit it still counts when the date digits are written together (850312-1234, 850312 1234,
 * 198503121234), because a mistyped number still points at a person; bare ten digits starting with
 * 0 are let through then, because that is how a mobile number is written (0701234567). The price
 * of a right check digit counting in any plausible grouping: a little over one in a hundred mobile
 * numbers written without spaces, and one in ten dates followed by a bare time (2024-03-15 1430),
 * are refused; the message quotes them, and written with spaces or as 14.30 they pass.
 *
 * Groups join by one to three spaces, dashes or dots ('+' only before the serial, for 100 years or
 * older), never glued to other digits; the year that starts the second date of a range
 * (2024-03-15–2024-03-20) is not taken for a serial.
 *
 * Before looking, the text is folded so that every way of writing the same number looks alike:
 * NFKC (full-width and other compatibility digits become ASCII), digits of other scripts become
 * ASCII, invisible format characters and combining marks are dropped (soft hyphen, zero-width
 * space, word joiner), every dash and minus becomes '-', every space becomes ' '.
 */
import { isCalendarDate, luhnCheckDigit } from './personal-number.ts';

export interface PersonalNumberInText {
  /** The number as the person wrote it, cut from the original text (invisible characters included). */
  written: string;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
}

/** Every personal or coordination number the text seems to hold, in order, not overlapping. */
export function findPersonalNumbers(text: string): PersonalNumberInText[] {
  if (typeof text !== 'string') return [];
  const folded = fold(text);
  const found: { first: number; last: number }[] = [];
  for (const chain of chainsOf(folded.text)) {
    for (let i = 0; i < chain.length; i++) {
      let digits = 0;
      for (let j = i; j < chain.length && digits < 12; j++) {
        digits += chain[j]!.digits.length;
        if ((digits === 10 || digits === 12) && looksLikePersonalNumber(chain, i, j)) {
          found.push({ first: chain[i]!.start, last: chain[j]!.end - 1 });
        }
      }
    }
  }
  // Earliest first and, from the same place, the longest (a century in front); overlaps dropped.
  found.sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: PersonalNumberInText[] = [];
  let reached = -1;
  for (const { first, last } of found) {
    if (first <= reached) continue;
    reached = last;
    const start = folded.starts[first]!;
    const end = folded.ends[last]!;
    kept.push({ written: text.slice(start, end), start, end });
  }
  return kept;
}

/** Whether the text holds what findPersonalNumbers finds. */
export function containsPersonalNumber(text: string): boolean {
  return findPersonalNumbers(text).length > 0;
}

interface Folded {
  /** One character per folded character: an ASCII digit, '-', ' ', '.', '+' or '#' for anything else. */
  text: string;
  /** Where each folded character came from in the original text. */
  starts: number[];
  ends: number[];
}

const dropped = /[\p{Cf}\p{M}]/u;
const dash = /[\p{Pd}\u2212\u2043\u02d7\u2796]/u;
const space = /\s/u;
const anyDigit = /\p{Nd}/u;

// Code point by code point rather than the whole text at once, so that every folded character
// knows where it came from; for digits, dashes and spaces the result is the same.
function fold(text: string): Folded {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const original of text) {
    const start = at;
    at += original.length;
    for (const char of original.normalize('NFKC')) {
      if (dropped.test(char)) continue;
      folded += foldChar(char);
      starts.push(start);
      ends.push(at);
    }
  }
  return { text: folded, starts, ends };
}

function foldChar(char: string): string {
  if (char >= '0' && char <= '9') return char;
  if (char === '.' || char === '+') return char;
  if (anyDigit.test(char)) return String(digitValue(char));
  if (dash.test(char)) return '-';
  if (space.test(char)) return ' ';
  return '#';
}

/** Unicode encodes every script's digits 0–9 in runs of ten, zero first. */
function digitValue(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  let zero = code;
  while (code - zero < 100 && anyDigit.test(String.fromCodePoint(zero - 1))) zero--;
  return (code - zero) % 10;
}

interface Group {
  digits: string;
  /** Positions in the folded text, end exclusive. */
  start: number;
  end: number;
  /** What joins this group to the previous one in its chain ('' for the first). */
  before: string;
}

// Between two digit groups of one number: a short run of spaces, dashes, dots or a plus.
const joiner = /^[-. +]{1,3}$/;

/** Digit groups joined by short separators; each chain starts and ends next to something else. */
function chainsOf(folded: string): Group[][] {
  const chains: Group[][] = [];
  let chain: Group[] = [];
  for (const match of folded.matchAll(/\d+/g)) {
    const start = match.index;
    const previous = chain.at(-1);
    const between = previous ? folded.slice(previous.end, start) : '';
    if (previous && !joiner.test(between)) {
      chains.push(chain);
      chain = [];
    }
    chain.push({ digits: match[0], start, end: start + match[0].length, before: chain.length > 0 ? between : '' });
  }
  if (chain.length > 0) chains.push(chain);
  return chains;
}

// Where people put separators: YY|MM|DD|serial, with CC| in front in the 12-digit form.
const allowedBoundaries = { 10: [2, 4, 6], 12: [2, 4, 6, 8] } as const;

function looksLikePersonalNumber(chain: readonly Group[], first: number, last: number): boolean {
  const groups = chain.slice(first, last + 1);
  const digits = groups.map((g) => g.digits).join('');
  const length = digits.length === 10 ? 10 : 12;
  const serialAt = length - 4;

  const boundaries: number[] = [];
  let offset = 0;
  for (const group of groups.slice(0, -1)) {
    offset += group.digits.length;
    boundaries.push(offset);
  }
  const allowed: readonly number[] = allowedBoundaries[length];
  if (!boundaries.every((b) => allowed.includes(b))) return false;
  // '+' (100 years or older) stands only before the serial, and only without a century.
  const joins = groups.slice(1).map((g) => g.before);
  if (joins.some((join, k) => join.includes('+') && !(length === 10 && boundaries[k] === serialAt))) return false;

  if (!isBirthDate(digits)) return false;
  if (startsADate(chain, last)) return false;

  const ten = digits.slice(-10);
  if (luhnCheckDigit(ten.slice(0, 9)) === Number(ten[9])) return true;
  const isDateTogether = boundaries.every((b) => b === serialAt);
  const isBareMobileNumber = groups.length === 1 && length === 10 && digits.startsWith('0');
  return isDateTogether && !isBareMobileNumber;
}

/** The date part of 10 or 12 digits is a real day, or a coordination day (day + 60). */
function isBirthDate(digits: string): boolean {
  const century = digits.length === 12 ? Number(digits.slice(0, 2)) : null;
  if (century !== null && (century < 18 || century > 20)) return false;
  const date = digits.slice(-10, -4);
  const yy = Number(date.slice(0, 2));
  const month = Number(date.slice(2, 4));
  const rawDay = Number(date.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  // Without a century, 29 February counts in every year divisible by four (2000 was a leap year).
  const year = century === null ? 2000 + yy : century * 100 + yy;
  return isCalendarDate(year, month, day);
}

/**
 * Whether the four digits taken for the serial are the year of a date that goes on (-MM-DD), as
 * in the range 2024-03-15–2024-03-20: the first date and the next year are no personal number.
 */
function startsADate(chain: readonly Group[], last: number): boolean {
  const [month, day] = [chain[last + 1], chain[last + 2]];
  const isDatePart = (g: Group | undefined) => g !== undefined && g.digits.length === 2 && /[-.]/.test(g.before);
  return chain[last]!.digits.length === 4 && isDatePart(month) && isDatePart(day);
}
