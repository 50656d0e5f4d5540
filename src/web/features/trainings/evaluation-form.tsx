import '../../zod-config.ts';
import { useState } from 'react';
import { trainingEvaluationInput, type TrainingItem } from '../../../shared/schemas/trainings.ts';
import { api, ifMatch, isStaleVersion } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';

const fields = ['count', 'averageRating', 'comments'] as const;
const controlId = (field: (typeof fields)[number]) => `evaluation-${field}`;

/** The organiser's summary of the evaluations: how many, their average rating 1–5, and the comments. */
export function EvaluationForm({ training, onSaved }: { training: TrainingItem; onSaved: (saved: TrainingItem) => void }) {
  const t = useT();
  const [values, setValues] = useState({
    count: training.evaluation ? String(training.evaluation.count) : '',
    averageRating: training.evaluation?.averageRating?.toString().replace('.', ',') ?? '',
    comments: training.evaluation?.comments ?? '',
  });
  const [saved, setSaved] = useState(false);
  const submission = useFormSubmission(fields, {
    targetOf: controlId,
    messageOf: (field) => t(`trainings.evaluation.errors.${field}`),
  });
  const number = (text: string) => (text.trim() === '' ? null : Number(text.trim().replace(',', '.')));

  const save = async () => {
    const count = number(values.count);
    const body = await submission.check(trainingEvaluationInput, { count: count ?? NaN, averageRating: number(values.averageRating), comments: values.comments });
    if (!body) return;
    submission.startSending();
    setSaved(false);
    api.PUT('/api/trainings/{trainingId}/evaluation', { params: { path: { trainingId: training.id }, header: ifMatch(training.version) }, body }).then(
      (item) => {
        submission.fail({}, null);
        setSaved(true);
        onSaved(item);
      },
      (error: unknown) => {
        if (isStaleVersion(error)) submission.fail({}, t('trainings.errors.stale'));
        else if (!submission.failFields(error)) submission.failUnexpected(error);
      },
    );
  };

  const bind = (field: (typeof fields)[number]) => ({
    id: controlId(field),
    value: values[field],
    error: submission.errors[field],
    onChange: (value: string) => { setValues((v) => ({ ...v, [field]: value })); },
  });

  return (
    <section aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading" className="section-heading">
        {t('trainings.evaluation.heading')}
      </h2>
      <div role="status">{saved && <Notice tone="success">{t('trainings.evaluation.saved')}</Notice>}</div>
      <FormWithSummary onSubmit={submission.handleSubmit(save)} summary={submission.summary} focusKey={submission.failedSubmits}>
        <TextField {...bind('count')} inputMode="numeric" width="medium" label={t('trainings.evaluation.count')} />
        <TextField {...bind('averageRating')} inputMode="decimal" width="medium" label={t('trainings.evaluation.average')} hint={t('trainings.evaluation.average.hint')} />
        <TextAreaField {...bind('comments')} label={t('trainings.evaluation.comments')} />
        <SubmitButton isSending={submission.isSending}>{t('trainings.evaluation.save')}</SubmitButton>
      </FormWithSummary>
    </section>
  );
}
