import '../../zod-config.ts';
import { useState } from 'react';
import type { TrainingAudience } from '../../../shared/enums.ts';
import { registrationInput, trainingLimits } from '../../../shared/schemas/trainings.ts';
import { api, isApiError } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { useLoad } from '../../use-load.ts';
import { MunicipalitySelect } from '../cases/municipality-select.tsx';
import { useGeography } from '../reference/geography.ts';
import { audienceChoices } from './training-labels.ts';
import { trainingProblemMessage } from './training-problems.ts';

const fields = ['name', 'email', 'organisation', 'organisationKind', 'municipalityCode', 'needs'] as const;
type Field = (typeof fields)[number];
const controlId = (field: Field) => (field === 'organisationKind' ? 'registration-organisationKind-municipality' : `registration-${field}`);

/** The public registration form: the professional's own details, no data about anyone else. */
export function RegistrationForm({ trainingId, onRegistered }: { trainingId: string; onRegistered: () => void }) {
  const t = useT();
  const [attempt, setAttempt] = useState(0);
  const tokenState = useLoad(`training-form-token:${attempt}`, (signal) => api.GET('/api/public/training-registration/form-token', { signal }));
  const token = tokenState.status === 'ready' ? tokenState.data.token : tokenState.status === 'loading' ? tokenState.stale?.token : undefined;
  const [values, setValues] = useState({ name: '', email: '', organisation: '', needs: '', website: '' });
  const [kind, setKind] = useState<TrainingAudience | null>(null);
  const [municipalityCode, setMunicipalityCode] = useState('');
  const geography = useGeography();
  const submission = useFormSubmission(fields, { targetOf: controlId, messageOf: (field, code) => t(code === 'custom' && field === 'needs' ? 'trainings.register.errors.personalNumber' : `trainings.register.errors.${field}`) });
  const { errors } = submission;
  const bind = (field: 'name' | 'email' | 'organisation' | 'needs') => ({
    id: `registration-${field}`,
    value: values[field],
    error: errors[field],
    onChange: (value: string) => { setValues((v) => ({ ...v, [field]: value })); },
  });

  const send = async () => {
    const body = await submission.check(registrationInput, { ...values, organisationKind: kind, municipalityCode: municipalityCode === '' ? null : municipalityCode, formToken: token ?? '' });
    if (!body) return;
    submission.startSending();
    api.POST('/api/public/trainings/{trainingId}/registrations', { params: { path: { trainingId } }, body, redirectOnUnauthorized: false }).then(() => { onRegistered(); }, (error: unknown) => {
      if (isApiError(error, 429)) submission.fail({}, t('trainings.register.errors.rateLimited'));
      else if (isApiError(error, 409)) submission.fail({}, trainingProblemMessage(t, error, t('app.genericError')));
      else if (isApiError(error, 400) && error.fieldErrors.some((e) => e.field === 'formToken')) {
        const tooFast = error.fieldErrors.some((e) => e.code === 'token_too_fast');
        if (!tooFast) setAttempt((n) => n + 1);
        submission.fail({}, tooFast ? t('trainings.register.errors.tooFast') : t('trainings.register.errors.tokenStale'));
      } else if (!submission.failFields(error)) submission.failUnexpected(error);
    });
  };

  if (tokenState.status === 'error') return <Notice tone="error">{t('app.serverUnavailable')}</Notice>;
  if (!token) return <Loading label={t('app.loading')} />;
  return (
    <FormWithSummary onSubmit={submission.handleSubmit(send)} summary={submission.summary} focusKey={submission.failedSubmits}>
      <TextField {...bind('name')} label={t('trainings.register.name')} autoComplete="name" />
      <TextField {...bind('email')} type="email" label={t('trainings.register.email')} hint={t('trainings.register.email.hint')} autoComplete="email" />
      <TextField {...bind('organisation')} label={t('trainings.register.organisation')} autoComplete="organization" />
      <RadioGroup
        id="registration-organisationKind"
        name="organisationKind"
        legend={t('trainings.register.organisationKind')}
        error={errors.organisationKind}
        choices={audienceChoices(t)}
        value={kind}
        onChange={setKind}
      />
      {geography.status === 'ready' && (
        <MunicipalitySelect
          id="registration-municipalityCode"
          geography={geography.data}
          value={municipalityCode}
          error={errors.municipalityCode}
          onChange={setMunicipalityCode}
          label={t('trainings.register.municipality')}
          hint={t('trainings.register.municipality.hint')}
          noneLabel={t('trainings.register.municipality.none')}
        />
      )}
      <TextAreaField {...bind('needs')} label={t('trainings.register.needs')} hint={t('trainings.register.needs.hint')} maxLength={trainingLimits.needsMax} />
      {/* The honeypot: hidden from people and assistive technology alike, so only a robot fills it in. */}
      <div className="training-honeypot" aria-hidden="true">
        <label htmlFor="registration-website">{t('trainings.register.honeypot')}</label>
        <input id="registration-website" name="website" type="text" tabIndex={-1} autoComplete="off" value={values.website} onChange={(event) => { setValues((v) => ({ ...v, website: event.target.value })); }} />
      </div>
      <SubmitButton isSending={submission.isSending}>{t('trainings.register.submit')}</SubmitButton>
    </FormWithSummary>
  );
}
