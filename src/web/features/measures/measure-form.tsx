import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { measureStatuses, measureTypes, type MeasureStatus, type MeasureType } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { Measure } from '../../../shared/schemas/measures.ts';
import { api, idempotent, ifMatch, isApiError, isStaleVersion, newIdempotencyKey } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useFormSubmission, type FieldErrors } from '../../use-form-submission.ts';
import {
  checkMeasureForm,
  emptyMeasureForm,
  formValuesOf,
  measureFields,
  measureRequestOf,
  problemOfServerError,
  reflectionPeriodEnd,
  type MeasureField,
  type MeasureFormProblem,
  type MeasureFormValues,
} from './measure-form-values.ts';

const idOf = (field: MeasureField) => `measure-form-${field}`;
export const measureFormHeadingId = 'measure-form-heading';

export interface MeasureFormProps {
  caseId: string;
  /** The measure to change; without it the form records a new one. */
  existing?: Measure;
  onSaved: (measure: Measure, wasNew: boolean) => void;
  /** Someone else changed the measure: the panel reloads and says so. */
  onStale: () => void;
  onCancel: () => void;
}

/**
 * Records or changes a measure. The date fields follow the type: a reflection-period permit asks
 * for the decision date and shows the end the server will compute; a temporary residence permit
 * asks for its expiry.
 */
export function MeasureForm({ caseId, existing, onSaved, onStale, onCancel }: MeasureFormProps) {
  const { t, formatDate, formatNumber } = useI18n();
  const [values, setValues] = useState<MeasureFormValues>(() => (existing ? formValuesOf(existing) : emptyMeasureForm));
  const idempotencyKey = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failFields } = useFormSubmission(
    measureFields,
    {
      targetOf: idOf,
      // The server's 400s, worded as the form's own problems.
      fieldOf: (path) => measureFields.find((field) => field === path),
      messageOf: (field, code) => messageOf(problemOfServerError(field, code)?.[1] ?? 'dateInvalid'),
    },
  );
  const typeLabel = (type: MeasureType) => t(`measureType.${type}`);
  const dateOf = (iso: string) => formatDate(`${iso}T12:00:00`);

  // Opening the form (or switching to another measure) takes the user to it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [existing?.id]);

  const messageOf = (problem: MeasureFormProblem): string =>
    problem === 'noteTooLong' ? t('measures.errors.noteTooLong', { max: formatNumber(limits.shortTextMax) }) : t(`measures.errors.${problem}`);

  const set = (field: MeasureField) => (value: string) => {
    // Another request than one that may have been sent: it gets its own key.
    idempotencyKey.current = null;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = () => {
    const problems = checkMeasureForm(values);
    const found: FieldErrors<MeasureField> = {};
    for (const field of measureFields) {
      const problem = problems[field];
      if (problem) found[field] = messageOf(problem);
    }
    if (Object.keys(found).length > 0) {
      fail(found, null);
      return;
    }
    const body = measureRequestOf(values);
    startSending();
    const request = existing
      ? api.PATCH('/api/cases/{caseId}/measures/{measureId}', {
          params: { path: { caseId, measureId: existing.id }, header: ifMatch(existing.version) },
          body,
        })
      : api.POST('/api/cases/{caseId}/measures', {
          params: { path: { caseId }, header: idempotent((idempotencyKey.current ??= newIdempotencyKey())) },
          body,
        });
    request.then(
      (saved) => {
        idempotencyKey.current = null;
        onSaved(saved, !existing);
      },
      (failure: unknown) => {
        if (isStaleVersion(failure)) return onStale();
        if (isApiError(failure, 403)) return fail({}, t('measures.forbidden'));
        if (failFields(failure)) return;
        if (isApiError(failure, 422)) idempotencyKey.current = null;
        failUnexpected(failure);
      },
    );
  };
  // Made at submit time, not while rendering: the submit reads and sets refs.
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    handleSubmit(submit)(event);
  };

  const isReflection = values.type === 'reflection_period_permit';
  const isResidence = values.type === 'temporary_residence_permit';
  const isPermit = isReflection || isResidence;
  const reflectionEnd = isReflection ? reflectionPeriodEnd(values.startOn) : null;

  return (
    <div className="measure-form">
      <h3 className="measure-form__heading" id={measureFormHeadingId} ref={headingRef} tabIndex={-1}>
        {existing ? t('measures.editHeading', { type: typeLabel(existing.type) }) : t('measures.addHeading')}
      </h3>
      <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
        <SelectField
          id={idOf('type')}
          label={t('measures.type')}
          error={errors.type}
          value={values.type}
          onChange={set('type')}
          after={isReflection ? <p className="measure-help">{t('measures.reflectionHelp')}</p> : undefined}
        >
          <option value="">{t('measures.chooseType')}</option>
          {measureTypes.map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </SelectField>
        <SelectField id={idOf('status')} label={t('measures.status')} error={errors.status} value={values.status} onChange={set('status')}>
          {measureStatuses.map((status: MeasureStatus) => (
            <option key={status} value={status}>
              {t(`measureStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={idOf('startOn')}
          label={isPermit ? t('measures.decisionOn') : t('measures.startOn')}
          hint={isPermit ? `${t('measures.decisionHint')} ${t('measures.dateHint')}` : t('measures.dateHint')}
          error={errors.startOn}
          value={values.startOn}
          onChange={set('startOn')}
          type="date"
          width="medium"
        />
        {isReflection ? (
          <div className="form-group">
            <p className="label">{t('measures.reflectionEndsLabel')}</p>
            <p className="measure-computed" aria-live="polite">
              {reflectionEnd ? t('measures.reflectionEnds', { date: dateOf(reflectionEnd) }) : t('measures.noDate')}
            </p>
          </div>
        ) : (
          <TextField
            id={idOf('endOn')}
            label={isResidence ? t('measures.expiryOn') : t('measures.endOn')}
            hint={isResidence ? `${t('measures.expiryHint')} ${t('measures.dateHint')}` : t('measures.dateHint')}
            error={errors.endOn}
            value={values.endOn}
            onChange={set('endOn')}
            type="date"
            width="medium"
          />
        )}
        <TextField
          id={idOf('note')}
          label={t('measures.note')}
          hint={t('measures.noteHint', { max: formatNumber(limits.shortTextMax) })}
          error={errors.note}
          value={values.note}
          onChange={set('note')}
          autoComplete="off"
        />
        <div className="button-group measure-form__actions">
          <SubmitButton isSending={isSending}>{existing ? t('measures.saveChanges') : t('measures.save')}</SubmitButton>
          <Button variant="secondary" onClick={onCancel}>
            {t('measures.cancel')}
          </Button>
        </div>
      </FormWithSummary>
    </div>
  );
}
