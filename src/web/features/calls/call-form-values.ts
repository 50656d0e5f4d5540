import '../../zod-config.ts';
import type { CallerCategory, CallTopic, PoliceRegion } from '../../../shared/enums.ts';
import { callAdviceMax, type CallCreateRequest } from '../../../shared/schemas/calls.ts';
import { choiceId } from '../../components/choice-group.tsx';
import type { Translate } from '../../i18n/index.tsx';

export const callFields = ['callerCategory', 'topic', 'adviceGiven', 'followUpNeeded', 'regionCode', 'language', 'consultationReference', 'caseReference'] as const;
export type CallField = (typeof callFields)[number];

/** The call form's values as its controls hold them. */
export interface CallValues {
  callerCategory: CallerCategory | null;
  topic: CallTopic | '';
  adviceGiven: string;
  followUpNeeded: boolean;
  regionCode: PoliceRegion | '';
  language: string;
  consultationReference: string;
  caseReference: string;
}

export const emptyCallValues: CallValues = {
  callerCategory: null,
  topic: '',
  adviceGiven: '',
  followUpNeeded: false,
  regionCode: '',
  language: 'sv',
  consultationReference: '',
  caseReference: '',
};

export const callControlId = (field: CallField): string =>
  field === 'callerCategory' ? choiceId('call-category', 'professional') : `call-${field}`;

/** Words a problem with one field, whether the shared schema or the server found it. */
export function callMessageOf(t: Translate, field: CallField, code: string): string {
  switch (field) {
    case 'callerCategory':
      return t('calls.errors.callerCategory');
    case 'topic':
      return t('calls.errors.topic');
    case 'adviceGiven':
      // The schema's own rule (custom) is the personal identity number; otherwise the length.
      return code === 'custom' ? t('calls.errors.personalNumber') : t('calls.errors.adviceTooLong', { max: callAdviceMax });
    case 'consultationReference':
      return code === 'unknown' ? t('calls.errors.consultationUnknown') : t('calls.errors.consultationFormat');
    case 'caseReference':
      return code === 'unknown' ? t('calls.errors.caseUnknown') : t('calls.errors.caseFormat');
    case 'followUpNeeded':
    case 'regionCode':
    case 'language':
      return t('calls.errors.invalid');
  }
}

/**
 * The request for the values and the timer: saving ends a running call; a call never started is
 * logged now, without a length. Left unchecked: the shared schema checks it before it is sent.
 */
export function callRequestOf(values: CallValues, timer: { running: boolean; startedAt: Date | null; endedAt: Date | null }, now: Date) {
  return {
    startedAt: (timer.startedAt ?? now).toISOString(),
    endedAt: timer.running ? now.toISOString() : timer.endedAt ? timer.endedAt.toISOString() : null,
    callerCategory: values.callerCategory,
    topic: values.topic,
    regionCode: values.regionCode === '' ? null : values.regionCode,
    language: values.language === '' ? null : (values.language as CallCreateRequest['language']),
    adviceGiven: values.adviceGiven,
    followUpNeeded: values.followUpNeeded,
    consultationReference: values.consultationReference,
    caseReference: values.caseReference,
  };
}
