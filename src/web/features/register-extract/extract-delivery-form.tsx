import { useState } from 'react';
import { limits } from '../../../shared/limits.ts';
import { registerExtractFileName } from '../../../shared/register-extract-file.ts';
import type { ExtractMatch } from '../../../shared/schemas/register-extract.ts';
import { api, isApiError } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { OneTimeCodeField } from '../../components/one-time-code-field.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { registerExtractSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';

const fields = ['format', 'password', 'passwordAgain', 'code'] as const;
type Format = 'json' | 'pdf';
const ids = { format: 'extract-format', password: 'extract-password', passwordAgain: 'extract-password-again', code: 'extract-code' } as const;

/** Hands the browser a file to save, from bytes already fetched (the answer is never cached). */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => { URL.revokeObjectURL(url); }, 1000);
}

/** Delivers one person's extract as JSON or as a password-encrypted PDF, after the code again. */
export function ExtractDeliveryForm({ person }: { person: ExtractMatch }) {
  const { t, language } = useI18n();
  const [format, setFormat] = useState<Format>('pdf');
  const [password, setPassword] = useState('');
  const [passwordAgain, setPasswordAgain] = useState('');
  const [code, setCode] = useState('');
  const [delivered, setDelivered] = useState(false);
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } = useFormSubmission(fields, {
    targetOf: (field) => (field === 'format' ? `${ids.format}-pdf` : ids[field]),
    messageOf: (field) => t(field === 'code' ? 'export.errors.code' : 'export.errors.password', { min: limits.exportPasswordMin }),
  });
  const path = { personId: person.personId };
  const onFailure = (error: unknown) => {
    if (isApiError(error, 403) || isApiError(error, 429)) fail({ code: t(isApiError(error, 429) ? 'export.errors.tooMany' : 'export.errors.wrongCode') }, null);
    else if (!failFields(error)) failUnexpected(error);
  };

  const onSubmit = handleSubmit(async () => {
    setDelivered(false);
    const cleanCode = code.replaceAll(' ', '');
    if (format === 'json') {
      const body = await check(() => registerExtractSchemas().then((s) => s.extractJsonInput), { code: cleanCode });
      if (!body) return;
      startSending();
      api.POST('/api/register-extracts/persons/{personId}', { params: { path }, body }).then((extract) => {
        fail({}, null);
        saveFile(new Blob([JSON.stringify(extract, null, 2)], { type: 'application/json' }), registerExtractFileName('json', new Date()));
        setDelivered(true);
      }, onFailure);
      return;
    }
    if (password !== passwordAgain) {
      fail({ passwordAgain: t('export.errors.passwordAgain') }, null);
      return;
    }
    const input = { code: cleanCode, password, language };
    const body = await check(() => registerExtractSchemas().then((s) => s.extractPdfInput), input);
    if (!body) return;
    startSending();
    api.POST('/api/register-extracts/persons/{personId}/pdf', { params: { path }, body, parseAs: 'blob' }).then((pdf) => {
      fail({}, null);
      saveFile(pdf, registerExtractFileName('pdf', new Date()));
      setDelivered(true);
    }, onFailure);
  });

  return (
    <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
      {person.hasProtectedIdentity && <Notice tone="warning">{t('registerExtract.protected')}</Notice>}
      <RadioGroup
        id={ids.format}
        name="format"
        legend={t('export.format')}
        value={format}
        onChange={setFormat}
        choices={[
          { value: 'pdf', label: t('export.format.pdf'), hint: t('export.format.pdfHint') },
          { value: 'json', label: t('registerExtract.format.json'), hint: t('registerExtract.format.jsonHint') },
        ]}
      />
      {format === 'pdf' && (
        <>
          <TextField id={ids.password} type="password" label={t('export.password')} hint={t('export.passwordHint', { min: limits.exportPasswordMin })} error={errors.password} value={password} onChange={setPassword} autoComplete="new-password" />
          <TextField id={ids.passwordAgain} type="password" label={t('export.passwordAgain')} error={errors.passwordAgain} value={passwordAgain} onChange={setPasswordAgain} autoComplete="new-password" />
        </>
      )}
      <OneTimeCodeField id={ids.code} label={t('export.code')} hint={t('export.codeHint')} error={errors.code} value={code} onChange={setCode} />
      <SubmitButton isSending={isSending}>{t('registerExtract.deliver')}</SubmitButton>
      {delivered && <p role="status">{t('registerExtract.delivered')}</p>}
    </FormWithSummary>
  );
}
