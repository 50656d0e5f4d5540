import { useEffect, useRef, useState } from 'react';
import { limits } from '../../../shared/limits.ts';
import type { ExportFormat, ExportRequestInput, ExportState } from '../../../shared/schemas/exports.ts';
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
import type { CaseListParams } from './case-list-params.ts';
import './cases.css';

const fields = ['format', 'password', 'passwordAgain', 'code'] as const;
type Field = (typeof fields)[number];
const ids: Record<Field, string> = { format: 'export-format', password: 'export-password', passwordAgain: 'export-password-again', code: 'export-code' };
const requestSchema = () => exportSchemas().then((schemas) => schemas.exportRequestInput);
/** How often the status is asked for while the job runs. */
const pollMs = 1000;

/** The list's filters as an export takes them: no search text, no page. */
function exportFilter(params: CaseListParams): ExportRequestInput['filter'] {
  return {
    sort: params.sort,
    order: params.order,
    phase: params.phase || undefined,
    region: params.region || undefined,
    exploitationForm: params.exploitationForm || undefined,
    mine: params.mine || undefined,
    overdue: params.overdue || undefined,
    isChild: params.isChild || undefined,
  };
}

/**
 * Export the case list with its filters: a modal dialog asking for the format, for an XLSX the
 * password twice, and the authenticator code; then a progress bar while the job runs, and the
 * download link until it expires. Escape or Close ends it and focus goes back to the button.
 */
export default function CaseExportDialog({ params, onClose }: { params: CaseListParams; onClose: () => void }) {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [password, setPassword] = useState('');
  const [passwordAgain, setPasswordAgain] = useState('');
  const [code, setCode] = useState('');
  const [job, setJob] = useState<ExportState | null>(null);
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } = useFormSubmission(fields, {
    targetOf: (field) => (field === 'format' ? `${ids.format}-xlsx` : ids[field]),
    messageOf: (field) => t(field === 'code' ? 'caseExport.errors.code' : field === 'format' ? 'caseExport.errors.format' : 'caseExport.errors.password', { min: limits.exportPasswordMin }),
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
    if (format === 'xlsx' && password !== passwordAgain) {
      fail({ passwordAgain: t('caseExport.errors.passwordAgain') }, null);
      return;
    }
    const input = { list: 'cases', format, filter: exportFilter(params), code: code.replaceAll(' ', ''), ...(format === 'xlsx' ? { password } : {}) };
    const body = await check(requestSchema, input);
    if (!body) return;
    startSending();
    api.POST('/api/exports', { body }).then(
      ({ id }) => {
        fail({}, null);
        setJob({ id, list: 'cases', format, status: 'queued', progress: 0, rowCount: null, requestedAt: new Date().toISOString(), expiresAt: null });
      },
      (error: unknown) => {
        if (isApiError(error, 403) || isApiError(error, 429)) fail({ code: t(isApiError(error, 429) ? 'caseExport.errors.tooMany' : 'caseExport.errors.wrongCode') }, null);
        else if (!failFields(error)) failUnexpected(error);
      },
    );
  });

  return (
    <dialog ref={dialogRef} className="break-glass-dialog" aria-labelledby="case-export-title" aria-describedby="case-export-intro" onClose={onClose}>
      <h2 id="case-export-title" className="section-heading">
        {t('caseExport.title')}
      </h2>
      <p id="case-export-intro">{t(params.q ? 'caseExport.introWithoutSearch' : 'caseExport.intro')}</p>
      {job ? (
        <ExportProgress job={job} onClose={onClose} />
      ) : (
        <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
          <RadioGroup
            id={ids.format}
            name="format"
            legend={t('caseExport.format')}
            error={errors.format}
            value={format}
            onChange={setFormat}
            choices={[
              { value: 'xlsx', label: t('caseExport.format.xlsx'), hint: t('caseExport.format.xlsxHint') },
              { value: 'csv', label: t('caseExport.format.csv'), hint: t('caseExport.format.csvHint') },
            ]}
          />
          {format === 'xlsx' && (
            <>
              <TextField id={ids.password} type="password" label={t('caseExport.password')} hint={t('caseExport.passwordHint', { min: limits.exportPasswordMin })} error={errors.password} value={password} onChange={setPassword} autoComplete="new-password" />
              <TextField id={ids.passwordAgain} type="password" label={t('caseExport.passwordAgain')} error={errors.passwordAgain} value={passwordAgain} onChange={setPasswordAgain} autoComplete="new-password" />
            </>
          )}
          <OneTimeCodeField id={ids.code} label={t('caseExport.code')} hint={t('caseExport.codeHint')} error={errors.code} value={code} onChange={setCode} />
          <div className="button-group">
            <SubmitButton isSending={isSending}>{t('caseExport.submit')}</SubmitButton>
            <Button variant="secondary" onClick={onClose}>
              {t('caseExport.cancel')}
            </Button>
          </div>
        </FormWithSummary>
      )}
    </dialog>
  );
}

function ExportProgress({ job, onClose }: { job: ExportState; onClose: () => void }) {
  const t = useT();
  const isRunning = job.status === 'queued' || job.status === 'running';
  return (
    <>
      {isRunning && (
        <p>
          <label htmlFor="case-export-progress">{t('caseExport.running')}</label>{' '}
          <progress id="case-export-progress" max={100} value={job.progress}>
            {job.progress} %
          </progress>
        </p>
      )}
      {job.status === 'done' && (
        <Notice tone="success" takeFocus>
          {t('caseExport.done', { count: job.rowCount ?? 0 })}{' '}
          <a href={`/api/exports/${job.id}/file`} download>
            {t('caseExport.download')}
          </a>
        </Notice>
      )}
      {(job.status === 'failed' || job.status === 'expired') && (
        <Notice tone="error" takeFocus>
          {t(job.status === 'failed' ? 'caseExport.failed' : 'caseExport.expired')}
        </Notice>
      )}
      <div className="button-group">
        <Button variant="secondary" onClick={onClose}>
          {t('caseExport.close')}
        </Button>
      </div>
    </>
  );
}
