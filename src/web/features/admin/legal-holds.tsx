import { useState } from 'react';
import type { LegalHold } from '../../../shared/schemas/retention.ts';
import { api, isApiError } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { retentionSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';

const fields = ['caseReference', 'reason'] as const;
type Field = (typeof fields)[number];
const targetOf = (field: Field) => `hold-${field}`;
const schema = () => retentionSchemas().then((schemas) => schemas.legalHoldInput);

/** Legal holds by case reference, each active one with its lift button, and the form to place one. */
export function LegalHolds({ holds, onChanged }: { holds: readonly LegalHold[]; onChanged: () => void }) {
  const { t, formatDateTime } = useI18n();
  const [values, setValues] = useState<Record<Field, string>>({ caseReference: '', reason: '' });
  const [notice, setNotice] = useState<{ text: string; serial: number } | null>(null);
  const [lifting, setLifting] = useState<string | null>(null);
  const messageOf = (field: Field) => t(`retention.errors.${field}`);
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } = useFormSubmission(fields, {
    targetOf,
    messageOf,
  });
  const announce = (text: string) => { setNotice((previous) => ({ text, serial: (previous?.serial ?? 0) + 1 })); };

  const onSubmit = handleSubmit(async () => {
    const body = await check(schema, values);
    if (!body) return;
    startSending();
    api.POST('/api/admin/legal-holds', { body }).then(
      (hold) => {
        fail({}, null);
        setValues({ caseReference: '', reason: '' });
        announce(t('retention.placed', { reference: hold.caseReference }));
        onChanged();
      },
      (error: unknown) => {
        if (isApiError(error, 409)) return fail({}, t('retention.errors.alreadyHeld'));
        if (!failFields(error)) failUnexpected(error);
      },
    );
  });

  const lift = (hold: LegalHold) => {
    setLifting(hold.id);
    api.POST('/api/admin/legal-holds/{holdId}/lift', { params: { path: { holdId: hold.id } } }).then(
      () => {
        setLifting(null);
        announce(t('retention.liftedNotice', { reference: hold.caseReference }));
        onChanged();
      },
      () => {
        setLifting(null);
        announce(t('app.genericError'));
        onChanged();
      },
    );
  };

  return (
    <>
      {notice && (
        <Notice key={notice.serial} tone="info" takeFocus>
          {notice.text}
        </Notice>
      )}
      {holds.length === 0 ? (
        <p className="empty-state">{t('retention.noHolds')}</p>
      ) : (
        <DataTable
          id="legal-holds"
          caption={t('retention.holdsTitle')}
          hideCaption
          columns={[t('retention.col.case'), t('retention.col.reason'), t('retention.col.placed'), t('retention.col.status')]}
        >
          {holds.map((hold) => (
            <tr key={hold.id}>
              <td className="table__nowrap">{hold.caseReference}</td>
              <td>{hold.reason}</td>
              <td className="table__nowrap">{formatDateTime(hold.placedAt)}</td>
              <td>
                {hold.isActive ? (
                  <>
                    {t('retention.active')}{' '}
                    <Button variant="secondary" disabled={lifting === hold.id} onClick={() => { lift(hold); }}>
                      {t('retention.lift', { reference: hold.caseReference })}
                    </Button>
                  </>
                ) : (
                  t('retention.lifted', { date: formatDateTime(hold.liftedAt ?? hold.placedAt) })
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h3 className="section-heading">{t('retention.placeTitle')}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
        <TextField
          id={targetOf('caseReference')}
          label={t('retention.caseReference')}
          hint={t('retention.caseReferenceHint')}
          error={errors.caseReference}
          value={values.caseReference}
          onChange={(value) => { setValues((previous) => ({ ...previous, caseReference: value })); }}
          width="medium"
          autoComplete="off"
          spellCheck={false}
          required
        />
        <TextAreaField
          id={targetOf('reason')}
          label={t('retention.reason')}
          hint={t('retention.reasonHint')}
          error={errors.reason}
          value={values.reason}
          onChange={(value) => { setValues((previous) => ({ ...previous, reason: value })); }}
          rows={3}
        />
        <div className="button-group">
          <SubmitButton isSending={isSending}>{t('retention.place')}</SubmitButton>
        </div>
      </FormWithSummary>
    </>
  );
}
