import { useState } from 'react';
import type { ReferralKind } from '../../../shared/enums.ts';
import { api, idempotent, newIdempotencyKey } from '../../api.ts';
import { SelectField } from '../../components/select-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { type FormSubmission, useFormSubmission } from '../../use-form-submission.ts';

type Values = Record<string, string>;

export interface RecipientFormOptions<F extends string, V extends Values, B> {
  caseId: string;
  /** A referral or a transfer: the server offers the organisations (and members) that can answer it. */
  purpose: ReferralKind;
  fields: readonly F[];
  idOf: (field: F) => string;
  empty: V;
  /** Checks the values and builds the body, or null when the check failed (shown on the fields). */
  toBody: (values: V, check: FormSubmission<F>['check']) => Promise<B | null>;
  /** Sends the body under the create's Idempotency-Key header. */
  send: (body: B, header: ReturnType<typeof idempotent>) => Promise<unknown>;
  onSent: () => void;
}

/**
 * What the referral and the transfer forms share: the values, an Idempotency-Key renewed whenever
 * a value changes, the organisations the server offers as recipients (only active organisations
 * with active members who can answer: disabled ones are never offered), and the submit that checks,
 * sends, resets the form and reports a refusal on its fields.
 */
export function useRecipientForm<F extends string, V extends Values, B>(options: RecipientFormOptions<F, V, B>) {
  const { caseId, purpose, empty } = options;
  const [values, setValues] = useState(empty);
  const [key, setKey] = useState(newIdempotencyKey);
  const set = (field: keyof V & string, also: Partial<V> = {}) => (value: string) => {
    setKey(newIdempotencyKey());
    setValues((v) => ({ ...v, [field]: value, ...also }));
  };
  const organisations = useLoad(`${purpose}-recipients:${caseId}`, (signal) =>
    api.GET('/api/cases/{caseId}/referrals/recipients', { params: { path: { caseId }, query: { purpose } }, signal }),
  );
  const submission = useFormSubmission(options.fields, options.idOf);
  const { handleSubmit, startSending, fail, failUnexpected, failFields, check } = submission;
  const onSubmit = handleSubmit(async () => {
    const body = await options.toBody(values, check);
    if (!body) return;
    startSending();
    await options.send(body, idempotent(key)).then(
      () => {
        fail({}, null);
        setValues(empty);
        setKey(newIdempotencyKey());
        options.onSent();
      },
      (error: unknown) => {
        if (!failFields(error)) failUnexpected(error);
      },
    );
  });
  const offered = organisations.status === 'ready' ? organisations.data.organisations : [];
  return { values, set, offered, onSubmit, submission };
}

/** The receiving organisation: a choice among those the server offered, nothing else. */
export function RecipientOrganisationField(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  offered: readonly { id: string; name: string }[];
}) {
  const t = useT();
  return (
    <SelectField id={props.id} label={t('referrals.organisation')} value={props.value} onChange={props.onChange} error={props.error}>
      <option value="">{t('referrals.chooseOrganisation')}</option>
      {props.offered.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}
