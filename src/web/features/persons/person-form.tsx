import { useState } from 'react';
import { genders, type Gender } from '../../../shared/enums.ts';
import { countryCodes } from '../../../shared/countries.ts';
import { languageCodes } from '../../../shared/languages.ts';
import { limits } from '../../../shared/limits.ts';
import type { CasePerson } from '../../../shared/schemas/cases.ts';
import { api, isApiError } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { type FieldErrors, useFormSubmission } from '../../use-form-submission.ts';
import { CodeListField, codeListSelectId } from './code-list-field.tsx';
import { codeLabeller, genderLabel } from './person-labels.ts';
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
import { FormHeading } from './person-status.tsx';

const ids: Record<PersonFormField, string> = {
  codeName: 'person-codeName',
  birthYear: 'person-birthYear',
  gender: 'person-gender',
  citizenships: 'person-citizenships',
  languages: 'person-languages',
  isChild: 'person-isChild',
  hasProtectedIdentity: 'person-protected',
};

/** Where the error summary links: the control, a group's first choice, or a code list's select. */
const targetOf = (field: PersonFormField): string => {
  switch (field) {
    case 'gender':
      return choiceId(ids.gender, genders[0]);
    case 'isChild':
    case 'hasProtectedIdentity':
      return choiceId(ids[field], 'yes');
    case 'citizenships':
    case 'languages':
      return codeListSelectId(ids[field]);
    case 'codeName':
    case 'birthYear':
      return ids[field];
  }
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
function fieldOf(path: string): PersonFormField | undefined {
  const head = path.split('.')[0];
  return personFormFields.find((field) => field === head);
}

export interface PersonFormProps {
  caseId: string;
  person: CasePerson;
  onSaved: (person: CasePerson | null) => void;
  /** The server refused because the person changed meanwhile (412) or access changed (403, 404). */
  onOutdated: (error: unknown) => void;
  onCancel: () => void;
}

type YesNo = 'yes' | 'no';
const yesNo = (value: boolean): YesNo => (value ? 'yes' : 'no');

/** Changes the pseudonymised person; sends only what changed, with If-Match: the person's version. */
export default function PersonForm({ caseId, person, onSaved, onOutdated, onCancel }: PersonFormProps) {
  const { t, language } = useI18n();
  const [values, setValues] = useState<PersonFormValues>(() => personFormValuesOf(person));
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected } = useFormSubmission(
    personFormFields,
    targetOf,
  );
  const currentYear = new Date().getFullYear();
  const countries = codeLabeller('region', language, t);
  const languages = codeLabeller('language', language, t);
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
  };
  const yesNoChoices = [
    { value: 'yes' as const, label: t('form.yes') },
    { value: 'no' as const, label: t('form.no') },
  ];

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
    api.patch<CasePerson>(`/api/cases/${encodeURIComponent(caseId)}/person`, changes, { ifMatch: person.version }).then(
      (saved) => {
        onSaved(saved);
      },
      (error: unknown) => {
        if (isApiError(error, 400) && error.fieldErrors.length > 0) {
          const found: FieldErrors<PersonFormField> = {};
          for (const { field: path } of error.fieldErrors) {
            const field = fieldOf(path);
            if (field && !found[field]) {
              found[field] = field === 'codeName' ? t('person.form.errors.codeNameInvalid') : t('person.form.errors.invalid');
            }
          }
          if (Object.keys(found).length > 0) {
            fail(found, null);
            return;
          }
        }
        if (isApiError(error, 412) || isApiError(error, 403) || isApiError(error, 404)) onOutdated(error);
        else failUnexpected(error);
      },
    );
  });

  return (
    <section className="panel person__form" aria-labelledby="person-form-heading">
      <FormHeading id="person-form-heading">{t('person.form.heading')}</FormHeading>
      <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
        <TextField
          id={ids.codeName}
          label={t('person.codeName')}
          hint={t('person.form.codeNameHint', { max: limits.codeNameMax })}
          error={errors.codeName}
          value={values.codeName}
          onChange={(v) => {
            set('codeName', v);
          }}
          autoComplete="off"
          spellCheck={false}
          width="medium"
        />
        <TextField
          id={ids.birthYear}
          label={t('person.birthYear')}
          hint={t('person.form.birthYearHint')}
          error={errors.birthYear}
          value={values.birthYear}
          onChange={(v) => {
            set('birthYear', v);
          }}
          inputMode="numeric"
          autoComplete="off"
          width="medium"
        />
        <RadioGroup<Gender>
          id={ids.gender}
          name="gender"
          legend={t('person.gender')}
          error={errors.gender}
          choices={genders.map((g) => ({ value: g, label: genderLabel(t, g) }))}
          value={values.gender}
          onChange={(g) => {
            set('gender', g);
          }}
        />
        <CodeListField
          id={ids.citizenships}
          legend={t('person.citizenships')}
          pickLabel={t('person.form.countryToAdd')}
          addLabel={t('person.form.addCountry')}
          hint={t('person.form.citizenshipsHint', { max: maxCitizenships })}
          error={errors.citizenships}
          codes={countryCodes}
          labeller={countries}
          values={values.citizenships}
          max={maxCitizenships}
          onChange={(codes) => {
            set('citizenships', codes);
          }}
        />
        <CodeListField
          id={ids.languages}
          legend={t('person.languages')}
          pickLabel={t('person.form.languageToAdd')}
          addLabel={t('person.form.addLanguage')}
          hint={t('person.form.languagesHint', { max: maxLanguages })}
          error={errors.languages}
          codes={languageCodes}
          labeller={languages}
          values={values.languages}
          max={maxLanguages}
          onChange={(codes) => {
            set('languages', codes);
          }}
        />
        <RadioGroup<YesNo>
          id={ids.isChild}
          name="isChild"
          legend={t('person.isChild')}
          hint={t('person.form.isChildHint')}
          error={errors.isChild}
          choices={yesNoChoices}
          value={yesNo(values.isChild)}
          onChange={(answer) => {
            set('isChild', answer === 'yes');
          }}
          layout="inline"
        />
        <RadioGroup<YesNo>
          id={ids.hasProtectedIdentity}
          name="hasProtectedIdentity"
          legend={t('person.hasProtectedIdentity')}
          hint={t('person.form.protectedHint')}
          error={errors.hasProtectedIdentity}
          choices={yesNoChoices}
          value={yesNo(values.hasProtectedIdentity)}
          onChange={(answer) => {
            set('hasProtectedIdentity', answer === 'yes');
          }}
          layout="inline"
        />
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
