import { measureStatuses, measureTypes, type MeasureStatus, type MeasureType } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { Measure, MeasureCreateRequest, MeasureUpdateInput } from '../../../shared/schemas/measures.ts';

// Light checks by hand, without Zod: the case page must not pull it into the first download. The
// server checks the same rules and its 400 field errors are shown the same way.

export const measureFields = ['type', 'status', 'startOn', 'endOn', 'note'] as const;
export type MeasureField = (typeof measureFields)[number];

/** The form's values as the controls hold them: text, '' for empty. */
export type MeasureFormValues = Record<MeasureField, string>;

export type MeasureFormProblem =
  | 'type'
  | 'status'
  | 'dateInvalid'
  | 'decisionRequired'
  | 'expiryRequired'
  | 'endBeforeStart'
  | 'endComputed'
  | 'noteTooLong'
  | 'noteIdentity'
  | 'noteInvalid';

/** The reflection period runs 30 days from the decision (DESIGN.md §5); the server computes the end. */
export const reflectionPeriodDays = 30;

export const emptyMeasureForm: MeasureFormValues = { type: '', status: 'planned', startOn: '', endOn: '', note: '' };

export function formValuesOf(measure: Measure): MeasureFormValues {
  return {
    type: measure.type,
    status: measure.status,
    startOn: measure.startOn ?? '',
    endOn: measure.endOn ?? '',
    note: measure.note ?? '',
  };
}

const isMeasureType = (value: string): value is MeasureType => (measureTypes as readonly string[]).includes(value);
const isMeasureStatus = (value: string): value is MeasureStatus => (measureStatuses as readonly string[]).includes(value);

/** A date that exists, written YYYY-MM-DD (what a date input gives; typed by hand in some browsers). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2199) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The last day of the reflection period for a decision on this date, for the form to show. */
export function reflectionPeriodEnd(decisionOn: string): string | null {
  if (!isCalendarDate(decisionOn)) return null;
  const [year, month, day] = decisionOn.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + reflectionPeriodDays)).toISOString().slice(0, 10);
}

/** The problems the form can see without the server, by field. */
export function checkMeasureForm(values: MeasureFormValues): Partial<Record<MeasureField, MeasureFormProblem>> {
  const problems: Partial<Record<MeasureField, MeasureFormProblem>> = {};
  if (!isMeasureType(values.type)) problems.type = 'type';
  if (!isMeasureStatus(values.status)) problems.status = 'status';
  const startOn = values.startOn.trim();
  const endOn = values.endOn.trim();
  if (startOn && !isCalendarDate(startOn)) problems.startOn = 'dateInvalid';
  if (values.type === 'reflection_period_permit') {
    if (!startOn) problems.startOn = 'decisionRequired';
  } else {
    if (endOn && !isCalendarDate(endOn)) problems.endOn = 'dateInvalid';
    else if (!endOn && values.type === 'temporary_residence_permit') problems.endOn = 'expiryRequired';
    else if (endOn && startOn && !problems.startOn && endOn < startOn) problems.endOn = 'endBeforeStart';
  }
  if (values.note.trim().length > limits.shortTextMax) problems.note = 'noteTooLong';
  return problems;
}

/** Which form problem a field error from the server is. */
export function problemOfServerError(field: string, code: string): [MeasureField, MeasureFormProblem] | null {
  switch (field) {
    case 'type':
      return ['type', 'type'];
    case 'status':
      return ['status', 'status'];
    case 'startOn':
      return ['startOn', code === 'required' ? 'decisionRequired' : 'dateInvalid'];
    case 'endOn':
      if (code === 'required') return ['endOn', 'expiryRequired'];
      if (code === 'before_start') return ['endOn', 'endBeforeStart'];
      if (code === 'computed') return ['endOn', 'endComputed'];
      return ['endOn', 'dateInvalid'];
    case 'note':
      if (code === 'identity_data') return ['note', 'noteIdentity'];
      if (code === 'too_big') return ['note', 'noteTooLong'];
      return ['note', 'noteInvalid'];
    default:
      return null;
  }
}

const orNull = (value: string) => value.trim() || null;

/**
 * The body to send. The end of a reflection period is left out: the server computes it and
 * refuses one sent by the client.
 */
export function measureRequestOf(values: MeasureFormValues): MeasureCreateRequest & MeasureUpdateInput {
  const type = values.type as MeasureType;
  return {
    type,
    status: values.status as MeasureStatus,
    startOn: orNull(values.startOn),
    ...(type === 'reflection_period_permit' ? {} : { endOn: orNull(values.endOn) }),
    note: orNull(values.note),
  };
}
