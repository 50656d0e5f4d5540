import { useState } from 'react';
import type { ExtractSearchKind, ExtractSearchResult } from '../../../shared/schemas/register-extract.ts';
import { api } from '../../api.ts';
import { SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { registerExtractSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';

const fields = ['by', 'personalNumber', 'fullName'] as const;
const searchSchema = () => registerExtractSchemas().then((schemas) => schemas.extractSearchInput);

/**
 * The officer's search: by personal identity number or by the full name, as the person gave it.
 * onSearch comes first on every submit, so the page can drop the last search's persons: a refused
 * or failed search never leaves another person's results (and delivery form) under the new number.
 */
export function ExtractSearchForm({ onSearch, onFound }: { onSearch: () => void; onFound: (result: ExtractSearchResult) => void }) {
  const t = useT();
  const [by, setBy] = useState<ExtractSearchKind>('personal_number');
  const [value, setValue] = useState('');
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } = useFormSubmission(fields, {
    targetOf: (field) => (field === 'by' ? 'extract-by-personal_number' : 'extract-value'),
    messageOf: (field) => t(field === 'fullName' ? 'registerExtract.errors.fullName' : 'registerExtract.errors.personalNumber'),
  });

  const onSubmit = handleSubmit(async () => {
    onSearch();
    const input = by === 'personal_number' ? { by, personalNumber: value } : { by, fullName: value };
    const body = await check(searchSchema, input);
    if (!body) return;
    startSending();
    api.POST('/api/register-extracts/search', { body }).then(
      (result) => {
        fail({}, null);
        onFound(result);
      },
      (error: unknown) => {
        if (!failFields(error)) failUnexpected(error);
      },
    );
  });

  return (
    <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
      <RadioGroup
        id="extract-by"
        name="by"
        legend={t('registerExtract.by')}
        value={by}
        onChange={setBy}
        layout="inline"
        choices={[
          { value: 'personal_number', label: t('registerExtract.by.personal_number') },
          { value: 'name', label: t('registerExtract.by.name'), hint: t('registerExtract.by.nameHint') },
        ]}
      />
      <TextField
        id="extract-value"
        label={t(by === 'name' ? 'registerExtract.fullName' : 'registerExtract.personalNumber')}
        error={by === 'name' ? errors.fullName : errors.personalNumber}
        value={value}
        onChange={setValue}
        autoComplete="off"
      />
      <SubmitButton isSending={isSending}>{t('registerExtract.search')}</SubmitButton>
    </FormWithSummary>
  );
}
