/**
 * Swedish calendar dates in the browser, whatever the device's own time zone: deadlines and
 * reminders are dates in Sweden (Europe/Stockholm), sent as YYYY-MM-DD.
 */
export { calendarDaysBetween as daysBetween, stockholmDate as swedishToday } from '../../../shared/working-days.ts';

/**
 * A date as formatDate takes it. Noon keeps the day the same in every time zone a browser may be
 * in; midnight UTC would be the evening before in the Americas.
 */
export function asFormattableDate(date: string): string {
  return `${date}T12:00:00`;
}
