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
import { type FieldErrors, useFormSubmission } from '../../use-form-submission.ts';
import { needsReauthentication, ReauthenticatePanel } from '../account/reauthenticate-panel.tsx';
import './cases.css';

const fields = ['reference', 'reason'] as const;
type Field = (typeof fields)[number];
const ids: Record<Field, string> = { reference: 'break-glass-reference', reason: 'break-glass-reason' };
const referencePattern = /^NMT-\d{4}-\d{6}$/;

/** The same checks as breakGlassInput, by hand, so the case list does not load Zod. */
function check(reference: string, reason: string, t: ReturnType<typeof useT>): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (!referencePattern.test(reference)) errors.reference = t('breakGlass.errors.reference');
  const length = reason.trim().length;
  if (length < limits.reasonMin) errors.reason = t('breakGlass.errors.reasonTooShort', { min: limits.reasonMin });
  else if (length > limits.reasonMax) errors.reason = t('breakGlass.errors.reasonTooLong', { max: limits.reasonMax });
  return errors;
}

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
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected } = useFormSubmission(
    fields,
    (field) => ids[field],
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
    };
  }, []);

  const send = (normalised: string) => {
    startSending();
    setAlreadyVisible(null);
    api.POST('/api/break-glass', { body: { reference: normalised, reason: reason.trim() } }).then(
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
          setAlreadyVisible(normalised);
        } else if (isApiError(error, 403)) fail({}, t('breakGlass.forbidden'));
        else if (isApiError(error, 400) && error.fieldErrors.length > 0) {
          const found: FieldErrors<Field> = {};
          for (const { field } of error.fieldErrors) {
            if (field === 'reference') found.reference = t('breakGlass.errors.reference');
            if (field === 'reason') found.reason = t('breakGlass.errors.reasonTooShort', { min: limits.reasonMin });
          }
          fail(found, null);
        } else failUnexpected(error);
      },
    );
  };

  const onSubmit = handleSubmit(() => {
    const normalised = reference.trim().toUpperCase();
    const found = check(normalised, reason, t);
    if (Object.keys(found).length > 0) {
      fail(found, null);
      return;
    }
    send(normalised);
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
              send(reference.trim().toUpperCase());
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
