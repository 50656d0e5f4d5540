import { api } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { referralSchemas } from '../../lazy-schemas.ts';
import { RecipientOrganisationField, useRecipientForm } from './recipient-form.tsx';

const fields = ['toOrganisationId', 'municipalityCode', 'message'] as const;
const idOf = (field: (typeof fields)[number]) => `transfer-new-${field}`;
const empty = { toOrganisationId: '', municipalityCode: '', message: '' };

/**
 * Asks a coordinating organisation to take over the case. The case stays with the sender until a
 * coordinator there accepts (and, across police regions, a national coordinator approves).
 */
export function TransferForm({ caseId, onSent }: { caseId: string; onSent: () => void }) {
  const t = useT();
  const { values, set, offered, onSubmit, submission } = useRecipientForm({
    caseId,
    purpose: 'transfer',
    fields,
    idOf,
    empty,
    toBody: async (v, check) =>
      check(async () => (await referralSchemas()).transferCreateInput, {
        toOrganisationId: v.toOrganisationId,
        municipalityCode: v.municipalityCode.trim() || null,
        message: v.message,
      }),
    send: (body, header) => api.POST('/api/cases/{caseId}/transfers', { params: { path: { caseId }, header }, body }),
    onSent,
  });
  const { errors, summary, failedSubmits, isSending } = submission;
  return (
    <FormWithSummary summary={summary} focusKey={failedSubmits} onSubmit={onSubmit}>
      <h3>{t('referrals.newTransfer')}</h3>
      <RecipientOrganisationField id={idOf('toOrganisationId')} value={values.toOrganisationId} onChange={set('toOrganisationId')} error={errors.toOrganisationId} offered={offered} />
      <TextField id={idOf('municipalityCode')} width="medium" inputMode="numeric" label={t('referrals.municipality')} value={values.municipalityCode} onChange={set('municipalityCode')} error={errors.municipalityCode} />
      <TextAreaField id={idOf('message')} label={t('referrals.message')} value={values.message} onChange={set('message')} error={errors.message} rows={3} />
      <SubmitButton isSending={isSending}>{t('referrals.send')}</SubmitButton>
    </FormWithSummary>
  );
}
