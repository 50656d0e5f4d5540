import { useState } from 'react';
import type { JournalEntry } from '../../../shared/schemas/journal.ts';
import { api, idempotent, isApiError, newIdempotencyKey } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { journalCharacterCount, journalSchema, journalTextMessage } from './journal-text-field.tsx';

const fields = ['body'] as const;
const bodyId = 'journal-new-body';

export interface JournalEntryFormProps {
  caseId: string;
  onWritten: (entry: JournalEntry) => void;
}

/** Writes a new journal entry; a retry after a lost answer sends the same Idempotency-Key. */
export function JournalEntryForm({ caseId, onWritten }: JournalEntryFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [body, setBody] = useState('');
  // One key per text being sent: kept across retries of it, renewed when the text changes or is saved.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const renewKey = () => {
    setIdempotencyKey(newIdempotencyKey());
  };
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } =
    useFormSubmission(fields, { targetOf: () => bodyId, messageOf: (_field, code) => journalTextMessage(i18n, code) });

  const onSubmit = handleSubmit(async () => {
    const entry = await check(journalSchema, { body });
    if (!entry) return;
    startSending();
    api
      .POST('/api/cases/{caseId}/journal', { params: { path: { caseId }, header: idempotent(idempotencyKey) }, body: entry })
      .then(
        (entry) => {
          fail({}, null);
          renewKey();
          setBody('');
          onWritten(entry);
        },
        (failure: unknown) => {
          if (isApiError(failure, 403)) return fail({}, t('journal.forbidden'));
          if (failFields(failure)) return;
          // 422: the key was spent on another text; a fresh one lets the next try through.
          if (isApiError(failure, 422)) renewKey();
          failUnexpected(failure);
        },
      );
  });

  return (
    <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
      <TextAreaField
        id={bodyId}
        label={t('journal.newEntry')}
        hint={t('journal.newEntryHint')}
        error={errors.body}
        value={body}
        onChange={(value) => {
          // A changed text is a new request, so it gets a new key.
          renewKey();
          setBody(value);
        }}
        rows={6}
        characterCount={journalCharacterCount(i18n)}
      />
      <div className="button-group journal-actions">
        <SubmitButton isSending={isSending}>{t('journal.save')}</SubmitButton>
      </div>
    </FormWithSummary>
  );
}
