import { useState } from 'react';
import { referralSchemas } from '../../lazy-schemas.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';

export interface ReasonFormProps {
  id: string;
  submitLabel: string;
  label: string;
  /** Sends the reason; a 400 is shown on the field, anything else as unexpected. */
  send: (reason: string) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
}

/** A required reason, then a confirming button: declining, revoking, approving and rejecting. */
export function ReasonForm({ id, submitLabel, label, send, onDone, onCancel }: ReasonFormProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const fieldId = `${id}-reason`;
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failFields, check } = useFormSubmission(
    ['reason'] as const,
    () => fieldId,
  );
  const onSubmit = handleSubmit(async () => {
    const parsed = await check(async () => (await referralSchemas()).referralReasonInput, { reason });
    if (!parsed) return;
    startSending();
    await send(parsed.reason).then(
      () => {
        fail({}, null);
        onDone();
      },
      (error: unknown) => {
        if (!failFields(error)) failUnexpected(error);
      },
    );
  });
  return (
    <FormWithSummary summary={summary} focusKey={failedSubmits} onSubmit={onSubmit}>
      <TextAreaField id={fieldId} label={label} value={reason} onChange={setReason} error={errors.reason} rows={3} />
      <SubmitButton isSending={isSending}>{submitLabel}</SubmitButton>{' '}
      <Button variant="secondary" onClick={onCancel}>
        {t('referrals.cancel')}
      </Button>
    </FormWithSummary>
  );
}
