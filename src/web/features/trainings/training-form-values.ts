import type { PoliceRegion, TrainingAudience, TrainingFormat } from '../../../shared/enums.ts';
import type { TrainingItem } from '../../../shared/schemas/trainings.ts';
import { stockholmTimeToInstant } from '../../../shared/working-days.ts';
import type { Translate } from '../../i18n/index.tsx';
import { stockholmParts } from './training-labels.ts';

export const trainingFields = [
  'title',
  'description',
  'audiences',
  'format',
  'place',
  'onlineUrl',
  'startsAt',
  'endsAt',
  'regionCode',
  'capacity',
  'registrationDeadline',
  'status',
] as const;
export type TrainingField = (typeof trainingFields)[number];

/** The form's values as its controls hold them: dates and times apart, in Swedish time. */
export interface TrainingValues {
  title: string;
  description: string;
  audiences: TrainingAudience[];
  format: TrainingFormat;
  place: string;
  onlineUrl: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  regionCode: PoliceRegion | '';
  capacity: string;
  deadlineDate: string;
  publish: boolean;
}

export const emptyTrainingValues: TrainingValues = {
  title: '',
  description: '',
  audiences: [],
  format: 'on_site',
  place: '',
  onlineUrl: '',
  startDate: '',
  startTime: '09:00',
  endDate: '',
  endTime: '12:00',
  regionCode: '',
  capacity: '',
  deadlineDate: '',
  publish: false,
};

export function valuesOf(item: TrainingItem): TrainingValues {
  const start = stockholmParts(item.startsAt);
  const end = stockholmParts(item.endsAt);
  return {
    title: item.title,
    description: item.description,
    audiences: item.audiences,
    format: item.format,
    place: item.place ?? '',
    onlineUrl: item.onlineUrl ?? '',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    regionCode: item.regionCode ?? '',
    capacity: String(item.capacity),
    deadlineDate: stockholmParts(item.registrationDeadline).date,
    publish: item.status === 'published',
  };
}

/** The instant of a Swedish date and time, or '' (which the schema refuses) when either is not one. */
function instantOf(date: string, time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return '';
  try {
    return stockholmTimeToInstant(date, Number(match[1]), Number(match[2])).toISOString();
  } catch {
    return '';
  }
}

/** The request the values make; left unchecked, as the shared schema checks it before it is sent. */
export function trainingRequestOf(values: TrainingValues) {
  return {
    title: values.title,
    description: values.description,
    audiences: values.audiences,
    format: values.format,
    place: values.format === 'on_site' ? values.place : '',
    onlineUrl: values.format === 'online' ? values.onlineUrl : '',
    startsAt: instantOf(values.startDate, values.startTime),
    endsAt: instantOf(values.endDate || values.startDate, values.endTime),
    regionCode: values.regionCode === '' ? null : values.regionCode,
    capacity: values.capacity.trim() === '' ? NaN : Number(values.capacity),
    // Registration closes at the end of the chosen day (Swedish time), or at the start if that is sooner.
    registrationDeadline: instantOf(values.deadlineDate, '23:59'),
    status: values.publish ? ('published' as const) : ('draft' as const),
  };
}

const controlIds: Partial<Record<TrainingField, string>> = {
  audiences: 'training-audiences-municipality',
  format: 'training-format-on_site',
  startsAt: 'training-startDate',
  endsAt: 'training-endDate',
  registrationDeadline: 'training-deadlineDate',
  status: 'training-publish',
};
export const trainingControlId = (field: TrainingField): string => controlIds[field] ?? `training-${field}`;

export function trainingMessageOf(t: Translate, field: TrainingField, code: string): string {
  switch (field) {
    case 'title':
      return t('trainings.errors.title');
    case 'audiences':
      return t('trainings.errors.audiences');
    case 'place':
      return t('trainings.errors.place');
    case 'onlineUrl':
      return t('trainings.errors.onlineUrl');
    case 'startsAt':
      return t('trainings.errors.startsAt');
    case 'endsAt':
      return t('trainings.errors.endsAt');
    case 'registrationDeadline':
      return t('trainings.errors.deadline');
    case 'capacity':
      return code === 'below_registered' ? t('trainings.errors.capacityBelowRegistered') : t('trainings.errors.capacity');
    case 'description':
    case 'format':
    case 'regionCode':
    case 'status':
      return t('trainings.errors.invalid');
  }
}
