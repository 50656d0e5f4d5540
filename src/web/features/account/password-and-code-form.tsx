import { useState, type ReactNode } from 'react';
import { SubmitButton } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';

const fields = ['currentPassword', 'currentCode'] as const;

export interface PasswordAndCodeFormProps {
  submitLabel: string;
  /** Sends password and code; rejects with the server's error. */
  submit: (password: string, code: string) => Promise<void>;
  /** What to say when the server refuses them (400 or 401). */
  failedMessage: string;
  children?: ReactNode;
}

/** The current password and a code (from the app or a recovery code): re-authentication, joining with an account. */
export function PasswordAndCodeForm({ submitLabel, submit, failedMessage, children }: PasswordAndCodeFormProps) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failCredentials } =
    useFormSubmission(fields);

  const onSubmit = handleSubmit(() => {
    const nextErrors = {
      currentPassword: password ? undefined : t('signIn.passwordRequired'),
      currentCode: code.trim() ? undefined : t('signIn.codeRequired'),
    };
    if (nextErrors.currentPassword || nextErrors.currentCode) {
      fail(nextErrors, null);
      return;
    }
    startSending();
    submit(password, code.trim()).then(
      () => {},
      (error: unknown) => {
        setCode('');
        failCredentials(error, failedMessage);
      },
    );
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      {children}
      <TextField
        id="currentPassword"
        value={password}
        onChange={setPassword}
        error={errors.currentPassword}
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        width="medium"
        required
      />
      <TextField
        id="currentCode"
        value={code}
        onChange={setCode}
        error={errors.currentCode}
        label={t('invitation.code')}
        hint={t('signIn.codeHint')}
        autoComplete="one-time-code"
        spellCheck={false}
        width="medium"
        required
      />
      <div className="button-group">
        <SubmitButton isSending={isSending}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
