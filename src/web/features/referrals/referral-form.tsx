import { useState } from 'react';
import { serviceNeeds, statutoryProvisions } from '../../../shared/enums.ts';
import { referralSchemas } from '../../lazy-schemas.ts';
import { api, idempotent, newIdempotencyKey } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { useFormSubmission } from '../../use-form-submission.ts';

const fields = ['toOrganisationId', 'recipientUserId', 'serviceNeed', 'message', 'legalBasis'] as const;
const idOf = (field: (typeof fields)[number]) => `referral-new-${field}`;
const empty = { toOrganisationId: '', recipientUserId: '', serviceNeed: '', message: '', basisKind: 'statute', statute: 'osl_10_2', consentGivenOn: '', consentScope: '', consentGivenTo: '' };

/** Refers the case, or one service need, to an organisation that is active and has members who can answer. */
export function ReferralForm({ caseId, onSent }: { caseId: string; onSent: () => void }) {
  const t = useT();
  const [values, setValues] = useState(empty);
  const [key, setKey] = useState(newIdempotencyKey);
  const set = (field: keyof typeof empty) => (value: string) => {
    setKey(newIdempotencyKey());
    setValues((v) => ({ ...v, [field]: value, ...(field === 'toOrganisationId' ? { recipientUserId: '' } : {}) }));
  };
  const organisations = useLoad(`referral-recipients:${caseId}`, (signal) =>
    api.GET('/api/cases/{caseId}/referrals/recipients', { params: { path: { caseId }, query: { purpose: 'referral' } }, signal }),
  );
  const members = useLoad(`referral-members:${caseId}:${values.toOrganisationId}`, (signal) =>
    values.toOrganisationId === ''
      ? Promise.resolve({ organisations: [], members: [] })
      : api.GET('/api/cases/{caseId}/referrals/recipients', { params: { path: { caseId }, query: { organisationId: values.toOrganisationId, purpose: 'referral' } }, signal }),
  );
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failFields, check } = useFormSubmission(fields, idOf);

  const onSubmit = handleSubmit(async () => {
    const legalBasis =
      values.basisKind === 'consent'
        ? { kind: 'consent', consentGivenOn: values.consentGivenOn, consentScope: values.consentScope, consentGivenTo: values.consentGivenTo }
        : { kind: 'statute', statute: values.statute };
    const body = await check(async () => (await referralSchemas()).referralCreateInput, {
      toOrganisationId: values.toOrganisationId,
      recipientUserId: values.recipientUserId || null,
      serviceNeed: values.serviceNeed || null,
      message: values.message,
      legalBasis,
    });
    if (!body) return;
    startSending();
    await api.POST('/api/cases/{caseId}/referrals', { params: { path: { caseId }, header: idempotent(key) }, body }).then(
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
  const people = members.status === 'ready' ? members.data.members : [];
  return (
    <FormWithSummary summary={summary} focusKey={failedSubmits} onSubmit={onSubmit}>
      <h3>{t('referrals.new')}</h3>
      <SelectField id={idOf('toOrganisationId')} label={t('referrals.organisation')} value={values.toOrganisationId} onChange={set('toOrganisationId')} error={errors.toOrganisationId}>
        <option value="">{t('referrals.chooseOrganisation')}</option>
        {offered.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
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
