import { useState } from 'react';
import type { CasePhase } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { ChecklistItem } from '../../../shared/schemas/support-process.ts';
import { api, idempotent, ifMatch, isApiError, newIdempotencyKey } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission, type FieldErrors } from '../../use-form-submission.ts';
import { phaseLabel } from '../cases/case-labels.ts';

const fields = ['labelSv', 'labelEn', 'flags'] as const;
type Field = (typeof fields)[number];
type Flag = 'required' | 'active';


export interface ChecklistItemFormProps {
  phase: CasePhase;
  /** The item to change; without it the form adds a new item at the end of the phase. */
  existing?: ChecklistItem;
  onSaved: (item: ChecklistItem, isNew: boolean) => void;
  /** Someone else changed the item meanwhile (412). */
  onStale: () => void;
  onCancel: () => void;
}

/** Add a checklist item to a phase, or change one: both labels, required, and (for a change) active. */
export function ChecklistItemForm({ phase, existing, onSaved, onStale, onCancel }: ChecklistItemFormProps) {
  const t = useT();
  const idPrefix = existing ? `item-${existing.id}` : `new-${phase}`;
  const [labelSv, setLabelSv] = useState(existing?.labelSv ?? '');
  const [labelEn, setLabelEn] = useState(existing?.labelEn ?? '');
  const [flags, setFlags] = useState<Flag[]>(() => [
    ...(existing?.isRequired ? (['required'] as const) : []),
    ...(existing?.isActive ?? true ? (['active'] as const) : []),
  ]);
  // One key per new item, kept across retries, so a retried add does not add twice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useFormSubmission(fields, {
    targetOf: (field) => (field === 'flags' ? `${idPrefix}-flags-required` : `${idPrefix}-${field}`),
    // The server refuses a label only for what the form checks first; anything else it says is "invalid".
    messageOf: () => t('checklistAdmin.errors.labelInvalid'),
  });

  const labelError = (value: string): string | undefined => {
    const label = value.trim();
    if (!label) return t('checklistAdmin.errors.labelRequired');
    if (label.length > limits.shortTextMax) return t('checklistAdmin.errors.labelTooLong', { max: limits.shortTextMax });
    return undefined;
  };

  const onSubmit = form.handleSubmit(() => {
    const found: FieldErrors<Field> = {};
    const svError = labelError(labelSv);
    const enError = labelError(labelEn);
    if (svError) found.labelSv = svError;
    if (enError) found.labelEn = enError;
    if (Object.keys(found).length > 0) {
      form.fail(found, null);
      return;
    }
    const isRequired = flags.includes('required');
    const values = { labelSv: labelSv.trim(), labelEn: labelEn.trim(), isRequired };
    let request: Promise<ChecklistItem>;
    if (existing) {
      const isActive = flags.includes('active');
      const changes = {
        ...(values.labelSv !== existing.labelSv ? { labelSv: values.labelSv } : {}),
        ...(values.labelEn !== existing.labelEn ? { labelEn: values.labelEn } : {}),
        ...(isRequired !== existing.isRequired ? { isRequired } : {}),
        ...(isActive !== existing.isActive ? { isActive } : {}),
      };
      if (Object.keys(changes).length === 0) {
        onCancel();
        return;
      }
      request = api.PATCH('/api/checklist-items/{itemId}', {
        params: { path: { itemId: existing.id }, header: ifMatch(existing.version) },
        body: changes,
      });
    } else {
      request = api.POST('/api/checklist-items', { params: { header: idempotent(idempotencyKey) }, body: { phase, ...values } });
    }
    form.startSending();
    request.then(
      (item) => {
        onSaved(item, !existing);
      },
      (error: unknown) => {
        if (isApiError(error, 412)) {
          form.fail({}, t('checklistAdmin.stale'));
          onStale();
        } else if (form.failFields(error)) {
          return;
        } else if (isApiError(error, 403)) {
          form.fail({}, t('checklistAdmin.forbidden'));
        } else {
          form.failUnexpected(error);
        }
      },
    );
  });

  const flagChoices = [
    { value: 'required' as const, label: t('checklistAdmin.isRequired') },
    ...(existing ? [{ value: 'active' as const, label: t('checklistAdmin.isActive') }] : []),
  ];
  return (
    <div className="checklist-admin__form">
      <h3 className="process-subheading">
        {existing ? t('checklistAdmin.editHeading') : t('checklistAdmin.addHeading', { phase: phaseLabel(t, phase) })}
      </h3>
      <FormWithSummary onSubmit={onSubmit} summary={form.summary} focusKey={form.failedSubmits}>
        <TextField
          id={`${idPrefix}-labelSv`}
          label={t('checklistAdmin.labelSv')}
          lang="sv"
          value={labelSv}
          onChange={setLabelSv}
          error={form.errors.labelSv}
        />
        <TextField
          id={`${idPrefix}-labelEn`}
          label={t('checklistAdmin.labelEn')}
          lang="en"
          value={labelEn}
          onChange={setLabelEn}
          error={form.errors.labelEn}
        />
        <CheckboxGroup<Flag>
          id={`${idPrefix}-flags`}
          name={`${idPrefix}-flags`}
          legend={t('checklistAdmin.flagsLegend')}
          hint={t('checklistAdmin.flagsHint')}
          choices={flagChoices}
          values={flags}
          onChange={setFlags}
        />
        <div className="button-group">
          <SubmitButton isSending={form.isSending}>{existing ? t('checklistAdmin.save') : t('checklistAdmin.add')}</SubmitButton>
          <Button variant="secondary" onClick={onCancel}>
            {t('supportProcess.cancel')}
          </Button>
        </div>
      </FormWithSummary>
    </div>
  );
}
