import { useState } from 'react';
import { api } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { OneTimeCodeField } from '../../components/one-time-code-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { useSession } from './session-context.tsx';

const codeFields = ['code'] as const;

/** The second step of sign-in: a code from the authenticator app, or else a recovery code. */
export function SignInCodeForm({ onStartOver }: { onStartOver: () => void }) {
  const t = useT();
  const { signedIn } = useSession();
  const [code, setCode] = useState('');
  const [isRecovery, setIsRecovery] = useState(false);
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failCredentials } =
    useFormSubmission(codeFields);

  const onSubmit = handleSubmit(() => {
    const value = code.trim();
    if (!value) {
      fail({ code: t('signIn.codeRequired') }, null);
      return;
    }
    startSending();
    api.POST('/api/auth/sign-in/second-factor', { body: { code: value }, redirectOnUnauthorized: false }).then(
      (me) => {
        signedIn(me);
      },
      (error: unknown) => {
        setCode('');
        failCredentials(error, t('signIn.codeFailed'));
      },
    );
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <p>{t('signIn.codeIntro')}</p>
      {isRecovery ? (
        <TextField
          key="recovery"
          id="code"
          value={code}
          onChange={setCode}
          error={errors.code}
          label={t('signIn.recoveryCode')}
          hint={t('signIn.recoveryCodeHint')}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          width="medium"
          required
        />
      ) : (
        <OneTimeCodeField
          key="totp"
          id="code"
          value={code}
          onChange={setCode}
          error={errors.code}
          label={t('signIn.code')}
          hint={t('signIn.codeHint')}
          autoFocus
          required
        />
      )}
      <p>
        <Button
          variant="quiet"
          onClick={() => {
            setIsRecovery((r) => !r);
            setCode('');
          }}
        >
          {isRecovery ? t('signIn.useAuthenticator') : t('signIn.useRecoveryCode')}
        </Button>
      </p>
      <div className="button-group">
        <SubmitButton isSending={isSending}>{t('signIn.codeSubmit')}</SubmitButton>
        <Button variant="secondary" onClick={onStartOver}>
          {t('signIn.startOver')}
        </Button>
      </div>
    </form>
  );
}
