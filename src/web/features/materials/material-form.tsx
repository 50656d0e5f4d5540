import '../../zod-config.ts';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { materialKinds } from '../../../shared/enums.ts';
import { type MaterialItem, materialCreateInput, materialVersionInput } from '../../../shared/schemas/materials.ts';
import { api, idempotent } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { useIdempotencyKey } from '../../use-idempotency-key.ts';

const fields = ['kind', 'title', 'summary', 'body'] as const;
type Field = (typeof fields)[number];
const controlId = (field: Field) => `material-${field}`;

/**
 * Publishes a material: a new one (with its kind) or, given `material`, its next version, which
 * starts from the text of the newest version. Either way the page then shows the new version.
 */
export function MaterialForm({ material, onPublished }: { material?: MaterialItem; onPublished?: (item: MaterialItem) => void }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [values, setValues] = useState<Record<Field, string>>({
    kind: material?.kind ?? '',
    title: material?.title ?? '',
    summary: material?.summary ?? '',
    body: material?.body ?? '',
  });
  // The same key for every retry of the same text: a double click publishes one version.
  const keyFor = useIdempotencyKey();
  const submission = useFormSubmission(fields, { targetOf: controlId, messageOf: (field) => t(`materials.errors.${field}`) });

  const publish = async () => {
    const { kind, ...text } = values;
    if (material) {
      const body = await submission.check(materialVersionInput, text);
      if (!body) return;
      submission.startSending();
      api.POST('/api/materials/{materialId}/versions', { params: { path: { materialId: material.id }, header: idempotent(keyFor(body)) }, body }).then(done, failed);
    } else {
      const body = await submission.check(materialCreateInput, { kind, ...text });
      if (!body) return;
      submission.startSending();
      api.POST('/api/materials', { params: { header: idempotent(keyFor(body)) }, body }).then(done, failed);
    }
  };
  const done = (item: MaterialItem) => {
    submission.fail({}, null);
    if (onPublished) onPublished(item);
    else navigate(`/materials/${item.id}`);
  };
  const failed = (error: unknown) => {
    if (!submission.failFields(error)) submission.failUnexpected(error);
  };

  const bind = (field: Field) => ({
    id: controlId(field),
    value: values[field],
    error: submission.errors[field],
    onChange: (value: string) => { setValues((v) => ({ ...v, [field]: value })); },
  });

  return (
    <FormWithSummary onSubmit={submission.handleSubmit(publish)} summary={submission.summary} focusKey={submission.failedSubmits}>
      {!material && (
        <SelectField {...bind('kind')} label={t('materials.form.kind')}>
          <option value="">{t('materials.form.chooseKind')}</option>
          {materialKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`materials.kind.${kind}`)}
            </option>
          ))}
        </SelectField>
      )}
      <TextField {...bind('title')} label={t('materials.form.title')} />
      <TextAreaField {...bind('summary')} label={t('materials.form.summary')} />
      <TextAreaField {...bind('body')} label={t('materials.form.body')} hint={t('materials.form.body.hint')} rows={12} />
      <SubmitButton isSending={submission.isSending}>{t('materials.form.publish')}</SubmitButton>
    </FormWithSummary>
  );
}
