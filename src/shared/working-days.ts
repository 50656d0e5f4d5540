/**
 * Working days in Sweden, for deadlines such as "a first response to a consultation within
 * 1 working day". Holidays are computed from the rules (not listed per year) so the code never
 * runs out of years, and all calendar dates are dates in Sweden (Europe/Stockholm), whatever the
 * server's own time zone is. No dependencies: Intl does the time zone work.
 *
 * Deadline rule (addWorkingDays):
 * - Received on a working day: due at the same Stockholm wall-clock time `days` working days
 *   later. Friday 14:00 → Monday 14:00 (Tuesday 14:00 if Monday is a holiday).
 * - Received on a day that is not a working day (weekend, holiday, julafton, …): the clock starts
 *   at 00:00 on the next working day and the deadline is the END of the `days`-th working day,
 *   counting that day as the first. Saturday → end of Monday, i.e. Tuesday 00:00, the instant
 *   Monday ends (the deadline is an exclusive end: overdue when now >= deadline; a UI may show it
 *   as "by the end of Monday").
 */

export type Holiday = { date: string /* YYYY-MM-DD */; name: { sv: string; en: string } };

const TIME_ZONE = 'Europe/Stockholm';
const DAY_MS = 86_400_000;

// Calendar dates are handled as "epoch days" (days since 1970-01-01) so that adding days is plain
// integer arithmetic, free of time zones and DST.
const epochDay = (year: number, month: number, day: number): number => {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / DAY_MS);
};
const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 0 = Sunday … 6 = Saturday. */
const weekday = (day: number): number => new Date(day * DAY_MS).getUTCDay();

