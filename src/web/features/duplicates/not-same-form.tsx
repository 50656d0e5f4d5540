import { useState } from 'react';
import { limits } from '../../../shared/limits.ts';
import type { PossibleDuplicate, PossibleDuplicateList } from '../../../shared/schemas/duplicates.ts';
import { api, isApiError } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { duplicateSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';

const fields = ['reason'] as const;
const reasonId = 'duplicate-not-same-reason';
const notSameSchema = () => duplicateSchemas().then((schemas) => schemas.notSameInput);

export interface NotSameFormProps {
  caseId: string;
  other: PossibleDuplicate;
  onDecided: (list: PossibleDuplicateList) => void;
  /** The other case is no longer a possible duplicate for the caller, or was decided meanwhile. */
  onOutdated: (error: unknown) => void;
  onCancel: () => void;
}

/** "Not the same person", with the reason the next coordinator will read; checked with the server's schema. */
export function NotSameForm({ caseId, other, onDecided, onOutdated, onCancel }: NotSameFormProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, failUnexpected, check, failFields } = useFormSubmission(fields, {
    targetOf: () => reasonId,
    messageOf: () => t('duplicates.errors.reason', { min: limits.reasonMin, max: limits.reasonMax }),
  });

  const onSubmit = handleSubmit(async () => {
    const body = await check(notSameSchema, { otherCaseId: other.caseId, reason });
    if (!body) return;
    startSending();
    api.POST('/api/cases/{caseId}/duplicates/not-same', { params: { path: { caseId } }, body }).then(
      (answer) => {
        onDecided(answer);
      },
      (error: unknown) => {
        if (failFields(error)) return;
        if (isApiError(error, 403) || isApiError(error, 404) || isApiError(error, 409)) onOutdated(error);
        else failUnexpected(error);
      },
    );
  });

  return (
    <section className="panel duplicates__form" aria-labelledby="duplicate-not-same-heading">
      <h3 id="duplicate-not-same-heading">{t('duplicates.notSameHeading', { reference: other.reference })}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
        <TextAreaField
          id={reasonId}
          label={t('duplicates.reason')}
          hint={t('duplicates.reasonHint', { min: limits.reasonMin })}
          error={errors.reason}
          value={reason}
          onChange={setReason}
        />
        <div className="button-group">
          <SubmitButton isSending={isSending}>{t('duplicates.notSameSubmit')}</SubmitButton>
          <Button variant="secondary" onClick={onCancel}>
            {t('duplicates.cancel')}
          </Button>
        </div>
      </FormWithSummary>
    </section>
  );
}
