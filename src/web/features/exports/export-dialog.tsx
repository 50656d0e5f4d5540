import { useEffect, useRef, useState } from 'react';
import { limits } from '../../../shared/limits.ts';
import type { ExportFilterOf, ExportFormat, ExportList, ExportState } from '../../../shared/schemas/exports.ts';
import { api, isApiError } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Notice } from '../../components/notice.tsx';
import { OneTimeCodeField } from '../../components/one-time-code-field.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { exportSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';
import '../cases/cases.css';

const fields = ['format', 'password', 'passwordAgain', 'code'] as const;
type Field = (typeof fields)[number];
const ids: Record<Field, string> = { format: 'export-format', password: 'export-password', passwordAgain: 'export-password-again', code: 'export-code' };
const requestSchema = () => exportSchemas().then((schemas) => schemas.exportRequestInput);
/** How often the status is asked for while the job runs. */
const pollMs = 1000;

/** What the dialog says about one export, in the user's language. */
export interface ExportTexts {
  title: string;
  intro: string;
  /** What a CSV holds (only lists without identity data offer CSV). */
  csvHint?: string;
  /** The sentence when the file is ready, with the row count. */
  done: (count: number) => string;
}

export interface ExportDialogProps<L extends ExportList> {
  list: L;
  filter: ExportFilterOf<L>;
  /** The formats offered, the first chosen from the start; encrypted ones ask for a password. */
  formats: readonly [ExportFormat, ...ExportFormat[]];
  texts: ExportTexts;
  onClose: () => void;
}

/**
 * Export a list (or a case, or the statistics) with its filters: a modal dialog asking for the
 * format, for an encrypted one (XLSX, PDF) the password twice, and the authenticator code; then a
 * progress bar while the job runs, and the download link until it expires. Escape or Close ends it.
 */
export default function ExportDialog<L extends ExportList>({ list, filter, formats, texts, onClose }: ExportDialogProps<L>) {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<ExportFormat>(formats[0]);
  const isEncrypted = format !== 'csv';
  const [password, setPassword] = useState('');
  const [passwordAgain, setPasswordAgain] = useState('');
  const [code, setCode] = useState('');
  const [job, setJob] = useState<ExportState | null>(null);
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } = useFormSubmission(fields, {
    targetOf: (field) => (field === 'format' ? `${ids.format}-${formats[0]}` : ids[field]),
    messageOf: (field) => t(field === 'code' ? 'export.errors.code' : field === 'format' ? 'export.errors.format' : 'export.errors.password', { min: limits.exportPasswordMin }),
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
    };
  }, []);

  // Polls until the job has ended; the bar and the link follow.
  useEffect(() => {
    if (!job || (job.status !== 'queued' && job.status !== 'running')) return;
    const timer = setTimeout(() => {
      api.GET('/api/exports/{exportId}', { params: { path: { exportId: job.id } } }).then(setJob, () => { setJob({ ...job, status: 'failed' }); });
    }, pollMs);
    return () => { clearTimeout(timer); };
  }, [job]);

  const onSubmit = handleSubmit(async () => {
    if (isEncrypted && password !== passwordAgain) {
      fail({ passwordAgain: t('export.errors.passwordAgain') }, null);
      return;
    }
    const input = { list, format, filter, code: code.replaceAll(' ', ''), ...(isEncrypted ? { password } : {}) };
    const body = await check(requestSchema, input);
    if (!body) return;
    startSending();
    api.POST('/api/exports', { body }).then(
      ({ id }) => {
        fail({}, null);
        setJob({ id, list, format, status: 'queued', progress: 0, rowCount: null, suppressedRows: null, requestedAt: new Date().toISOString(), expiresAt: null });
      },
      (error: unknown) => {
        if (isApiError(error, 403) || isApiError(error, 429)) fail({ code: t(isApiError(error, 429) ? 'export.errors.tooMany' : 'export.errors.wrongCode') }, null);
        else if (!failFields(error)) failUnexpected(error);
      },
    );
  });

  return (
    <dialog ref={dialogRef} className="break-glass-dialog" aria-labelledby="export-title" aria-describedby="export-intro" onClose={onClose}>
      <h2 id="export-title" className="section-heading">
        {texts.title}
      </h2>
      <p id="export-intro">{texts.intro}</p>
      {job ? (
        <ExportProgress job={job} done={texts.done} onClose={onClose} />
      ) : (
        <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
          <RadioGroup
            id={ids.format}
            name="format"
            legend={t('export.format')}
            error={errors.format}
            value={format}
            onChange={setFormat}
            choices={formats.map((value) => ({
              value,
              label: t(`export.format.${value}`),
              hint: value === 'csv' ? texts.csvHint : t(value === 'xlsx' ? 'export.format.xlsxHint' : 'export.format.pdfHint'),
            }))}
          />
          {isEncrypted && (
            <>
              <TextField id={ids.password} type="password" label={t('export.password')} hint={t('export.passwordHint', { min: limits.exportPasswordMin })} error={errors.password} value={password} onChange={setPassword} autoComplete="new-password" />
              <TextField id={ids.passwordAgain} type="password" label={t('export.passwordAgain')} error={errors.passwordAgain} value={passwordAgain} onChange={setPasswordAgain} autoComplete="new-password" />
            </>
          )}
          <OneTimeCodeField id={ids.code} label={t('export.code')} hint={t('export.codeHint')} error={errors.code} value={code} onChange={setCode} />
          <div className="button-group">
            <SubmitButton isSending={isSending}>{t('export.submit')}</SubmitButton>
            <Button variant="secondary" onClick={onClose}>
              {t('export.cancel')}
            </Button>
          </div>
        </FormWithSummary>
      )}
    </dialog>
  );
}

function ExportProgress({ job, done, onClose }: { job: ExportState; done: ExportTexts['done']; onClose: () => void }) {
  const t = useT();
  const isRunning = job.status === 'queued' || job.status === 'running';
  return (
    <>
      {isRunning && (
        <p>
          <label htmlFor="export-progress">{t('export.running')}</label>{' '}
          <progress id="export-progress" max={100} value={job.progress}>
            {job.progress} %
          </progress>
        </p>
      )}
      {job.status === 'done' && (
        <Notice tone="success" takeFocus>
          {done(job.rowCount ?? 0)}{' '}
          {job.suppressedRows !== null && `${t('export.suppressedRows', { count: job.suppressedRows })} `}
          <a href={`/api/exports/${job.id}/file`} download>
            {t('export.download')}
          </a>
        </Notice>
      )}
      {(job.status === 'failed' || job.status === 'expired') && (
        <Notice tone="error" takeFocus>
          {t(job.status === 'failed' ? 'export.failed' : 'export.expired')}
        </Notice>
      )}
      <div className="button-group">
        <Button variant="secondary" onClick={onClose}>
          {t('export.close')}
        </Button>
      </div>
    </>
  );
}
