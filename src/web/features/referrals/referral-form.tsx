import { serviceNeeds, statutoryProvisions } from '../../../shared/enums.ts';
import { referralSchemas } from '../../lazy-schemas.ts';
import { api } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { RecipientOrganisationField, useRecipientForm } from './recipient-form.tsx';

const fields = ['toOrganisationId', 'recipientUserId', 'serviceNeed', 'message', 'legalBasis'] as const;
const idOf = (field: (typeof fields)[number]) => `referral-new-${field}`;
const empty = { toOrganisationId: '', recipientUserId: '', serviceNeed: '', message: '', basisKind: 'statute', statute: 'osl_10_2', consentGivenOn: '', consentScope: '', consentGivenTo: '' };

/** Refers the case, or one service need, to an organisation that is active and has members who can answer. */
export function ReferralForm({ caseId, onSent }: { caseId: string; onSent: () => void }) {
  const t = useT();
  const { values, set, offered, onSubmit, submission } = useRecipientForm({
    caseId,
    purpose: 'referral',
    fields,
    idOf,
    empty,
    toBody: async (v, check) => {
      const legalBasis =
        v.basisKind === 'consent'
          ? { kind: 'consent', consentGivenOn: v.consentGivenOn, consentScope: v.consentScope, consentGivenTo: v.consentGivenTo }
          : { kind: 'statute', statute: v.statute };
      return check(async () => (await referralSchemas()).referralCreateInput, {
        toOrganisationId: v.toOrganisationId,
        recipientUserId: v.recipientUserId || null,
        serviceNeed: v.serviceNeed || null,
        message: v.message,
        legalBasis,
      });
    },
    send: (body, header) => api.POST('/api/cases/{caseId}/referrals', { params: { path: { caseId }, header }, body }),
    onSent,
  });
  // The named recipient: only the active members of the chosen organisation who can answer.
  const members = useLoad(`referral-members:${caseId}:${values.toOrganisationId}`, (signal) =>
    values.toOrganisationId === ''
      ? Promise.resolve({ organisations: [], members: [] })
      : api.GET('/api/cases/{caseId}/referrals/recipients', { params: { path: { caseId }, query: { organisationId: values.toOrganisationId, purpose: 'referral' } }, signal }),
  );
  const { errors, summary, failedSubmits, isSending } = submission;
  const people = members.status === 'ready' ? members.data.members : [];
  return (
    <FormWithSummary summary={summary} focusKey={failedSubmits} onSubmit={onSubmit}>
      <h3>{t('referrals.new')}</h3>
      <RecipientOrganisationField
        id={idOf('toOrganisationId')}
        value={values.toOrganisationId}
        onChange={set('toOrganisationId', { recipientUserId: '' })}
        error={errors.toOrganisationId}
        offered={offered}
      />
      <SelectField id={idOf('recipientUserId')} label={t('referrals.recipient')} value={values.recipientUserId} onChange={set('recipientUserId')} error={errors.recipientUserId}>
        <option value="">{t('referrals.anyRecipient')}</option>
        {people.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <SelectField id={idOf('serviceNeed')} label={t('referrals.need')} value={values.serviceNeed} onChange={set('serviceNeed')} error={errors.serviceNeed}>
        <option value="">{t('referrals.wholeCase')}</option>
        {serviceNeeds.map((need) => (
          <option key={need} value={need}>
            {t(`referrals.need.${need}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField id={idOf('message')} label={t('referrals.message')} value={values.message} onChange={set('message')} error={errors.message} rows={3} />
      <SelectField id={idOf('legalBasis')} label={t('referrals.basis')} value={values.basisKind} onChange={set('basisKind')} error={errors.legalBasis}>
        <option value="statute">{t('referrals.basis.statute')}</option>
        <option value="consent">{t('referrals.basis.consent')}</option>
      </SelectField>
      {values.basisKind === 'statute' ? (
        <SelectField id="referral-new-statute" label={t('referrals.statute')} value={values.statute} onChange={set('statute')}>
          {statutoryProvisions.map((p) => (
            <option key={p} value={p}>
              {t(`team.statute.${p}`)}
            </option>
          ))}
        </SelectField>
      ) : (
        <>
          <TextField id="referral-new-consentGivenOn" type="date" width="medium" label={t('referrals.consentGivenOn')} value={values.consentGivenOn} onChange={set('consentGivenOn')} />
          <TextField id="referral-new-consentScope" label={t('referrals.consentScope')} value={values.consentScope} onChange={set('consentScope')} />
          <TextField id="referral-new-consentGivenTo" label={t('referrals.consentGivenTo')} value={values.consentGivenTo} onChange={set('consentGivenTo')} />
        </>
      )}
      <SubmitButton isSending={isSending}>{t('referrals.send')}</SubmitButton>
    </FormWithSummary>
  );
}
