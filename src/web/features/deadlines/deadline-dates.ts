/**
 * Swedish calendar dates in the browser, whatever the device's own time zone: deadlines and
 * reminders are dates in Sweden (Europe/Stockholm), sent as YYYY-MM-DD.
 */
const stockholmParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Sweden, YYYY-MM-DD. */
export function swedishToday(now: Date = new Date()): string {
  const parts = stockholmParts.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const epochDay = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** Calendar days from one date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/**
 * A date as formatDate takes it. Noon keeps the day the same in every time zone a browser may be
 * in; midnight UTC would be the evening before in the Americas.
 */
export function asFormattableDate(date: string): string {
  return `${date}T12:00:00`;
}
