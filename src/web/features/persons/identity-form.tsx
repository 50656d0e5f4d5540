import { useState } from 'react';
import { limits } from '../../../shared/limits.ts';
import type { IdentityField, IdentitySaved, IdentityView } from '../../../shared/schemas/persons.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import { api, ifMatch } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT, type Translate } from '../../i18n/index.tsx';
import { type FieldErrors, useFormSubmission } from '../../use-form-submission.ts';
import { failSave, FormHeading } from './person-status.tsx';
import {
  checkIdentityForm,
  identityFormValuesOf,
  identityRequestOf,
  type IdentityFormProblem,
  type IdentityFormValues,
} from './person-validation.ts';

const fields = ['fullName', 'personalNumber', 'documentNumber', 'dateOfBirth', 'phone', 'address', 'guardian'] as const satisfies readonly IdentityField[];
const idOf = (field: IdentityField) => `identity-${field}`;

function messageFor(t: Translate, problem: IdentityFormProblem): string {
  switch (problem) {
    case 'tooLong':
      return t('identity.form.errors.tooLong', { max: limits.identityValueMax });
    case 'personalNumberFormat':
      return t('identity.form.errors.personalNumberFormat');
    case 'personalNumberDate':
      return t('identity.form.errors.personalNumberDate');
    case 'personalNumberCheckDigit':
      return t('identity.form.errors.personalNumberCheckDigit');
    case 'personalNumberFuture':
      return t('identity.form.errors.personalNumberFuture');
    case 'dateOfBirthInvalid':
      return t('identity.form.errors.dateOfBirthInvalid');
    case 'dateOfBirthFuture':
      return t('identity.form.errors.dateOfBirthFuture');
    case 'birthDatesDisagree':
      return t('identity.form.errors.birthDatesDisagree');
  }
}

export interface IdentityFormProps {
  caseId: string;
  view: IdentityView;
  /** The guardian field is for children; it also shows when one is recorded. */
  showGuardian: boolean;
  /** The identity as stored, with the possible duplicates the caller may know of. */
  onSaved: (saved: IdentitySaved) => void;
  /** The identity changed meanwhile (412), or access did (403, 404). */
  onOutdated: (error: unknown) => void;
  onCancel: () => void;
}

/**
 * Changes the identity details (the lead coordinator), with If-Match: the version shown. With
 * protected identity the stored address is never put in the form; a new one replaces it.
 */
export default function IdentityForm({ caseId, view, showGuardian, onSaved, onOutdated, onCancel }: IdentityFormProps) {
  const t = useT();
  const [values, setValues] = useState<IdentityFormValues>(() => identityFormValuesOf(view));
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failFields } = useFormSubmission(fields, {
    targetOf: idOf,
    // The server's 400s: the dates of birth disagreeing, or a value it refuses as it is.
    messageOf: (_field, code) => t(code === 'mismatch' ? 'identity.form.errors.birthDatesDisagree' : 'identity.form.errors.invalid'),
  });
  const today = stockholmDate(new Date());
  const bind = (field: IdentityField) => ({
    id: idOf(field),
    label: t(`identity.${field}`),
    error: errors[field],
    value: values[field],
    onChange: (value: string) => {
      setValues((v) => ({ ...v, [field]: value }));
    },
    autoComplete: 'off',
    spellCheck: false,
  });

  const onSubmit = handleSubmit(() => {
    const problems = checkIdentityForm(values, today);
    if (Object.keys(problems).length > 0) {
      const found: FieldErrors<IdentityField> = {};
      for (const [field, problem] of Object.entries(problems) as [IdentityField, IdentityFormProblem][]) found[field] = messageFor(t, problem);
      fail(found, null);
      return;
    }
    startSending();
    api.PUT('/api/cases/{caseId}/identity', {
      params: { path: { caseId }, header: ifMatch(view.version) },
      body: identityRequestOf(values, view.addressHidden),
    }).then(onSaved, (error: unknown) => {
      failSave(error, { failFields, failUnexpected, onOutdated });
    });
  });

  return (
    <section className="panel person__form" aria-labelledby="identity-form-heading">
      <FormHeading id="identity-form-heading">{view.exists ? t('identity.form.heading') : t('identity.add')}</FormHeading>
      <p className="hint">{t('identity.form.intro')}</p>
      <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
        <TextField {...bind('fullName')} />
        <TextField
          {...bind('personalNumber')}
          hint={t('identity.form.personalNumberHint')}
          inputMode="numeric"
          width="medium"
        />
        <TextField {...bind('documentNumber')} hint={t('identity.form.documentNumberHint')} width="medium" />
        <TextField {...bind('dateOfBirth')} hint={t('identity.form.dateOfBirthHint')} type="date" max={today} width="medium" />
        <TextField {...bind('phone')} type="tel" width="medium" />
        {view.addressHidden ? (
          <>
            <TextField
              {...bind('address')}
              label={t('identity.form.newAddress')}
              hint={t('identity.form.addressHiddenHint')}
             
            />
            {view.hasAddress && (
              <div className="form-group">
                <div className="choice">
                  <input
                    className="choice__input"
                    type="checkbox"
                    id="identity-removeAddress"
                    checked={values.removeAddress}
                    onChange={(event) => {
                      setValues((v) => ({ ...v, removeAddress: event.target.checked }));
                    }}
                  />
                  <label className="choice__label" htmlFor="identity-removeAddress">
                    {t('identity.form.removeAddress')}
                  </label>
                </div>
              </div>
            )}
          </>
        ) : (
          <TextField {...bind('address')} />
        )}
        {showGuardian && <TextField {...bind('guardian')} hint={t('identity.form.guardianHint')} />}
        <div className="button-group">
          <SubmitButton isSending={isSending}>{t('identity.form.submit')}</SubmitButton>
          <Button variant="secondary" onClick={onCancel}>
            {t('identity.form.cancel')}
          </Button>
        </div>
      </FormWithSummary>
    </section>
  );
}
