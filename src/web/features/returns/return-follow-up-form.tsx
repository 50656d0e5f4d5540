import { useState } from 'react';
import { assessmentAreas, followUpKinds, type AssessmentArea, type FollowUpKind } from '../../../shared/return-programme.ts';
import { api } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { returnSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';
import { returnPath, type ReturnActionProps } from './return-parts.ts';
import { sendStep } from './return-step-forms.tsx';

const scores = ['1', '2', '3', '4', '5'] as const;
type Score = (typeof scores)[number];
const fields = ['kind', ...assessmentAreas, 'note'] as const;
type Field = (typeof fields)[number];
const idOf = (field: Field) => (field === 'kind' || field === 'note' ? `return-follow-up-${field}` : `return-follow-up-${field}-1`);

/** A follow-up with its short structured assessment: five areas on a 1–5 scale, and a note. */
export function FollowUpForm({ application, onChanged }: ReturnActionProps) {
  const { t } = useI18n();
  const open = followUpKinds.filter((kind) => application.milestones.some((m) => m.kind === kind && m.status !== 'done'));
  const [kind, setKind] = useState<FollowUpKind | ''>(open[0] ?? '');
  const [assessment, setAssessment] = useState<Partial<Record<AssessmentArea, Score>>>({});
  const [note, setNote] = useState('');
  const form = useFormSubmission(fields, { targetOf: idOf });
  const onSubmit = form.handleSubmit(async () => {
    const input = {
      kind,
      ...Object.fromEntries(assessmentAreas.map((area) => [area, assessment[area] === undefined ? undefined : Number(assessment[area])])),
      note: note.trim() === '' ? null : note,
    };
    const body = await form.check(() => returnSchemas().then((s) => s.returnFollowUpInput), input);
    if (!body) return;
    sendStep(t, form, api.POST('/api/returns/{returnId}/follow-ups', { params: returnPath(application), body }), t('returns.followUp.done'), onChanged);
  });
  return (
    <section aria-labelledby="return-follow-up-heading" className="return-action">
      <h3 id="return-follow-up-heading">{t('returns.followUp.heading')}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
        <SelectField id={idOf('kind')} label={t('returns.field.kind')} error={form.errors.kind} value={kind} onChange={(value) => { setKind(value as FollowUpKind); }}>
          <option value="">{t('returns.choose')}</option>
          {open.map((k) => (
            <option key={k} value={k}>
              {t(`returns.milestone.${k}`)}
            </option>
          ))}
        </SelectField>
        {assessmentAreas.map((area) => (
          <RadioGroup
            key={area}
            id={`return-follow-up-${area}`}
            name={area}
            legend={t(`returns.field.${area}`)}
            hint={t('returns.scaleHint')}
            error={form.errors[area]}
            value={assessment[area] ?? null}
            onChange={(value) => {
              setAssessment((a) => ({ ...a, [area]: value }));
            }}
            choices={scores.map((score) => ({ value: score, label: score }))}
            layout="inline"
          />
        ))}
        <TextAreaField id={idOf('note')} label={t('returns.field.note')} error={form.errors.note} value={note} onChange={setNote} rows={2} />
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{t('returns.followUp.submit')}</SubmitButton>
        </div>
      </FormWithSummary>
    </section>
  );
}