function checkYear(year: number): void {
  // The Gregorian Easter algorithm needs the Gregorian calendar (1583 on); YYYY needs four digits.
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Year out of range (1583–9999): ${year}`);
  }
}

/** Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm, as an epoch day. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDay(year, month, day);
}

/** The Saturday in the seven days starting at `first` (midsommardagen, alla helgons dag). */
const saturdayFrom = (first: number): number => first + ((6 - weekday(first) + 7) % 7);

type YearData = { holidays: Holiday[]; closed: Holiday[]; nonWorking: Set<string> };
const cache = new Map<number, YearData>();

function yearData(year: number): YearData {
  const cached = cache.get(year);
  if (cached) return cached;
  checkYear(year);

  const easter = easterSunday(year);
  const midsummerDay = saturdayFrom(epochDay(year, 6, 20));
  const entry = (day: number, sv: string, en: string): Holiday => ({ date: isoDate(day), name: { sv, en } });

  // Allmänna helgdagar, lag (1989:253) om allmänna helgdagar. The current law is applied to every
  // year, also to years before it took effect (e.g. nationaldagen became a holiday in 2005).
  // Two pairs can fall on the same date: Kristi himmelsfärdsdag and första maj (Easter on
  // 23 March, e.g. 2008), and pingstdagen and nationaldagen (Easter on 18 April, e.g. 2049).
  // Both entries are kept, so there are always 13 holidays but occasionally only 12 dates.
  const holidays = [
    entry(epochDay(year, 1, 1), 'Nyårsdagen', "New Year's Day"),
    entry(epochDay(year, 1, 6), 'Trettondedag jul', 'Epiphany'),
    entry(easter - 2, 'Långfredagen', 'Good Friday'),
    entry(easter, 'Påskdagen', 'Easter Sunday'),
    entry(easter + 1, 'Annandag påsk', 'Easter Monday'),
    entry(easter + 39, 'Kristi himmelsfärdsdag', 'Ascension Day'),
    entry(epochDay(year, 5, 1), 'Första maj', 'May Day'),
    entry(easter + 49, 'Pingstdagen', 'Whit Sunday'),
    entry(epochDay(year, 6, 6), 'Sveriges nationaldag', 'National Day of Sweden'),
    entry(midsummerDay, 'Midsommardagen', 'Midsummer Day'),
    entry(saturdayFrom(epochDay(year, 10, 31)), 'Alla helgons dag', "All Saints' Day"),
    entry(epochDay(year, 12, 25), 'Juldagen', 'Christmas Day'),
    entry(epochDay(year, 12, 26), 'Annandag jul', "St Stephen's Day"),
  ].sort((x, y) => x.date.localeCompare(y.date));

  // Not holidays in law, but public authorities and most workplaces are closed on them.
  const closed = [
    entry(midsummerDay - 1, 'Midsommarafton', 'Midsummer Eve'),
    entry(epochDay(year, 12, 24), 'Julafton', 'Christmas Eve'),
    entry(epochDay(year, 12, 31), 'Nyårsafton', "New Year's Eve"),
  ];

  const data = { holidays, closed, nonWorking: new Set([...holidays, ...closed].map((h) => h.date)) };
  cache.set(year, data);
  return data;
}

// Copies, so that callers cannot change the cached lists.
const copy = (list: Holiday[]): Holiday[] => list.map((h) => ({ date: h.date, name: { ...h.name } }));

/** All Swedish public holidays (allmänna helgdagar) of a year, sorted by date. */
export function swedishPublicHolidays(year: number): Holiday[] {
  return copy(yearData(year).holidays);
}

/** Midsommarafton, julafton and nyårsafton: not public holidays, but de facto non-working days. */
export function swedishDeFactoClosedDays(year: number): Holiday[] {
  return copy(yearData(year).closed);
}

// One formatter, reused: creating Intl.DateTimeFormat objects is comparatively slow.
const stockholmFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The Stockholm wall-clock time of an instant, as an epoch day and milliseconds into that day. */
function stockholmWallTime(instant: Date): { day: number; ms: number } {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  const parts = stockholmFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const day = epochDay(part('year'), part('month'), part('day'));
  const seconds = part('hour') * 3600 + part('minute') * 60 + part('second');
  return { day, ms: seconds * 1000 + (((t % 1000) + 1000) % 1000) };
}

/** How far Stockholm's wall clock is ahead of UTC at an instant, in milliseconds. */
function stockholmOffset(t: number): number {
  const wall = stockholmWallTime(new Date(t));
  return wall.day * DAY_MS + wall.ms - t;
}

/** The instant at which Stockholm's wall clock shows the given day and time of day. */
function instantFromWallTime(day: number, ms: number): Date {
  const wall = day * DAY_MS + ms; // the wall time read as if it were UTC
  // The offset is the one in force either before or after a nearby DST change (there is at most
  // one per day), so one of these two candidates is right unless the wall time does not exist.
  const before = wall - stockholmOffset(wall - DAY_MS);
  const after = wall - stockholmOffset(wall + DAY_MS);
  const valid = [before, after].filter((t) => stockholmOffset(t) === wall - t);
  // Repeated time (autumn, 02:00–03:00 twice): the earlier instant. Skipped time (spring,
  // 02:00–03:00 does not exist): shift forward by the gap, so 02:30 becomes 03:30 — as Temporal's
  // "compatible" disambiguation does.
  return new Date(valid.length > 0 ? Math.min(...valid) : before);
}

/** The calendar date `days` days after `date` (before, when negative); YYYY-MM-DD in and out. */
export function addCalendarDays(date: string, days: number): string {
  return isoDate(parseDate(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function calendarDaysBetween(from: string, to: string): number {
  return parseDate(to) - parseDate(from);
}

/** The Stockholm calendar date (YYYY-MM-DD) of an instant. */
export function stockholmDate(instant: Date): string {
  return isoDate(stockholmWallTime(instant).day);
}

/**
 * The instant at which Stockholm's wall clock shows `date` (YYYY-MM-DD) at the given time. A time
 * skipped by the spring DST change is moved forward by an hour; a repeated autumn time is the
 * first of the two.
 */
/** The calendar year in Sweden at the instant: something opened on New Year's Eve night counts in Swedish time. */
export function stockholmYear(instant: Date): number {
  return Number(stockholmDate(instant).slice(0, 4));
}

export function stockholmTimeToInstant(date: string, hour = 0, minute = 0, second = 0, millisecond = 0): Date {
  return instantFromWallTime(parseDate(date), ((hour * 60 + minute) * 60 + second) * 1000 + millisecond);
}

function parseDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? epochDay(Number(match[1]), Number(match[2]), Number(match[3])) : NaN;
  // Round-trip to reject dates such as 2025-02-30, which Date would silently roll over.
  if (Number.isNaN(day) || isoDate(day) !== date) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return day;
}

/** A Date is an instant: its calendar day is the one in Stockholm. Strings are calendar dates. */
const toDay = (date: string | Date): number => (typeof date === 'string' ? parseDate(date) : stockholmWallTime(date).day);

function isWorkingEpochDay(day: number): boolean {
  const dow = weekday(day);
  if (dow === 0 || dow === 6) return false;
  const date = isoDate(day);
  // The de facto closed days count as non-working: public authorities are closed on them, so a
  // "1 working day" deadline must not fall on midsommarafton, julafton or nyårsafton.
  return !yearData(Number(date.slice(0, 4))).nonWorking.has(date);
}

const nextWorkingDay = (day: number): number => {
  let next = day + 1;
  while (!isWorkingEpochDay(next)) next++;
  return next;
};

/**
 * Whether a date is a working day in Sweden: not a Saturday, Sunday, public holiday, or a de
 * facto closed day (midsommarafton, julafton, nyårsafton). A string is a YYYY-MM-DD calendar date;
 * a Date is an instant, and its calendar date in Stockholm is used.
 */
export function isWorkingDay(date: string | Date): boolean {
  return isWorkingEpochDay(toDay(date));
}

/**
 * The deadline `days` working days after `from` (see the rule at the top of this file): the same
 * Stockholm wall-clock time `days` working days later; or, if `from` is not on a working day, the
 * end (00:00 of the following calendar day) of the `days`-th working day, counting the next
 * working day as the first. With `days` = 0: `from` itself, or 00:00 of the next working day.
 */
export function addWorkingDays(from: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number >= 0: ${days}`);
  const wall = stockholmWallTime(from);
  let day = wall.day;
  if (isWorkingEpochDay(day)) {
    for (let i = 0; i < days; i++) day = nextWorkingDay(day);
    // Converting back through the wall clock keeps the local time across DST changes
    // (Friday 14:00 CET → Monday 14:00 CEST is 71 hours, not 72).
    return instantFromWallTime(day, wall.ms);
  }
  day = nextWorkingDay(day);
  if (days === 0) return instantFromWallTime(day, 0);
  for (let i = 1; i < days; i++) day = nextWorkingDay(day);
  return instantFromWallTime(day + 1, 0);
}

/**
 * The number of working days d with a < d <= b (calendar dates in Stockholm), negative if b is
 * before a. For `from` on a working day, workingDaysBetween(from, addWorkingDays(from, n)) === n.
 */
export function workingDaysBetween(a: string | Date, b: string | Date): number {
  const start = toDay(a);
  const end = toDay(b);
  if (end < start) return -workingDaysBetween(b, a);
  let count = 0;
  for (let day = start + 1; day <= end; day++) if (isWorkingEpochDay(day)) count++;
  return count;
}
