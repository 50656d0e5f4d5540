import { useState } from 'react';
import { limits } from '../../../shared/limits.ts';
import { SubmitButton } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { checkPasswordLocally, passwordMessage } from './password-messages.ts';

const fields = ['newPassword', 'newPasswordConfirmation'] as const;

export interface NewPasswordFormProps {
  label: string;
  submitLabel: string;
  /** Sends the password; rejects with the server's error. */
  submit: (password: string) => Promise<void>;
  /** Errors the form does not explain itself (e.g. an expired link); return true when handled. */
  onOtherError?: (error: unknown) => boolean;
}

/** A new password, typed twice; the server's policy refusals (breached, contains e-mail) shown at the field. */
export function NewPasswordForm({ label, submitLabel, submit, onOtherError }: NewPasswordFormProps) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failFields } =
    useFormSubmission(fields, {
      // The routes that take a new password take nothing else the user typed (the token and
      // ticket are the page's), so each field error there is about the password: its policy code.
      fieldOf: () => 'newPassword',
      messageOf: (_field, code) => passwordMessage(t, code),
    });

  const onSubmit = handleSubmit(() => {
    const local = checkPasswordLocally(t, password, confirmation);
    if (local.password || local.confirmation) {
      fail({ newPassword: local.password, newPasswordConfirmation: local.confirmation }, null);
      return;
    }
    startSending();
    submit(password).then(
      () => {},
      (error: unknown) => {
        if (failFields(error)) return;
        if (onOtherError?.(error)) {
          fail({}, null);
          return;
        }
        failUnexpected(error);
      },
    );
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <TextField
        id="newPassword"
        value={password}
        onChange={setPassword}
        error={errors.newPassword}
        label={label}
        hint={t('password.hint', { min: limits.passwordMin })}
        type="password"
        autoComplete="new-password"
        width="medium"
        required
      />
      <TextField
        id="newPasswordConfirmation"
        value={confirmation}
        onChange={setConfirmation}
        error={errors.newPasswordConfirmation}
        label={t('password.confirmation')}
        type="password"
        autoComplete="new-password"
        width="medium"
        required
      />
      <div className="button-group">
        <SubmitButton isSending={isSending}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
