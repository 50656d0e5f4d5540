import { useState } from 'react';
import { api } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { bindTextField, TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission, type FieldErrors } from '../../use-form-submission.ts';
import { SignInCodeForm } from './sign-in-code-form.tsx';

const signInFields = ['email', 'password'] as const;
type SignInField = (typeof signInFields)[number];

/**
 * E-mail and password, then the second factor. A refusal gets one generic message that does not
 * say which was wrong.
 */
export function SignInForm() {
  const [step, setStep] = useState<'password' | 'code'>('password');
  if (step === 'code') return <SignInCodeForm onStartOver={() => { setStep('password'); }} />;
  return <PasswordForm onAccepted={() => { setStep('code'); }} />;
}

function PasswordForm({ onAccepted }: { onAccepted: () => void }) {
  const t = useT();
  const [values, setValues] = useState<Record<SignInField, string>>({ email: '', password: '' });
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failCredentials } =
    useFormSubmission(signInFields);
  const field = (name: SignInField) => bindTextField(name, values, setValues, errors);

  const onSubmit = handleSubmit(() => {
    const email = values.email.trim();
    const { password } = values;
    const nextErrors: FieldErrors<SignInField> = {};
    if (!email) nextErrors.email = t('signIn.emailRequired');
    if (!password) nextErrors.password = t('signIn.passwordRequired');
    if (nextErrors.email || nextErrors.password) {
      fail(nextErrors, null);
      return;
    }
    startSending();
    api.POST('/api/auth/sign-in', { body: { email, password }, redirectOnUnauthorized: false }).then(
      () => {
        onAccepted();
      },
      (error: unknown) => {
        setValues((v) => ({ ...v, password: '' }));
        failCredentials(error, t('signIn.failed'));
      },
    );
  });

  return (
    <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
      <TextField
        {...field('email')}
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        spellCheck={false}
        required
      />
      <TextField
        {...field('password')}
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        required
      />
      <div className="button-group">
        <SubmitButton isSending={isSending}>{t('signIn.submit')}</SubmitButton>
      </div>
    </FormWithSummary>
  );
}
