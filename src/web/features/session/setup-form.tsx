import { useState } from 'react';
import { limits } from '../../../shared/limits.ts';
import type { EnrolmentStarted } from '../../../shared/schemas/auth.ts';
import { api, isApiError } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { bindTextField, TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { setupFields, setupMessage, setupSchema, type SetupField, type SetupValues } from './setup-validation.ts';

const initialValues: SetupValues = {
  organisationName: 'Jämställdhetsmyndigheten',
  name: '',
  email: '',
  password: '',
  passwordConfirmation: '',
};

export interface SetupFormProps {
  token: string;
  /** The details are accepted; the second factor's enrolment follows. */
  onDone: (started: EnrolmentStarted, email: string) => void;
}

/** The first administrator's organisation and account. */
export function SetupForm({ token, onDone }: SetupFormProps) {
  const t = useT();
  const [values, setValues] = useState<SetupValues>(initialValues);
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } =
    useFormSubmission(setupFields, { messageOf: (name, code) => setupMessage(t, name, code, values) });
  const field = (name: SetupField) => bindTextField(name, values, setValues, errors);

  const onSubmit = handleSubmit(async () => {
    const input = await check(setupSchema, { ...values, token });
    if (!input) return;
    startSending();
    api.POST('/api/setup/start', { body: input }).then((started) => { onDone(started, input.email); }, (error: unknown) => {
      const isTokenProblem =
        isApiError(error, 410) ||
        isApiError(error, 409) ||
        (isApiError(error) && error.fieldErrors.some((e) => e.field === 'token'));
      if (isTokenProblem) {
        fail({}, t('setup.tokenInvalid'));
        return;
      }
      if (failFields(error)) return;
      if (isApiError(error, 400)) {
        fail({}, t('setup.tokenInvalid'));
        return;
      }
      failUnexpected(error);
    });
  });

  return (
    <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
      <TextField
        {...field('organisationName')}
        label={t('setup.organisationName')}
        autoComplete="organization"
        maxLength={limits.organisationNameMax}
        required
      />
      <TextField {...field('name')} label={t('setup.name')} autoComplete="name" maxLength={limits.nameMax} required />
      <TextField
        {...field('email')}
        label={t('setup.email')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        required
      />
      <TextField
        {...field('password')}
        label={t('setup.password')}
        hint={t('password.hint', { min: limits.passwordMin })}
        type="password"
        autoComplete="new-password"
        required
        width="medium"
      />
      <TextField
        {...field('passwordConfirmation')}
        label={t('setup.passwordConfirmation')}
        type="password"
        autoComplete="new-password"
        required
        width="medium"
      />
      <div className="button-group">
        <SubmitButton isSending={isSending}>{t('setup.submit')}</SubmitButton>
      </div>
    </FormWithSummary>
  );
}
