import { useState } from 'react';
import { limits } from '../../../shared/limits.ts';
import type { CasePerson } from '../../../shared/schemas/cases.ts';
import { api, ifMatch } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { type FieldErrors, useFormSubmission } from '../../use-form-submission.ts';
import { PersonFields, personFieldTarget, type PersonFieldIds } from './person-fields.tsx';
import {
  checkPersonForm,
  maxCitizenships,
  maxLanguages,
  personChanges,
  personFormFields,
  personFormValuesOf,
  type PersonFormField,
  type PersonFormProblem,
  type PersonFormValues,
} from './person-validation.ts';
import { failSave, FormHeading } from './person-status.tsx';

const ids: PersonFieldIds = {
  codeName: 'person-codeName',
  birthYear: 'person-birthYear',
  gender: 'person-gender',
  citizenships: 'person-citizenships',
  languages: 'person-languages',
  isChild: 'person-isChild',
  hasProtectedIdentity: 'person-protected',
};

function messageFor(t: Translate, problem: PersonFormProblem, currentYear: number): string {
  switch (problem) {
    case 'codeNameRequired':
      return t('person.form.errors.codeNameRequired');
    case 'codeNameTooLong':
      return t('person.form.errors.codeNameTooLong', { max: limits.codeNameMax });
    case 'birthYear':
      return t('person.form.errors.birthYear', { max: currentYear + 1 });
    case 'citizenships':
      return t('person.form.errors.citizenships', { max: maxCitizenships });
    case 'languages':
      return t('person.form.errors.languages', { max: maxLanguages });
  }
}

/** The form field a server error path ("citizenships.1") is about. */
export interface PersonFormProps {
  caseId: string;
  person: CasePerson;
  onSaved: (person: CasePerson | null) => void;
  /** The server refused because the person changed meanwhile (412) or access changed (403, 404). */
  onOutdated: (error: unknown) => void;
  onCancel: () => void;
}

/** Changes the pseudonymised person; sends only what changed, with If-Match: the person's version. */
export default function PersonForm({ caseId, person, onSaved, onOutdated, onCancel }: PersonFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<PersonFormValues>(() => personFormValuesOf(person));
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failFields } = useFormSubmission(
    personFormFields,
    {
      targetOf: (field) => personFieldTarget(ids, field),
      // The server's 400s: the form checked the same rules, so only the code name can still be refused.
      messageOf: (field) => (field === 'codeName' ? t('person.form.errors.codeNameInvalid') : t('person.form.errors.invalid')),
    },
  );
  const currentYear = new Date().getFullYear();
  const update = (change: Partial<PersonFormValues>) => {
    setValues((v) => ({ ...v, ...change }));
  };

  const onSubmit = handleSubmit(() => {
    const problems = checkPersonForm(values, currentYear);
    if (Object.keys(problems).length > 0) {
      const found: FieldErrors<PersonFormField> = {};
      for (const [field, problem] of Object.entries(problems) as [PersonFormField, PersonFormProblem][]) {
        found[field] = messageFor(t, problem, currentYear);
      }
      fail(found, null);
      return;
    }
    const changes = personChanges(person, values);
    if (Object.keys(changes).length === 0) {
      onSaved(null);
      return;
    }
    startSending();
    api.PATCH('/api/cases/{caseId}/person', { params: { path: { caseId }, header: ifMatch(person.version) }, body: changes }).then(
      (saved) => {
        onSaved(saved);
      },
      (error: unknown) => {
        failSave(error, { failFields, failUnexpected, onOutdated });
      },
    );
  });

  return (
    <section className="panel person__form" aria-labelledby="person-form-heading">
      <FormHeading id="person-form-heading">{t('person.form.heading')}</FormHeading>
      <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
        <PersonFields ids={ids} order={personFormFields} wording="edit" values={values} errors={errors} onChange={update} />
        <div className="button-group">
          <SubmitButton isSending={isSending}>{t('person.form.submit')}</SubmitButton>
          <Button variant="secondary" onClick={onCancel}>
            {t('person.form.cancel')}
          </Button>
        </div>
      </FormWithSummary>
    </section>
  );
}
