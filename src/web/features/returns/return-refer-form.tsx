import { useRef, useState, type SubmitEvent } from 'react';
import { countryCodes } from '../../../shared/countries.ts';
import { travelDocumentStatuses } from '../../../shared/return-programme.ts';
import { api, idempotent, newIdempotencyKey } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { returnSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';
import { codeLabeller } from '../persons/person-labels.ts';
import { commonReturnFailure, swedishToday } from './return-parts.ts';

const fields = ['countryCode', 'reasons', 'travelDocumentStatus', 'consentGiven', 'consentOn'] as const;
type Field = (typeof fields)[number];
const idOf = (field: Field) => (field === 'consentGiven' ? 'return-refer-consentGiven-yes' : `return-refer-${field}`);

/** A case member refers the person to the return programme, with the consent recorded. */
export function ReferForm({ caseId, onChanged }: { caseId: string; onChanged: (message: string, tone: 'success' | 'error') => void }) {
  const { t, language } = useI18n();
  const countries = codeLabeller('region', language, t).sorted(countryCodes);
  const [values, setValues] = useState({ countryCode: '', reasons: '', travelDocumentStatus: '', consentOn: swedishToday(new Date()) });
  const [consent, setConsent] = useState<'yes'[]>([]);
  const idempotencyKey = useRef<string | null>(null);
  const form = useFormSubmission(fields, { targetOf: idOf });
  const set = (field: keyof typeof values) => (value: string) => {
    idempotencyKey.current = null;
    setValues((v) => ({ ...v, [field]: value }));
  };
  const submit = async () => {
    const input = { ...values, travelDocumentStatus: values.travelDocumentStatus || undefined, consentGiven: consent.includes('yes') };
    const body = await form.check(() => returnSchemas().then((s) => s.returnReferInput), input);
    if (!body) return;
    form.startSending();
    api
      .POST('/api/cases/{caseId}/return-applications', { params: { path: { caseId }, header: idempotent((idempotencyKey.current ??= newIdempotencyKey())) }, body })
      .then(
        () => {
          idempotencyKey.current = null;
          onChanged(t('returns.refer.done'), 'success');
        },
        (error: unknown) => {
          const common = commonReturnFailure(t, error);
          if (common) onChanged(common, 'error');
          else if (!form.failFields(error)) form.failUnexpected(error);
        },
      );
  };
  // Made at submit time, not while rendering: the submit reads and sets a ref.
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    form.handleSubmit(submit)(event);
  };
  return (
    <section aria-labelledby="return-refer-heading" className="return-action">
      <h3 id="return-refer-heading">{t('returns.refer.heading')}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
        <SelectField id={idOf('countryCode')} label={t('returns.field.countryCode')} error={form.errors.countryCode} value={values.countryCode} onChange={set('countryCode')}>
          <option value="">{t('returns.choose')}</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <TextAreaField id={idOf('reasons')} label={t('returns.field.reasons')} error={form.errors.reasons} value={values.reasons} onChange={set('reasons')} rows={3} />
        <SelectField
          id={idOf('travelDocumentStatus')}
          label={t('returns.field.travelDocumentStatus')}
          error={form.errors.travelDocumentStatus}
          value={values.travelDocumentStatus}
          onChange={set('travelDocumentStatus')}
        >
          <option value="">{t('returns.choose')}</option>
          {travelDocumentStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`returns.travelDocument.${status}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxGroup
          id="return-refer-consentGiven"
          name="consentGiven"
          legend={t('returns.detail.consent')}
          error={form.errors.consentGiven}
          values={consent}
          onChange={setConsent}
          choices={[{ value: 'yes', label: t('returns.field.consentGiven') }]}
        />
        <TextField id={idOf('consentOn')} label={t('returns.field.consentOn')} error={form.errors.consentOn} value={values.consentOn} onChange={set('consentOn')} type="date" width="medium" />
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{t('returns.refer.submit')}</SubmitButton>
        </div>
      </FormWithSummary>
    </section>
  );
}
