import { useState } from 'react';
import { api } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { returnSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission, type FormSubmission } from '../../use-form-submission.ts';
import { useLoad } from '../../use-load.ts';
import { commonReturnFailure, returnPath, swedishToday, type ReturnActionProps } from './return-parts.ts';

// Each step's form checks with its shared schema (loaded on first submit, so the case page's own
// download carries no Zod), sends, and reloads the application through onChanged.

/** Sends a step and words the answer; field errors of a 400 go on the form's fields. */
export function sendStep<F extends string>(t: Translate, form: FormSubmission<F>, request: Promise<unknown>, done: string, onChanged: ReturnActionProps['onChanged']) {
  form.startSending();
  request.then(
    () => {
      onChanged(done, 'success');
    },
    (error: unknown) => {
      const common = commonReturnFailure(t, error);
      if (common) onChanged(common, 'error');
      else if (!form.failFields(error)) form.failUnexpected(error);
    },
  );
}

export function DecideForm({ application, onChanged }: ReturnActionProps) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<'approve' | 'decline' | null>(null);
  const [reason, setReason] = useState('');
  const form = useFormSubmission(['decision', 'reason'] as const, { targetOf: (field) => (field === 'decision' ? 'return-decision-approve' : 'return-decision-reason') });
  const onSubmit = form.handleSubmit(async () => {
    const body = await form.check(() => returnSchemas().then((s) => s.returnDecisionInput), { decision, reason: reason.trim() === '' ? undefined : reason });
    if (!body) return;
    sendStep(t, form, api.POST('/api/returns/{returnId}/decision', { params: returnPath(application), body }), t('returns.decide.done'), onChanged);
  });
  return (
    <section aria-labelledby="return-decide-heading" className="return-action">
      <h3 id="return-decide-heading">{t('returns.decide.heading')}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
        <RadioGroup
          id="return-decision"
          name="decision"
          legend={t('returns.field.decision')}
          error={form.errors.decision}
          value={decision}
          onChange={setDecision}
          choices={[
            { value: 'approve', label: t('returns.decide.approve') },
            { value: 'decline', label: t('returns.decide.decline') },
          ]}
          layout="inline"
        />
        {decision === 'decline' && <TextAreaField id="return-decision-reason" label={t('returns.field.reason')} error={form.errors.reason} value={reason} onChange={setReason} rows={3} />}
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{t('returns.decide.submit')}</SubmitButton>
        </div>
      </FormWithSummary>
    </section>
  );
}

export function AssignForm({ application, onChanged }: ReturnActionProps) {
  const { t } = useI18n();
  const [organisationId, setOrganisationId] = useState('');
  const offered = useLoad('return-iom-organisations', (signal) => api.GET('/api/returns/iom-organisations', { signal }));
  const form = useFormSubmission(['organisationId'] as const, { targetOf: () => 'return-organisation' });
  const onSubmit = form.handleSubmit(async () => {
    const body = await form.check(() => returnSchemas().then((s) => s.returnAssignInput), { organisationId });
    if (!body) return;
    sendStep(t, form, api.POST('/api/returns/{returnId}/assignment', { params: returnPath(application), body }), t('returns.assign.done'), onChanged);
  });
  return (
    <section aria-labelledby="return-assign-heading" className="return-action">
      <h3 id="return-assign-heading">{t('returns.assign.heading')}</h3>
      {offered.status === 'ready' && offered.data.length === 0 ? (
        <p>{t('returns.assign.noneAvailable')}</p>
      ) : (
        <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
          <SelectField id="return-organisation" label={t('returns.field.organisationId')} error={form.errors.organisationId} value={organisationId} onChange={setOrganisationId}>
            <option value="">{t('returns.choose')}</option>
            {offered.status === 'ready' &&
              offered.data.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </SelectField>
          <div className="button-group">
            <SubmitButton isSending={form.isSending}>{t('returns.assign.submit')}</SubmitButton>
          </div>
        </FormWithSummary>
      )}
    </section>
  );
}

/** One date: the journey, or the arrival. */
export function DateStepForm({ application, onChanged, step }: ReturnActionProps & { step: 'journey' | 'arrival' }) {
  const { t } = useI18n();
  const field = step === 'journey' ? 'journeyOn' : 'arrivedOn';
  const [date, setDate] = useState(step === 'arrival' ? (application.journeyOn ?? swedishToday(new Date())) : '');
  const id = `return-${step}-date`;
  const form = useFormSubmission([field] as const, { targetOf: () => id });
  const onSubmit = form.handleSubmit(async () => {
    if (step === 'journey') {
      const body = await form.check(() => returnSchemas().then((s) => s.returnJourneyInput), { journeyOn: date });
      if (body) sendStep(t, form, api.POST('/api/returns/{returnId}/journey', { params: returnPath(application), body }), t('returns.journey.done'), onChanged);
    } else {
      const body = await form.check(() => returnSchemas().then((s) => s.returnArrivalInput), { arrivedOn: date });
      if (body) sendStep(t, form, api.POST('/api/returns/{returnId}/arrival', { params: returnPath(application), body }), t('returns.arrival.done'), onChanged);
    }
  });
  return (
    <section aria-labelledby={`${id}-heading`} className="return-action">
      <h3 id={`${id}-heading`}>{t(`returns.${step}.heading`)}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
        <TextField id={id} label={t(`returns.field.${field}`)} error={form.errors[field]} value={date} onChange={setDate} type="date" width="medium" />
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{t(`returns.${step}.submit`)}</SubmitButton>
        </div>
      </FormWithSummary>
    </section>
  );
}

/** One text: the reintegration plan's summary, or the reason for withdrawing. */
export function TextStepForm({ application, onChanged, step }: ReturnActionProps & { step: 'plan' | 'withdraw' }) {
  const { t } = useI18n();
  const field = step === 'plan' ? 'summary' : 'reason';
  const [text, setText] = useState('');
  const id = `return-${step}-text`;
  const form = useFormSubmission([field] as const, { targetOf: () => id });
  const onSubmit = form.handleSubmit(async () => {
    if (step === 'plan') {
      const body = await form.check(() => returnSchemas().then((s) => s.returnPlanInput), { summary: text });
      if (body) sendStep(t, form, api.POST('/api/returns/{returnId}/reintegration-plan', { params: returnPath(application), body }), t('returns.plan.done'), onChanged);
    } else {
      const body = await form.check(() => returnSchemas().then((s) => s.returnWithdrawInput), { reason: text });
      if (body) sendStep(t, form, api.POST('/api/returns/{returnId}/withdrawal', { params: returnPath(application), body }), t('returns.withdraw.done'), onChanged);
    }
  });
  return (
    <section aria-labelledby={`${id}-heading`} className="return-action">
      <h3 id={`${id}-heading`}>{t(`returns.${step}.heading`)}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
        <TextAreaField id={id} label={t(`returns.field.${field}`)} error={form.errors[field]} value={text} onChange={setText} rows={3} />
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{t(`returns.${step}.submit`)}</SubmitButton>
        </div>
      </FormWithSummary>
    </section>
  );
}
