import { useState } from 'react';
import { maxRetentionYears, minRetentionYears, type RetentionRecordType, retentionRecordTypes } from '../../../shared/retention-terms.ts';
import type { RetentionSetting } from '../../../shared/schemas/retention.ts';
import { api } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { retentionSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';

const targetOf = (type: RetentionRecordType) => `retention-years-${type}`;
const fieldOf = (path: string) => retentionRecordTypes.find((type) => path === `years.${type}`);
const schema = () => retentionSchemas().then((schemas) => schemas.retentionSettingsInput);

/** The period of every record type: empty means the configuration's default, shown in the hint. */
export function RetentionSettingsForm({ settings, onSaved }: { settings: readonly RetentionSetting[]; onSaved: (settings: RetentionSetting[]) => void }) {
  const t = useT();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(settings.map((s) => [s.recordType, s.setYears === null ? '' : String(s.setYears)])));
  const [saved, setSaved] = useState(0);
  const messageOf = () => t('retention.yearsInvalid', { min: minRetentionYears, max: maxRetentionYears });
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } = useFormSubmission(retentionRecordTypes, {
    targetOf,
    fieldOf,
    messageOf,
  });

  const onSubmit = handleSubmit(async () => {
    const years: Partial<Record<RetentionRecordType, number | null>> = {};
    for (const setting of settings) {
      const text = (values[setting.recordType] ?? '').trim();
      if (text === '') {
        if (setting.setYears !== null) years[setting.recordType] = null;
      } else years[setting.recordType] = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    }
    if (Object.keys(years).length === 0) {
      fail({}, null);
      setSaved((n) => n + 1);
      return;
    }
    const body = await check(schema, { years });
    if (!body) return;
    startSending();
    api.POST('/api/admin/retention', { body }).then(
      (result) => {
        fail({}, null);
        setSaved((n) => n + 1);
        onSaved(result);
      },
      (error: unknown) => {
        if (!failFields(error)) failUnexpected(error);
      },
    );
  });

  return (
    <>
      {saved > 0 && (
        <Notice key={saved} tone="success" takeFocus>
          {t('retention.saved')}
        </Notice>
      )}
      <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
        {settings.map((setting) => (
          <TextField
            key={setting.recordType}
            id={targetOf(setting.recordType)}
            label={t('retention.yearsLabel', { type: t(`retention.type.${setting.recordType}`) })}
            hint={t('retention.yearsHint', { years: setting.defaultYears })}
            error={errors[setting.recordType]}
            value={values[setting.recordType] ?? ''}
            onChange={(value) => { setValues((previous) => ({ ...previous, [setting.recordType]: value })); }}
            inputMode="numeric"
            width="medium"
            autoComplete="off"
          />
        ))}
        <div className="button-group">
          <SubmitButton isSending={isSending}>{t('retention.save')}</SubmitButton>
        </div>
      </FormWithSummary>
    </>
  );
}
