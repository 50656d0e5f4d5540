import { useState } from 'react';
import { api, idempotent, newIdempotencyKey } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { referralSchemas } from '../../lazy-schemas.ts';
import { useLoad } from '../../use-load.ts';
import { useFormSubmission } from '../../use-form-submission.ts';

const fields = ['toOrganisationId', 'municipalityCode', 'message'] as const;
const idOf = (field: (typeof fields)[number]) => `transfer-new-${field}`;
const empty = { toOrganisationId: '', municipalityCode: '', message: '' };

/**
 * Asks a coordinating organisation to take over the case. The case stays with the sender until a
 * coordinator there accepts (and, across police regions, a national coordinator approves).
 */
export function TransferForm({ caseId, onSent }: { caseId: string; onSent: () => void }) {
  const t = useT();
  const [values, setValues] = useState(empty);
  const [key, setKey] = useState(newIdempotencyKey);
  const set = (field: keyof typeof empty) => (value: string) => {
    setKey(newIdempotencyKey());
    setValues((v) => ({ ...v, [field]: value }));
  };
  const organisations = useLoad(`transfer-recipients:${caseId}`, (signal) =>
    api.GET('/api/cases/{caseId}/referrals/recipients', { params: { path: { caseId }, query: { purpose: 'transfer' } }, signal }),
  );
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failFields, check } = useFormSubmission(fields, idOf);
  const onSubmit = handleSubmit(async () => {
    const body = await check(async () => (await referralSchemas()).transferCreateInput, {
      toOrganisationId: values.toOrganisationId,
      municipalityCode: values.municipalityCode.trim() || null,
      message: values.message,
    });
    if (!body) return;
    startSending();
    await api.POST('/api/cases/{caseId}/transfers', { params: { path: { caseId }, header: idempotent(key) }, body }).then(
      () => {
        fail({}, null);
        setValues(empty);
        setKey(newIdempotencyKey());
        onSent();
      },
      (error: unknown) => {
        if (!failFields(error)) failUnexpected(error);
      },
    );
  });
  const offered = organisations.status === 'ready' ? organisations.data.organisations : [];
  return (
    <FormWithSummary summary={summary} focusKey={failedSubmits} onSubmit={onSubmit}>
      <h3>{t('referrals.newTransfer')}</h3>
      <SelectField id={idOf('toOrganisationId')} label={t('referrals.organisation')} value={values.toOrganisationId} onChange={set('toOrganisationId')} error={errors.toOrganisationId}>
        <option value="">{t('referrals.chooseOrganisation')}</option>
        {offered.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <TextField id={idOf('municipalityCode')} width="medium" inputMode="numeric" label={t('referrals.municipality')} value={values.municipalityCode} onChange={set('municipalityCode')} error={errors.municipalityCode} />
      <TextAreaField id={idOf('message')} label={t('referrals.message')} value={values.message} onChange={set('message')} error={errors.message} rows={3} />
      <SubmitButton isSending={isSending}>{t('referrals.send')}</SubmitButton>
    </FormWithSummary>
  );
}
