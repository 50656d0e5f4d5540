import { useEffect, useRef, useState } from 'react';
import type { JournalEntry } from '../../../shared/schemas/journal.ts';
import { api, ifMatch, isApiError, isStaleVersion } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { journalCharacterCount, journalSchema, journalTextMessage } from './journal-text-field.tsx';

const fields = ['body'] as const;

export interface JournalCorrectionFormProps {
  caseId: string;
  entry: JournalEntry;
  onCorrected: (entry: JournalEntry) => void;
  onCancel: () => void;
  /** Someone changed the entry meanwhile: the list is reloaded, the draft stays. */
  onStale: () => void;
  /** The entry can no longer be corrected (time ran out, or not the author). */
  onClosed: () => void;
}

/** Corrects an entry in place, from the version shown (If-Match). */
export function JournalCorrectionForm({ caseId, entry, onCorrected, onCancel, onStale, onClosed }: JournalCorrectionFormProps) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const bodyId = `journal-correct-${entry.id}`;
  const [body, setBody] = useState(entry.body);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } =
    useFormSubmission(fields, { targetOf: () => bodyId, messageOf: (_field, code) => journalTextMessage(i18n, code) });

  useEffect(() => {
    textarea.current?.focus();
  }, []);

  const onSubmit = handleSubmit(async () => {
    const corrected = await check(journalSchema, { body });
    if (!corrected) return;
    if (corrected.body === entry.body) {
      fail({ body: t('journal.errors.unchanged') }, null);
      return;
    }
    startSending();
    api
      .PATCH('/api/cases/{caseId}/journal/{entryId}', {
        params: { path: { caseId, entryId: entry.id }, header: ifMatch(entry.version) },
        body: corrected,
      })
      .then(onCorrected, (failure: unknown) => {
        if (isStaleVersion(failure)) {
          fail({}, t('journal.stale'));
          onStale();
          return;
        }
        if (isApiError(failure, 403)) {
          onClosed();
          return;
        }
        if (!failFields(failure)) failUnexpected(failure);
      });
  });

  return (
    <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
      <TextAreaField
        id={bodyId}
        label={t('journal.correctLabel')}
        hint={entry.correctableUntil ? t('journal.correctHint', { time: formatDateTime(entry.correctableUntil) }) : undefined}
        error={errors.body}
        value={body}
        onChange={setBody}
        ref={textarea}
        rows={6}
        characterCount={journalCharacterCount(i18n)}
      />
      <div className="button-group journal-actions">
        <SubmitButton isSending={isSending}>{t('journal.saveCorrection')}</SubmitButton>
        <Button variant="secondary" onClick={onCancel}>
          {t('journal.cancel')}
        </Button>
      </div>
    </FormWithSummary>
  );
}
