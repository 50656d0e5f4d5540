import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { exploitationForms, genders, type ExploitationForm } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import { api, isApiError, newIdempotencyKey } from '../../api.ts';
import { ButtonLink, SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { codeListSelectId } from '../persons/code-list-field.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import type { CaseViewHistoryState } from './case-history-state.ts';
import { formLabel } from './case-labels.ts';
import {
  caseFields,
  emptyCaseForm,
  serverCaseErrors,
  validateCaseForm,
  type CaseField,
  type CaseFormValues,
} from './case-create-validation.ts';
import { CasePersonFields, personFieldIds } from './case-person-fields.tsx';
import { IndicatorChecklist, indicatorChecklistTarget } from './indicator-checklist.tsx';
import { MunicipalitySelect } from './municipality-select.tsx';

const ids = { municipality: 'municipality', forms: 'forms', codeName: 'code-name', isChild: 'is-child', indicators: 'indicators' } as const;

/** Where the error summary's link for each field goes: the control itself or a group's first choice. */
const targetOf: Record<CaseField, string> = {
  municipalityCode: ids.municipality,
  exploitationForms: choiceId(ids.forms, exploitationForms[0]),
  codeName: ids.codeName,
  isChild: choiceId(ids.isChild, 'yes'),
  birthYear: personFieldIds.birthYear,
  gender: choiceId(personFieldIds.gender, genders[0]),
  citizenships: codeListSelectId(personFieldIds.citizenships),
  languages: codeListSelectId(personFieldIds.languages),
  hasProtectedIdentity: choiceId(personFieldIds.hasProtectedIdentity, 'yes'),
  indicators: indicatorChecklistTarget(ids.indicators),
};

/**
 * The Idempotency-Key of a create: the same for every retry of the same request, so a retry after
 * a lost answer finds the case the first attempt made; a new one once the user changes the form.
 */
function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (input: unknown): string => {
    const body = JSON.stringify(input);
    if (last.current?.body !== body) last.current = { body, key: newIdempotencyKey() };
    return last.current.key;
  };
}

export function CaseCreateForm({ geography }: { geography: GeographyIndex }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [values, setValues] = useState<CaseFormValues>(emptyCaseForm);
  const keyFor = useIdempotencyKey();
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected } =
    useFormSubmission(caseFields, (field) => targetOf[field]);

  const set = <K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
  };

  const onSubmit = handleSubmit(() => {
    const validation = validateCaseForm(values, t);
    if (!validation.ok) {
      fail(validation.errors, null);
      return;
    }
    startSending();
    api.post<CaseDetail>('/api/cases', validation.input, { idempotencyKey: keyFor(validation.input) }).then(
      (created) => {
        const state: CaseViewHistoryState = { created: true };
        navigate(`/cases/${created.id}`, { state });
      },
      (error: unknown) => {
        if (isApiError(error, 403)) {
          fail({}, t('caseNew.forbidden'));
          return;
        }
        if (isApiError(error, 422)) {
          fail({}, t('caseNew.errors.keyReused'));
          return;
        }
        if (isApiError(error, 400) && error.fieldErrors.length > 0) {
          const fieldErrors = serverCaseErrors(error.fieldErrors, t);
          if (Object.keys(fieldErrors).length > 0) {
            fail(fieldErrors, null);
            return;
          }
        }
        failUnexpected(error);
      },
    );
  });

  const formChoices = exploitationForms.map((form) => ({ value: form, label: formLabel(t, form) }));

  return (
    <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
      <MunicipalitySelect
        id={ids.municipality}
        geography={geography}
        value={values.municipalityCode}
        error={errors.municipalityCode}
        onChange={(code) => { set('municipalityCode', code); }}
      />
      <CheckboxGroup<ExploitationForm>
        id={ids.forms}
        name="exploitationForms"
        legend={t('caseNew.forms')}
        hint={t('caseNew.formsHint')}
        error={errors.exploitationForms}
        choices={formChoices}
        values={values.exploitationForms}
        onChange={(forms) => { set('exploitationForms', forms); }}
      />
      <TextField
        id={ids.codeName}
        label={t('caseNew.codeName')}
        hint={t('caseNew.codeNameHint', { max: limits.codeNameMax })}
        error={errors.codeName}
        value={values.codeName}
        onChange={(codeName) => { set('codeName', codeName); }}
        autoComplete="off"
        spellCheck={false}
        required
        width="medium"
      />
      <RadioGroup<'yes' | 'no'>
        id={ids.isChild}
        name="isChild"
        legend={t('caseNew.isChild')}
        hint={t('caseNew.isChildHint')}
        error={errors.isChild}
        choices={[
          { value: 'yes', label: t('form.yes') },
          { value: 'no', label: t('form.no') },
        ]}
        value={values.isChild === null ? null : values.isChild ? 'yes' : 'no'}
        onChange={(answer) => { set('isChild', answer === 'yes'); }}
        layout="inline"
      />
      <CasePersonFields values={values} errors={errors} set={set} />
      <IndicatorChecklist
        id={ids.indicators}
        legend={t('caseNew.indicators')}
        hint={t('caseNew.indicatorsHint')}
        error={errors.indicators}
        values={values.indicators}
        onChange={(chosen) => {
          set('indicators', chosen);
        }}
      />
      <div className="button-group">
        <SubmitButton isSending={isSending}>{t('caseNew.submit')}</SubmitButton>
        <ButtonLink href="/cases" variant="secondary">
          {t('caseNew.cancel')}
        </ButtonLink>
      </div>
    </FormWithSummary>
  );
}
