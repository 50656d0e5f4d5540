import type { MeasureType } from '../../../shared/enums.ts';
import { containsPersonalNumber } from '../../../shared/personal-number-in-text.ts';
import { addCalendarDays } from '../../../shared/working-days.ts';
import type { FieldError } from '../../platform/problems.ts';

/**
 * The reflection period (betänketid) runs 30 days from the permit decision (DESIGN.md §5). The
 * deadlines module reads the end of it from measures.end_on of the reflection_period_permit.
 */
export const reflectionPeriodDays = 30;

/** A calendar date (YYYY-MM-DD) some days later. */
export const addDays = addCalendarDays;

/** The last day of the reflection period that starts with a permit decision on this date. */
export function reflectionPeriodEnd(decisionOn: string): string {
  return addDays(decisionOn, reflectionPeriodDays);
}

export interface MeasureDatesInput {
  type: MeasureType;
  startOn: string | null;
  /** The end date in the request: undefined when the request did not send one. */
  sentEndOn: string | null | undefined;
  /** The end date stored so far (an update that does not send one keeps it); null for a new measure. */
  storedEndOn: string | null;
}

export type MeasureDates = { ok: true; startOn: string | null; endOn: string | null } | { ok: false; errors: FieldError[] };

/**
 * The dates to store for a measure, or what is wrong with them:
 * - reflection_period_permit: startOn is the permit decision and is required; endOn is computed
 *   as the decision + 30 days. An end date sent by the client is refused (400, code "computed")
 *   rather than silently replaced, so a client never believes it set a date the server changed.
 * - temporary_residence_permit: endOn, the permit's expiry, is required.
 * - every type: endOn is not before startOn.
 */
export function resolveMeasureDates({ type, startOn, sentEndOn, storedEndOn }: MeasureDatesInput): MeasureDates {
  if (type === 'reflection_period_permit') {
    const errors: FieldError[] = [];
    if (startOn === null) {
      errors.push({ field: 'startOn', code: 'required', message: 'the date of the permit decision is required' });
    }
    if (typeof sentEndOn === 'string') {
      errors.push({ field: 'endOn', code: 'computed', message: 'the reflection period ends 30 days after the decision; leave endOn out' });
    }
    if (errors.length > 0 || startOn === null) return { ok: false, errors };
    return { ok: true, startOn, endOn: reflectionPeriodEnd(startOn) };
  }
  const endOn = sentEndOn === undefined ? storedEndOn : sentEndOn;
  if (type === 'temporary_residence_permit' && endOn === null) {
    return { ok: false, errors: [{ field: 'endOn', code: 'required', message: 'the expiry date of the permit is required' }] };
  }
  // ISO dates compare correctly as text.
  if (startOn !== null && endOn !== null && endOn < startOn) {
    return { ok: false, errors: [{ field: 'endOn', code: 'before_start', message: 'the end date is before the start date' }] };
  }
  return { ok: true, startOn, endOn };
}

/**
 * A note must never hold identity data. Free text cannot be checked for names, but a personal
 * identity or coordination number can be found however it is written (findPersonalNumbers): refuse it.
 */
export function noteIdentityError(note: string | null): FieldError | null {
  if (note === null) return null;
  if (!containsPersonalNumber(note)) return null;
  return { field: 'note', code: 'identity_data', message: 'the note looks like it holds a personal identity number; leave identity data out' };
}
