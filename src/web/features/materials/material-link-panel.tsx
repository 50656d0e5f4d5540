import '../../zod-config.ts';
import { useState } from 'react';
import { materialLinkParams } from '../../../shared/schemas/materials.ts';
import { api } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { useLoad } from '../../use-load.ts';
import { phaseLabel } from '../cases/case-labels.ts';
import { checklistLabel } from '../support-process/support-process-labels.ts';

const fields = ['checklistItemId'] as const;

/** For national coordinators: the phase checklist items that link to this material, and linking one more. */
export function MaterialLinkPanel({ materialId }: { materialId: string }) {
  const { t, language } = useI18n();
  const [round, setRound] = useState(0);
  const [itemId, setItemId] = useState('');
  const items = useLoad('material-link-panel:items', (signal) => api.GET('/api/checklist-items', { signal }));
  const links = useLoad(`material-link-panel:links:${round}`, (signal) => api.GET('/api/material-links', { signal }));
  const submission = useFormSubmission(fields, { targetOf: () => 'material-link-item', messageOf: () => t('materials.link.errors.item') });
  if (items.status !== 'ready' || links.status !== 'ready') return null;

  const all = items.data.phases.flatMap((p) => p.items.map((item) => ({ ...item, phase: p.phase })));
  const linkedHere = new Set(links.data.items.filter((l) => l.materialId === materialId).map((l) => l.checklistItemId));
  const done = () => {
    submission.fail({}, null);
    setItemId('');
    setRound((n) => n + 1);
  };
  const failed = (error: unknown) => {
    if (!submission.failFields(error)) submission.failUnexpected(error);
  };
  const link = async () => {
    const checked = await submission.check(materialLinkParams, { checklistItemId: itemId });
    if (!checked) return;
    submission.startSending();
    api.PUT('/api/material-links/{checklistItemId}', { params: { path: checked }, body: { materialId } }).then(done, failed);
  };
  const unlink = (checklistItemId: string) => {
    api.DELETE('/api/material-links/{checklistItemId}', { params: { path: { checklistItemId } } }).then(done, failed);
  };

  return (
    <section aria-labelledby="material-links-heading">
      <h2 id="material-links-heading" className="section-heading">
        {t('materials.link.heading')}
      </h2>
      {linkedHere.size === 0 ? (
        <p>{t('materials.link.none')}</p>
      ) : (
        <ul className="material-versions">
          {all
            .filter((item) => linkedHere.has(item.id))
            .map((item) => (
              <li key={item.id}>
                {phaseLabel(t, item.phase)}: {checklistLabel(language, item)}{' '}
                <Button variant="secondary" onClick={() => { unlink(item.id); }}>
                  {t('materials.link.remove', { label: checklistLabel(language, item) })}
                </Button>
              </li>
            ))}
        </ul>
      )}
      <FormWithSummary onSubmit={submission.handleSubmit(link)} summary={submission.summary} focusKey={submission.failedSubmits}>
        <SelectField id="material-link-item" label={t('materials.link.item')} value={itemId} onChange={setItemId} error={submission.errors.checklistItemId}>
          <option value="">{t('materials.link.choose')}</option>
          {all
            .filter((item) => item.isActive && !linkedHere.has(item.id))
            .map((item) => (
              <option key={item.id} value={item.id}>
                {phaseLabel(t, item.phase)}: {checklistLabel(language, item)}
              </option>
            ))}
        </SelectField>
        <SubmitButton isSending={submission.isSending}>{t('materials.link.submit')}</SubmitButton>
      </FormWithSummary>
    </section>
  );
}
