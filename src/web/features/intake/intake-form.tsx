import '../../zod-config.ts';
import { useState } from 'react';
import { childInvolvement, consultationUrgencies, exploitationForms, type ChildInvolvement, type ConsultationUrgency, type ExploitationForm } from '../../../shared/enums.ts';
import { intakeLimits, type IntakeReceipt } from '../../../shared/schemas/intake.ts';
import { api, isApiError } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { useLoad } from '../../use-load.ts';
import { MunicipalitySelect } from '../cases/municipality-select.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import { IntakeReceiptView } from './intake-receipt.tsx';
import './intake.css';
import {
  emptyIntakeForm,
  intakeFields,
  serverIntakeErrors,
  validateIntakeForm,
  type IntakeField,
  type IntakeFormValues,
} from './intake-validation.ts';

const ids = { forms: 'exploitation-forms', child: 'child-involved', urgency: 'urgency', honeypot: 'website' } as const;

const targets: Partial<Record<IntakeField, string>> = {
  exploitationForms: choiceId(ids.forms, exploitationForms[0]),
  childInvolved: choiceId(ids.child, childInvolvement[0]),
  urgency: choiceId(ids.urgency, consultationUrgencies[0]),
};
const targetOf = (field: IntakeField): string => targets[field] ?? field;

/** The sealed token that proves when the form was loaded; fetched again after a stale one. */
function useFormToken() {
  const [attempt, setAttempt] = useState(0);
  const state = useLoad(`intake-form-token:${attempt}`, (signal) => api.GET('/api/intake/form-token', { signal }));
  // While a new token loads the old one stays, so the form (and its messages) stays on screen.
  const answer = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  return {
    token: answer?.token ?? null,
    failed: state.status === 'error',
    reload: () => { setAttempt((n) => n + 1); },
  };
}

