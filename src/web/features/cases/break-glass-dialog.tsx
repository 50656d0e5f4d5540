import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { limits } from '../../../shared/limits.ts';
import { api, isApiError } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import type { BreakGlassInput } from '../../../shared/schemas/cases.ts';
import { caseSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';
import { needsReauthentication, ReauthenticatePanel } from '../account/reauthenticate-panel.tsx';
import './cases.css';

const fields = ['reference', 'reason'] as const;
type Field = (typeof fields)[number];
const ids: Record<Field, string> = { reference: 'break-glass-reference', reason: 'break-glass-reason' };
const breakGlassSchema = () => caseSchemas().then((schemas) => schemas.breakGlassInput);

/**
 * Break the glass: a modal dialog asking for the case number and a written reason; when the
 * server wants the password and a code again, it asks for them and then tries once more. On
 * success the case opens. Escape or Cancel closes it and focus goes back to the opening button.
 */
export default function BreakGlassDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [, navigate] = useLocation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [step, setStep] = useState<'form' | 'reauthenticate'>('form');
  const [alreadyVisible, setAlreadyVisible] = useState<string | null>(null);
  const reasonMessage = (code: string) =>
    code === 'too_big'
      ? t('breakGlass.errors.reasonTooLong', { max: limits.reasonMax })
      : t('breakGlass.errors.reasonTooShort', { min: limits.reasonMin });
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } =
    useFormSubmission(fields, {
      targetOf: (field) => ids[field],
      messageOf: (field, code) => (field === 'reference' ? t('breakGlass.errors.reference') : reasonMessage(code)),
    });
  const input = () => ({ reference: reference.trim().toUpperCase(), reason });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
    };
  }, []);

  const send = (body: BreakGlassInput) => {
    startSending();
    setAlreadyVisible(null);
    api.POST('/api/break-glass', { body }).then(
      (grant) => {
        onClose();
        navigate(`/cases/${grant.caseId}`);
      },
      (error: unknown) => {
        if (needsReauthentication(error)) {
          fail({}, null);
          setStep('reauthenticate');
        } else if (isApiError(error, 404)) fail({ reference: t('breakGlass.errors.notFound') }, null);
        else if (isApiError(error, 409)) {
          fail({}, null);
          setAlreadyVisible(body.reference);
        } else if (isApiError(error, 403)) fail({}, t('breakGlass.forbidden'));
        else if (!failFields(error)) failUnexpected(error);
      },
    );
  };

  const onSubmit = handleSubmit(async () => {
    const body = await check(breakGlassSchema, input());
    if (body) send(body);
  });

  return (
    <dialog
      ref={dialogRef}
      className="break-glass-dialog"
      aria-labelledby="break-glass-title"
      aria-describedby="break-glass-intro"
      onClose={onClose}
    >
      <h2 id="break-glass-title" className="section-heading">
        {t('breakGlass.title')}
      </h2>
      <p id="break-glass-intro">{t('breakGlass.intro', { hours: limits.breakGlassHours })}</p>
      {step === 'reauthenticate' ? (
        <>
          <p>{t('breakGlass.reauthIntro')}</p>
          <ReauthenticatePanel
            onDone={() => {
              setStep('form');
              void check(breakGlassSchema, input()).then((body) => {
                if (body) send(body);
              });
            }}
            onCancel={() => {
              setStep('form');
            }}
          />
        </>
      ) : (
        <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
          <TextField
            id={ids.reference}
            label={t('breakGlass.reference')}
            hint={t('breakGlass.referenceHint')}
            error={errors.reference}
            value={reference}
            onChange={setReference}
            autoComplete="off"
            spellCheck={false}
            width="medium"
            autoFocus
          />
          <TextAreaField
            id={ids.reason}
            label={t('breakGlass.reason')}
            hint={t('breakGlass.reasonHint', { min: limits.reasonMin })}
            error={errors.reason}
            value={reason}
            onChange={setReason}
            maxLength={limits.reasonMax}
          />
          {alreadyVisible && (
            <Notice tone="info" takeFocus>
              {t('breakGlass.alreadyVisible')}{' '}
              <Link href={`/cases?q=${encodeURIComponent(alreadyVisible)}`} onClick={onClose}>
                {t('breakGlass.findCase')}
              </Link>
            </Notice>
          )}
          <div className="button-group">
            <SubmitButton isSending={isSending}>{t('breakGlass.submit')}</SubmitButton>
            <Button variant="secondary" onClick={onClose}>
              {t('breakGlass.cancel')}
            </Button>
          </div>
        </FormWithSummary>
      )}
    </dialog>
  );
}
