import { useState } from 'react';
import { consultationOutcomes } from '../../../shared/enums.ts';
import type { ConsultationDetail } from '../../../shared/schemas/consultations.ts';
import { api, ifMatch, isApiError } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { consultationSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';
import { outcomeLabel } from './consultation-labels.ts';

/** Kept here rather than imported with the schema module, so the page loads no Zod. */
const textMax = 5000;
const codeNameMax = 80;
/** Escalation is its own action; closing takes the other outcomes. */
const closeOutcomes = consultationOutcomes.filter((o) => o !== 'escalated_to_case');

export interface ConsultationActionsProps {
  detail: ConsultationDetail;
  /** After a change: what to say, and reload the consultation. */
  onChanged: (message: string, tone: 'success' | 'error') => void;
}

/** The consultation's id, and the version last read as If-Match. */
const params = (detail: ConsultationDetail) => ({ path: { consultationId: detail.id }, header: ifMatch(detail.version) });

/**
 * What a stale version, a closed consultation or a refusal means to the user; the caller reloads.
 * Answers undefined for other errors, which the form shows itself.
 */
function commonFailure(t: ReturnType<typeof useI18n>['t'], error: unknown): string | undefined {
  if (isApiError(error, 412)) return t('consultations.view.stale');
  if (isApiError(error, 409)) return t('consultations.view.closedConflict');
  if (isApiError(error, 403) || isApiError(error, 404)) return t('consultations.view.forbidden');
  return undefined;
}

function ClaimButton({ detail, onChanged }: ConsultationActionsProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      id="consultation-claim"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        api.POST('/api/consultations/{consultationId}/claim', { params: params(detail) }).then(
          () => { onChanged(t('consultations.claimed'), 'success'); },
          (error: unknown) => {
            setBusy(false);
            onChanged(commonFailure(t, error) ?? (isApiError(error, 0) ? t('app.serverUnavailable') : t('app.genericError')), 'error');
          },
        );
      }}
    >
      {t('consultations.claim')}
    </Button>
  );
}

function AssignForm({ detail, onChanged }: ConsultationActionsProps) {
  const { t } = useI18n();
  const [userId, setUserId] = useState('');
  const assignees = useLoad(`consultation-assignees:${detail.id}`, (signal) => api.GET('/api/consultations/{consultationId}/assignees', { params: { path: { consultationId: detail.id } }, signal }));
  const form = useFormSubmission(['userId'] as const, () => 'consultation-assignee');
  const onSubmit = form.handleSubmit(() => {
    if (!userId) {
      form.fail({ userId: t('consultations.assign.required') }, null);
      return;
    }
    const chosen = assignees.status === 'ready' ? assignees.data.find((a) => a.userId === userId) : undefined;
    form.startSending();
    api.POST('/api/consultations/{consultationId}/assign', { params: params(detail), body: { userId } }).then(
      () => { onChanged(t('consultations.assign.done', { name: chosen?.name ?? '' }), 'success'); },
      (error: unknown) => {
        const common = commonFailure(t, error);
        if (common) onChanged(common, 'error');
        else if (isApiError(error, 400)) form.fail({ userId: t('consultations.assign.required') }, null);
        else form.failUnexpected(error);
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

function AdviceForm({ detail, onChanged }: ConsultationActionsProps) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const form = useFormSubmission(['body'] as const, () => 'consultation-advice');
  const onSubmit = form.handleSubmit(() => {
    const text = body.trim();
    if (!text) {
      form.fail({ body: t('consultations.advice.required') }, null);
      return;
    }
    if (text.length > textMax) {
      form.fail({ body: t('consultations.advice.tooLong', { max: textMax }) }, null);
      return;
    }
    form.startSending();
    api.POST('/api/consultations/{consultationId}/advice', { params: { path: { consultationId: detail.id } }, body: { body: text } }).then(
      () => {
        setBody('');
        onChanged(t('consultations.advice.done'), 'success');
      },
      (error: unknown) => {
        const common = commonFailure(t, error);
        if (common) onChanged(common, 'error');
        else if (isApiError(error, 400)) form.fail({ body: t('consultations.advice.required') }, null);
        else form.failUnexpected(error);
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

const closeSchema = () => consultationSchemas().then((schemas) => schemas.consultationCloseInput);

function CloseForm({ detail, onChanged }: ConsultationActionsProps) {
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

function EscalateForm({ detail, onChanged }: ConsultationActionsProps) {
  const { t } = useI18n();
  const [codeName, setCodeName] = useState('');
  const form = useFormSubmission(['codeName'] as const, () => 'consultation-code-name');
  const onSubmit = form.handleSubmit(() => {
    const name = codeName.trim();
    if (!name || name.length > codeNameMax) {
      form.fail({ codeName: t('consultations.escalate.required') }, null);
      return;
    }
    form.startSending();
    api.POST('/api/consultations/{consultationId}/escalate', { params: params(detail), body: { codeName: name } }).then(
      (escalated) => { onChanged(t('consultations.escalate.done', { reference: escalated.reference }), 'success'); },
      (error: unknown) => {
        const common = commonFailure(t, error);
        if (common) onChanged(common, 'error');
        else if (isApiError(error, 400)) form.fail({ codeName: t('consultations.escalate.required') }, null);
        else form.failUnexpected(error);
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

/** The queue work on one consultation, each control shown only when the server says it may be used. */
export function ConsultationActions(props: ConsultationActionsProps) {
  const { t } = useI18n();
  const { can } = props.detail;
  if (!can.claim && !can.assign && !can.advise && !can.close && !can.escalate) return null;
  return (
    <section className="consultation-actions" aria-labelledby="consultation-actions-heading">
      <h2 className="section-heading" id="consultation-actions-heading">
        {t('consultations.view.actions')}
      </h2>
      {can.claim && (
        <p>
          <ClaimButton {...props} />
        </p>
      )}
      {can.assign && <AssignForm {...props} />}
      {can.advise && <AdviceForm {...props} />}
      {can.close && <CloseForm {...props} />}
      {can.escalate && <EscalateForm {...props} />}
    </section>
  );
}
