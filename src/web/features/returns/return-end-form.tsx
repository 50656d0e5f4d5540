import { useState } from 'react';
import { returnEndReasons, type ReturnEndReason } from '../../../shared/return-programme.ts';
import { api } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { returnSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';
import { returnPath, type ReturnActionProps } from './return-parts.ts';
import { sendStep } from './return-step-forms.tsx';

/** Ends the participation before the 12-month follow-up: a reason from the list, a note if wanted. */
export function EndForm({ application, onChanged }: ReturnActionProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState<ReturnEndReason | ''>('');
  const [note, setNote] = useState('');
  const form = useFormSubmission(['reason', 'note'] as const, { targetOf: (field) => (field === 'reason' ? 'return-end-reason' : 'return-end-note') });
  const onSubmit = form.handleSubmit(async () => {
    const body = await form.check(() => returnSchemas().then((s) => s.returnEndInput), { reason, note: note.trim() === '' ? null : note });
    if (body) sendStep(t, form, api.POST('/api/returns/{returnId}/end', { params: returnPath(application), body }), t('returns.end.done'), onChanged);
  });
  return (
    <section aria-labelledby="return-end-heading" className="return-action">
      <h3 id="return-end-heading">{t('returns.end.heading')}</h3>
      <p>{t('returns.end.intro')}</p>
      <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
        <SelectField id="return-end-reason" label={t('returns.field.endReason')} error={form.errors.reason} value={reason} onChange={(value) => { setReason(value as ReturnEndReason | ''); }}>
          <option value="">{t('returns.choose')}</option>
          {returnEndReasons.map((r) => (
            <option key={r} value={r}>
              {t(`returns.endReason.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField id="return-end-note" label={t('returns.field.endNote')} error={form.errors.note} value={note} onChange={setNote} rows={3} />
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{t('returns.end.submit')}</SubmitButton>
        </div>
      </FormWithSummary>
    </section>
  );
}
