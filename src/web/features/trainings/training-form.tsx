import '../../zod-config.ts';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { PoliceRegion, TrainingFormat } from '../../../shared/enums.ts';
import { trainingCreateInput, trainingLimits, trainingUpdateInput, type TrainingItem } from '../../../shared/schemas/trainings.ts';
import { api, idempotent, ifMatch, isStaleVersion, newIdempotencyKey } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { useLoad } from '../../use-load.ts';
import { audienceChoices, regionChoices, trainingPath } from './training-labels.ts';
import { emptyTrainingValues, trainingControlId, trainingFields, trainingMessageOf, trainingRequestOf, valuesOf, type TrainingValues } from './training-form-values.ts';
import './trainings.css';

/** Creates a training event, or changes one (its status is changed on the event's page). */
export function TrainingForm({ existing }: { existing?: TrainingItem }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [values, setValues] = useState<TrainingValues>(existing ? valuesOf(existing) : emptyTrainingValues);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const submission = useFormSubmission(trainingFields, {
    targetOf: trainingControlId,
    messageOf: (field, code) => trainingMessageOf(t, field, code),
  });
  const { errors } = submission;
  // Only the places the server lets the caller organise in: a regional coordinator their own region(s).
  const places = useLoad('training-organiser-regions', (signal) => api.GET('/api/trainings/organiser-regions', { signal }));
  const allowed = places.status === 'ready' ? places.data : null;
  // A new event of a coordinator who may not place one nationally starts in their (first) region.
  const firstRegion = allowed && !allowed.national ? (allowed.regionCodes[0] ?? '') : '';
  const regionCode = !existing && values.regionCode === '' ? firstRegion : values.regionCode;
  const set = <K extends keyof TrainingValues>(key: K, value: TrainingValues[K]) => { setValues((v) => ({ ...v, [key]: value })); };
  const text = (key: 'title' | 'place' | 'onlineUrl' | 'startDate' | 'startTime' | 'endDate' | 'endTime' | 'capacity' | 'deadlineDate') => ({
    id: `training-${key}`,
    value: values[key],
    onChange: (value: string) => { set(key, value); },
  });

  const failed = (error: unknown) => {
    if (isStaleVersion(error)) submission.fail({}, t('trainings.errors.stale'));
    else if (!submission.failFields(error)) submission.failUnexpected(error);
  };

  const save = async () => {
    const request = trainingRequestOf({ ...values, regionCode });
    if (existing) {
      // The status is changed on the event's page, not here.
      const body = await submission.check(trainingUpdateInput, { ...request, status: undefined });
      if (!body) return;
      submission.startSending();
      api
        .PATCH('/api/trainings/{trainingId}', { params: { path: { trainingId: existing.id }, header: ifMatch(existing.version) }, body })
        .then((saved) => { navigate(trainingPath(saved.id)); }, failed);
      return;
    }
    const body = await submission.check(trainingCreateInput, request);
    if (!body) return;
    submission.startSending();
    api.POST('/api/trainings', { params: { header: idempotent(idempotencyKey) }, body }).then((saved) => { navigate(trainingPath(saved.id)); }, failed);
  };

  return (
    <FormWithSummary onSubmit={submission.handleSubmit(save)} summary={submission.summary} focusKey={submission.failedSubmits}>
      <TextField {...text('title')} label={t('trainings.field.title')} error={errors.title} maxLength={trainingLimits.titleMax} />
      <TextAreaField
        id="training-description"
        label={t('trainings.field.description')}
        error={errors.description}
        value={values.description}
        onChange={(v) => { set('description', v); }}
      />
      <CheckboxGroup
        id="training-audiences"
        name="audiences"
        legend={t('trainings.field.audiences')}
        error={errors.audiences}
        choices={audienceChoices(t)}
        values={values.audiences}
        onChange={(v) => { set('audiences', v); }}
      />
      <RadioGroup
        id="training-format"
        name="format"
        legend={t('trainings.field.format')}
        error={errors.format}
        choices={[
          { value: 'on_site', label: t('trainings.format.on_site') },
          { value: 'online', label: t('trainings.format.online') },
        ]}
        value={values.format}
        onChange={(v: TrainingFormat) => { set('format', v); }}
      />
      {values.format === 'on_site' ? (
        <TextField {...text('place')} label={t('trainings.field.place')} hint={t('trainings.field.place.hint')} error={errors.place} />
      ) : (
        <TextField {...text('onlineUrl')} type="url" label={t('trainings.field.onlineUrl')} hint={t('trainings.field.onlineUrl.hint')} error={errors.onlineUrl} />
      )}
      <div className="training-form__when">
        <TextField {...text('startDate')} type="date" width="medium" label={t('trainings.field.startDate')} error={errors.startsAt} />
        <TextField {...text('startTime')} type="time" width="medium" label={t('trainings.field.startTime')} />
        <TextField {...text('endDate')} type="date" width="medium" label={t('trainings.field.endDate')} hint={t('trainings.field.endDate.hint')} error={errors.endsAt} />
        <TextField {...text('endTime')} type="time" width="medium" label={t('trainings.field.endTime')} />
      </div>
      <SelectField id="training-regionCode" label={t('trainings.field.region')} error={errors.regionCode} value={regionCode} onChange={(v) => { set('regionCode', v as PoliceRegion | ''); }}>
        {(allowed?.national ?? existing?.regionCode === null) && <option value="">{t('trainings.region.national')}</option>}
        {regionChoices(t).filter((choice) => allowed?.regionCodes.includes(choice.value) ?? choice.value === regionCode).map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      <TextField {...text('capacity')} inputMode="numeric" width="medium" label={t('trainings.field.capacity')} error={errors.capacity} />
      <TextField {...text('deadlineDate')} type="date" width="medium" label={t('trainings.field.deadline')} hint={t('trainings.field.deadline.hint')} error={errors.registrationDeadline} />
      {!existing && (
        <div className="form-group">
          <div className="choice">
            <input className="choice__input" type="checkbox" id="training-publish" checked={values.publish} onChange={(event) => { set('publish', event.target.checked); }} />
            <label className="choice__label" htmlFor="training-publish">
              {t('trainings.field.publish')}
            </label>
          </div>
        </div>
      )}
      <SubmitButton isSending={submission.isSending}>{existing ? t('trainings.save') : t('trainings.create')}</SubmitButton>
    </FormWithSummary>
  );
}