export function IntakeForm({ geography }: { geography: GeographyIndex }) {
  const { t } = useI18n();
  const [values, setValues] = useState<IntakeFormValues>(emptyIntakeForm);
  const [receipt, setReceipt] = useState<IntakeReceipt | null>(null);
  const formToken = useFormToken();
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected } = useFormSubmission(
    intakeFields,
    targetOf,
  );

  const update = (change: Partial<IntakeFormValues>) => {
    setValues((v) => ({ ...v, ...change }));
  };
  const text = (field: 'requesterName' | 'requesterOrganisation' | 'requesterPhone' | 'requesterEmail') => ({
    id: field,
    value: values[field],
    error: errors[field],
    onChange: (value: string) => { update({ [field]: value }); },
  });

  const onSubmit = handleSubmit(() => {
    const validation = validateIntakeForm(values, formToken.token ?? '', t);
    if (!validation.ok) {
      fail(validation.errors, null);
      return;
    }
    startSending();
    api.POST('/api/intake', { body: validation.input, redirectOnUnauthorized: false }).then(
      (answer) => {
        setReceipt(answer);
      },
      (error: unknown) => {
        if (isApiError(error, 429)) {
          fail({}, t('intake.errors.rateLimited'));
          return;
        }
        if (isApiError(error, 413)) {
          fail({}, t('intake.errors.tooLarge'));
          return;
        }
        if (isApiError(error, 400)) {
          const tokenError = error.fieldErrors.find((e) => e.field === 'formToken');
          if (tokenError) {
            // A token too young is still good in a moment; any other needs a new one.
            if (tokenError.code !== 'token_too_fast') formToken.reload();
            fail({}, tokenError.code === 'token_too_fast' ? t('intake.errors.tooFast') : t('intake.errors.tokenStale'));
            return;
          }
          const fieldErrors = serverIntakeErrors(error.fieldErrors, values, t);
          if (Object.keys(fieldErrors).length > 0) {
            fail(fieldErrors, null);
            return;
          }
        }
        failUnexpected(error);
      },
    );
  });

  const startAgain = () => {
    setValues(emptyIntakeForm);
    setReceipt(null);
    formToken.reload();
  };

  if (receipt) return <IntakeReceiptView receipt={receipt} onStartAgain={startAgain} />;
  if (formToken.failed) return <Notice tone="error">{t('intake.errors.tokenLoad')}</Notice>;
  if (!formToken.token) return <Loading label={t('app.loading')} />;

  return (
    <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
      <section aria-labelledby="intake-about-you" className="intake-section">
        <h2 id="intake-about-you" className="section-heading">
          {t('intake.aboutYou')}
        </h2>
        <p className="hint">{t('intake.aboutYouHint')}</p>
        <TextField {...text('requesterName')} label={t('intake.requesterName')} autoComplete="name" maxLength={intakeLimits.nameMax} />
        <TextField
          {...text('requesterOrganisation')}
          label={t('intake.requesterOrganisation')}
          hint={t('intake.requesterOrganisationHint')}
          autoComplete="organization"
          maxLength={intakeLimits.organisationMax}
        />
        <TextField
          {...text('requesterPhone')}
          label={t('intake.requesterPhone')}
          hint={t('intake.requesterPhoneHint')}
          type="tel"
          autoComplete="tel"
          width="medium"
          maxLength={intakeLimits.phoneMax}
        />
        <TextField {...text('requesterEmail')} label={t('intake.requesterEmail')} type="email" autoComplete="email" maxLength={intakeLimits.emailMax} />
      </section>

      <section aria-labelledby="intake-situation" className="intake-section">
        <h2 id="intake-situation" className="section-heading">
          {t('intake.aboutSituation')}
        </h2>
        <MunicipalitySelect
          id="municipalityCode"
          geography={geography}
          value={values.municipalityCode}
          error={errors.municipalityCode}
          label={t('intake.municipality')}
          hint={t('intake.municipalityHint')}
          onChange={(code) => { update({ municipalityCode: code }); }}
        />
        <div className="notice notice--warning intake-privacy">
          <p className="intake-privacy__heading">{t('intake.privacyWarningHeading')}</p>
          <p>{t('intake.privacyWarning')}</p>
        </div>
        <TextAreaField
          id="description"
          label={t('intake.description')}
          hint={t('intake.descriptionHint')}
          error={errors.description}
          value={values.description}
          rows={8}
          onChange={(description) => { update({ description }); }}
          characterCount={{
            max: intakeLimits.descriptionMax,
            within: (count, max) => t('intake.characterCount', { count, max }),
            over: (over) => t('intake.characterCountOver', { over }),
          }}
        />
        <CheckboxGroup<ExploitationForm>
          id={ids.forms}
          name="exploitationForms"
          legend={t('intake.forms')}
          hint={t('intake.formsHint')}
          error={errors.exploitationForms}
          choices={exploitationForms.map((form) => ({ value: form, label: t(`form.${form}`) }))}
          values={values.exploitationForms}
          onChange={(forms) => { update({ exploitationForms: forms }); }}
        />
        <RadioGroup<ChildInvolvement>
          id={ids.child}
          name="childInvolved"
          legend={t('intake.childInvolved')}
          hint={t('intake.childInvolvedHint')}
          error={errors.childInvolved}
          layout="inline"
          choices={childInvolvement.map((value) => ({ value, label: t(`intake.child.${value}`) }))}
          value={values.childInvolved}
          onChange={(childInvolved) => { update({ childInvolved }); }}
        />
        <RadioGroup<ConsultationUrgency>
          id={ids.urgency}
          name="urgency"
          legend={t('intake.urgency')}
          error={errors.urgency}
          choices={consultationUrgencies.map((value) => ({ value, label: t(`intake.urgency.${value}`) }))}
          value={values.urgency}
          onChange={(urgency) => { update({ urgency }); }}
        />
        {values.urgency === 'immediate_danger' && <Notice tone="error">{t('intake.urgencyDanger')}</Notice>}
      </section>

      {/* The honeypot: hidden from people and assistive technology alike, so only a robot fills it in. */}
      <div className="intake-honeypot" aria-hidden="true">
        <label htmlFor={ids.honeypot}>{t('intake.honeypot')}</label>
        <input
          id={ids.honeypot}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={values.website}
          onChange={(event) => { update({ website: event.target.value }); }}
        />
      </div>

      <div className="button-group">
        <SubmitButton isSending={isSending}>{t('intake.submit')}</SubmitButton>
      </div>
    </FormWithSummary>
  );
}
