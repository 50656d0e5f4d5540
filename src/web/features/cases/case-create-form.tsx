import { useState } from 'react';
import { useLocation } from 'wouter';
import { exploitationForms, type ExploitationForm } from '../../../shared/enums.ts';
import { api, idempotent, isApiError } from '../../api.ts';
import { ButtonLink, SubmitButton } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmission } from '../../use-form-submission.ts';
import { isPersonField, PersonFields, personFieldTarget, type PersonFieldIds } from '../persons/person-fields.tsx';
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
import { IndicatorChecklist, indicatorChecklistTarget } from './indicator-checklist.tsx';
import { MunicipalitySelect } from './municipality-select.tsx';
import { useIdempotencyKey } from '../../use-idempotency-key.ts';

const ids = { municipality: 'municipality', forms: 'forms', indicators: 'indicators' } as const;
const personIds: PersonFieldIds = {
  codeName: 'code-name',
  isChild: 'is-child',
  birthYear: 'birth-year',
  gender: 'gender',
  citizenships: 'citizenships',
  languages: 'languages',
  hasProtectedIdentity: 'protected-identity',
};
/** The person's fields, shown together in the order of caseFields. */
const personOrder = caseFields.filter(isPersonField);

/** Where the error summary's link for each field goes: the control itself or a group's first choice. */
const caseTargets: Record<Exclude<CaseField, keyof PersonFieldIds>, string> = {
  municipalityCode: ids.municipality,
  exploitationForms: choiceId(ids.forms, exploitationForms[0]),
  indicators: indicatorChecklistTarget(ids.indicators),
};
const targetOf = (field: CaseField): string => (isPersonField(field) ? personFieldTarget(personIds, field) : caseTargets[field]);

export function CaseCreateForm({ geography }: { geography: GeographyIndex }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [values, setValues] = useState<CaseFormValues>(emptyCaseForm);
  const keyFor = useIdempotencyKey();
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected } =
    useFormSubmission(caseFields, targetOf);

  const update = (change: Partial<CaseFormValues>) => {
    setValues((v) => ({ ...v, ...change }));
  };

  const onSubmit = handleSubmit(() => {
    const validation = validateCaseForm(values, t);
    if (!validation.ok) {
      fail(validation.errors, null);
      return;
    }
    startSending();
    api.POST('/api/cases', { params: { header: idempotent(keyFor(validation.input)) }, body: validation.input }).then(
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
        onChange={(code) => { update({ municipalityCode: code }); }}
      />
      <CheckboxGroup<ExploitationForm>
        id={ids.forms}
        name="exploitationForms"
        legend={t('caseNew.forms')}
        hint={t('caseNew.formsHint')}
        error={errors.exploitationForms}
        choices={formChoices}
        values={values.exploitationForms}
        onChange={(forms) => { update({ exploitationForms: forms }); }}
      />
      <PersonFields ids={personIds} order={personOrder} wording="newCase" values={values} errors={errors} onChange={update} codeNameRequired />
      <IndicatorChecklist
        id={ids.indicators}
        legend={t('caseNew.indicators')}
        hint={t('caseNew.indicatorsHint')}
        error={errors.indicators}
        values={values.indicators}
        onChange={(chosen) => {
          update({ indicators: chosen });
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
