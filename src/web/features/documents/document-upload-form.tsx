import { useRef, useState, type SubmitEvent } from 'react';
import { limits } from '../../../shared/limits.ts';
import type { DocumentMeta } from '../../../shared/schemas/documents.ts';
import { api, idempotent, isApiError, newIdempotencyKey } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormGroup } from '../../components/form-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { acceptedFiles, checkFile, sizeParts, type FileProblem } from './document-format.ts';

const fields = ['file'] as const;
const fileInputId = 'document-upload-file';

export interface DocumentUploadFormProps {
  caseId: string;
  onUploaded: (document: DocumentMeta) => void;
}

/**
 * Uploads one file as its raw bytes. Size and emptiness are checked here first; the type can only
 * be judged from the content, which the server does, and its 413 and 415 answers are put in words.
 */
export function DocumentUploadForm({ caseId, onUploaded }: DocumentUploadFormProps) {
  const { t, formatNumber } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const idempotencyKey = useRef<string | null>(null);
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected } = useFormSubmission(
    fields,
    () => fileInputId,
  );

  const sizeText = (bytes: number) => {
    const { unit, value } = sizeParts(bytes);
    return t(`documents.size.${unit}`, { size: formatNumber(value) });
  };
  const maxText = sizeText(limits.documentBytesMax);

  const messageOf = (problem: FileProblem, chosen: File | null): string => {
    switch (problem) {
      case 'fileRequired':
        return t('documents.errors.fileRequired');
      case 'empty':
        return t('documents.errors.empty');
      case 'tooLarge':
        return t('documents.errors.tooLarge', { size: sizeText(chosen?.size ?? 0), max: maxText });
      case 'nameTooLong':
        return t('documents.errors.nameTooLong', { max: formatNumber(limits.fileNameMax) });
    }
  };

  const submit = () => {
    const problem = checkFile(file);
    if (problem || !file) {
      fail({ file: messageOf(problem ?? 'fileRequired', file) }, null);
      return;
    }
    idempotencyKey.current ??= newIdempotencyKey();
    startSending();
    const params = { path: { caseId }, query: { fileName: file.name }, header: idempotent(idempotencyKey.current) };
    api.upload('/api/cases/{caseId}/documents', file, { params }).then(
      (document) => {
        fail({}, null);
        idempotencyKey.current = null;
        setFile(null);
        if (inputRef.current) inputRef.current.value = '';
        onUploaded(document);
      },
      (failure: unknown) => {
        if (isApiError(failure, 413)) return fail({ file: t('documents.errors.tooLargeServer', { max: maxText }) }, null);
        if (isApiError(failure, 415)) return fail({ file: t('documents.errors.type') }, null);
        if (isApiError(failure, 403)) return fail({}, t('documents.forbidden'));
        if (isApiError(failure, 400)) {
          const fieldsWrong = new Set(failure.fieldErrors.map((e) => e.field));
          if (fieldsWrong.has('fileName')) return fail({ file: t('documents.errors.nameInvalid') }, null);
          if (fieldsWrong.has('body')) return fail({ file: t('documents.errors.empty') }, null);
        }
        if (isApiError(failure, 422)) idempotencyKey.current = null;
        failUnexpected(failure);
      },
    );
  };
  // Made at submit time, not while rendering: the submit reads and sets refs.
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    handleSubmit(submit)(event);
  };

  return (
    <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
      <FormGroup
        id={fileInputId}
        label={t('documents.file')}
        hint={t('documents.fileHint', { max: maxText })}
        error={errors.file}
      >
        {(described) => (
          <input
            ref={inputRef}
            id={fileInputId}
            name="file"
            type="file"
            className="file-input"
            accept={acceptedFiles}
            onChange={(event) => {
              // Another file is another request: it gets its own Idempotency-Key.
              idempotencyKey.current = null;
              setFile(event.target.files?.[0] ?? null);
            }}
            {...described}
          />
        )}
      </FormGroup>
      <div className="button-group documents-actions">
        <SubmitButton isSending={isSending}>{t('documents.upload')}</SubmitButton>
      </div>
    </FormWithSummary>
  );
}
