import { useState } from 'react';
import type { TotpEnrolment } from '../../../shared/schemas/auth.ts';
import { isApiError } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { OneTimeCodeField } from '../../components/one-time-code-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';

const fields = ['totpCode'] as const;

/** The secret in groups of four, easier to read and type by hand. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

export interface TotpEnrolmentFormProps {
  enrolment: TotpEnrolment;
  email: string;
  /** Sends the first code; rejects with the server's error. */
  confirm: (code: string) => Promise<void>;
  /** The enrolment expired (410): the caller starts over. */
  onExpired: () => void;
}

/** Adding Samverka to an authenticator app: the QR code, the key as text, and the first code. */
export function TotpEnrolmentForm({ enrolment, email, confirm, onExpired }: TotpEnrolmentFormProps) {
  const t = useT();
  const [code, setCode] = useState('');
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected } =
    useFormSubmission(fields);

  const onSubmit = handleSubmit(() => {
    const value = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(value)) {
      fail({ totpCode: t('totp.codeRequired') }, null);
      return;
    }
    startSending();
    confirm(value).then(
      () => {},
      (error: unknown) => {
        setCode('');
        if (isApiError(error, 410)) {
          onExpired();
          return;
        }
        if (isApiError(error, 400)) fail({ totpCode: t('totp.codeWrong') }, null);
        else failUnexpected(error);
      },
    );
  });

  return (
    <section aria-labelledby="totp-heading">
      <h2 id="totp-heading">{t('totp.heading')}</h2>
      <p>{t('totp.instructions')}</p>
      <img className="totp-qr" src={enrolment.qrCode} alt={t('totp.qrAlt', { email })} width={200} height={200} />
      <p>
        {t('totp.secretLabel')}:{' '}
        <code className="totp-secret" data-testid="totp-secret" data-secret={enrolment.secret}>
          {groupSecret(enrolment.secret)}
        </code>
      </p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorSummary items={summary} focusKey={failedSubmits} />
        <OneTimeCodeField
          id="totpCode"
          value={code}
          onChange={setCode}
          error={errors.totpCode}
          label={t('totp.code')}
          hint={t('totp.codeHint')}
          required
        />
        <div className="button-group">
          <SubmitButton isSending={isSending}>{t('totp.confirm')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
