import { useState } from 'react';
import { consultationOutcomes } from '../../../shared/enums.ts';
import { api } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { consultationSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';
import { useLoad } from '../../use-load.ts';
import { commonFailure, params, type ConsultationActionsProps } from './consultation-action-parts.ts';
import { outcomeLabel } from './consultation-labels.ts';

// The forms of the queue work. Each checks with its shared schema, loaded on first submit so the
// consultation page's own download carries no Zod.
const assignSchema = () => consultationSchemas().then((schemas) => schemas.consultationAssignInput);
const adviceSchema = () => consultationSchemas().then((schemas) => schemas.consultationAdviceInput);
const closeSchema = () => consultationSchemas().then((schemas) => schemas.consultationCloseInput);
const escalateSchema = () => consultationSchemas().then((schemas) => schemas.consultationEscalateInput);

/** The advice's length for the character count (consultationTextMax), without loading the schema module. */
const textMax = 5000;
/** Escalation is its own action; closing takes the other outcomes. */
const closeOutcomes = consultationOutcomes.filter((o) => o !== 'escalated_to_case');

export function AssignForm({ detail, onChanged }: ConsultationActionsProps) {
  const { t } = useI18n();
  const [userId, setUserId] = useState('');
  const assignees = useLoad(`consultation-assignees:${detail.id}`, (signal) => api.GET('/api/consultations/{consultationId}/assignees', { params: { path: { consultationId: detail.id } }, signal }));
  const form = useFormSubmission(['userId'] as const, {
    targetOf: () => 'consultation-assignee',
    messageOf: () => t('consultations.assign.required'),
  });
  const onSubmit = form.handleSubmit(async () => {
    const body = await form.check(assignSchema, { userId });
    if (!body) return;
    const chosen = assignees.status === 'ready' ? assignees.data.find((a) => a.userId === userId) : undefined;
    form.startSending();
    api.POST('/api/consultations/{consultationId}/assign', { params: params(detail), body }).then(
      () => { onChanged(t('consultations.assign.done', { name: chosen?.name ?? '' }), 'success'); },
      (error: unknown) => {
        const common = commonFailure(t, error);
        if (common) onChanged(common, 'error');
        else if (!form.failFields(error)) form.failUnexpected(error);
      },
    );
  });
  return (
    <section aria-labelledby="consultation-assign-heading">
      <h3 id="consultation-assign-heading">{t('consultations.assign.submit')}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
        <SelectField id="consultation-assignee" label={t('consultations.assign.label')} error={form.errors.userId} value={userId} onChange={setUserId}>
          <option value="">{t('consultations.assign.choose')}</option>
          {assignees.status === 'ready' &&
            assignees.data.map((a) => (
              <option key={a.userId} value={a.userId}>
                {a.name} ({a.organisationName})
              </option>
            ))}
        </SelectField>
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{t('consultations.assign.submit')}</SubmitButton>
        </div>
      </FormWithSummary>
    </section>
  );
}

export function AdviceForm({ detail, onChanged }: ConsultationActionsProps) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const form = useFormSubmission(['body'] as const, {
    targetOf: () => 'consultation-advice',
    messageOf: (_field, code) => (code === 'too_big' ? t('consultations.advice.tooLong', { max: textMax }) : t('consultations.advice.required')),
  });
  const onSubmit = form.handleSubmit(async () => {
    const advice = await form.check(adviceSchema, { body });
    if (!advice) return;
    form.startSending();
    api.POST('/api/consultations/{consultationId}/advice', { params: { path: { consultationId: detail.id } }, body: advice }).then(
      () => {
        setBody('');
        onChanged(t('consultations.advice.done'), 'success');
      },
      (error: unknown) => {
        const common = commonFailure(t, error);
        if (common) onChanged(common, 'error');
        else if (!form.failFields(error)) form.failUnexpected(error);
      },
    );
  });
  return (
    <section aria-labelledby="consultation-advice-heading">
      <h3 id="consultation-advice-heading">{t('consultations.advice.label')}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
        <TextAreaField
          id="consultation-advice"
          label={t('consultations.advice.field')}
          hint={t('consultations.advice.hint')}
          error={form.errors.body}
          value={body}
          onChange={setBody}
          rows={5}
          characterCount={{
            max: textMax,
            within: (count, max) => t('consultations.count.within', { count, max }),
            over: (over) => t('consultations.count.over', { over }),
          }}
        />
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{t('consultations.advice.submit')}</SubmitButton>
        </div>
      </FormWithSummary>
    </section>
  );
}

export function CloseForm({ detail, onChanged }: ConsultationActionsProps) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState('');
  const form = useFormSubmission(['outcome'] as const, {
    targetOf: () => 'consultation-outcome',
    messageOf: () => t('consultations.close.required'),
  });
  const onSubmit = form.handleSubmit(async () => {
    const body = await form.check(closeSchema, { outcome });
    if (!body) return;
    form.startSending();
    api.POST('/api/consultations/{consultationId}/close', { params: params(detail), body }).then(
      () => { onChanged(t('consultations.close.done'), 'success'); },
      (error: unknown) => {
        const common = commonFailure(t, error);
        if (common) onChanged(common, 'error');
        else if (!form.failFields(error)) form.failUnexpected(error);
      },
    );
  });
  return (
    <section aria-labelledby="consultation-close-heading">
      <h3 id="consultation-close-heading">{t('consultations.close.submit')}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
        <SelectField id="consultation-outcome" label={t('consultations.close.label')} error={form.errors.outcome} value={outcome} onChange={setOutcome}>
          <option value="">{t('consultations.close.choose')}</option>
          {closeOutcomes.map((o) => (
            <option key={o} value={o}>
              {outcomeLabel(t, o)}
            </option>
          ))}
        </SelectField>
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{t('consultations.close.submit')}</SubmitButton>
        </div>
      </FormWithSummary>
    </section>
  );
}

export function EscalateForm({ detail, onChanged }: ConsultationActionsProps) {
  const { t } = useI18n();
  const [codeName, setCodeName] = useState('');
  const form = useFormSubmission(['codeName'] as const, {
    targetOf: () => 'consultation-code-name',
    messageOf: () => t('consultations.escalate.required'),
  });
  const onSubmit = form.handleSubmit(async () => {
    const body = await form.check(escalateSchema, { codeName });
    if (!body) return;
    form.startSending();
    api.POST('/api/consultations/{consultationId}/escalate', { params: params(detail), body }).then(
      (escalated) => { onChanged(t('consultations.escalate.done', { reference: escalated.reference }), 'success'); },
      (error: unknown) => {
        const common = commonFailure(t, error);
        if (common) onChanged(common, 'error');
        else if (!form.failFields(error)) form.failUnexpected(error);
      },
    );
  });
  return (
    <section aria-labelledby="consultation-escalate-heading">
      <h3 id="consultation-escalate-heading">{t('consultations.escalate.heading')}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
        <TextField
          id="consultation-code-name"
          label={t('consultations.escalate.codeName')}
          hint={t('consultations.escalate.codeNameHint')}
          error={form.errors.codeName}
          value={codeName}
          onChange={setCodeName}
          autoComplete="off"
          width="medium"
        />
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{t('consultations.escalate.submit')}</SubmitButton>
        </div>
      </FormWithSummary>
    </section>
  );
}
