import { genders, type Gender } from '../../../shared/enums.ts';
import { countryCodes } from '../../../shared/countries.ts';
import { languageCodes } from '../../../shared/languages.ts';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CodeListField } from '../persons/code-list-field.tsx';
import { codeLabeller, genderLabel } from '../persons/person-labels.ts';
import '../persons/persons.css';
import { maxCitizenships, maxLanguages, type CaseFormErrors, type CaseFormValues } from './case-create-validation.ts';

export const personFieldIds = {
  birthYear: 'birth-year',
  gender: 'gender',
  citizenships: 'citizenships',
  languages: 'languages',
  hasProtectedIdentity: 'protected-identity',
} as const;

export interface CasePersonFieldsProps {
  values: CaseFormValues;
  errors: CaseFormErrors;
  set: <K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) => void;
}

/** What is known of the exposed person beyond the code name: never identity data. */
export function CasePersonFields({ values, errors, set }: CasePersonFieldsProps) {
  const { t, language } = useI18n();
  const countries = codeLabeller('region', language, t);
  const languages = codeLabeller('language', language, t);
  return (
    <>
      <TextField
        id={personFieldIds.birthYear}
        label={t('caseNew.birthYear')}
        hint={t('caseNew.birthYearHint')}
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
        id={personFieldIds.gender}
        name="gender"
        legend={t('caseNew.gender')}
        error={errors.gender}
        choices={genders.map((g) => ({ value: g, label: genderLabel(t, g) }))}
        value={values.gender}
        onChange={(g) => {
          set('gender', g);
        }}
      />
      <CodeListField
        id={personFieldIds.citizenships}
        legend={t('caseNew.citizenships')}
        pickLabel={t('caseNew.countryToAdd')}
        addLabel={t('caseNew.addCountry')}
        hint={t('caseNew.citizenshipsHint', { max: maxCitizenships })}
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
        id={personFieldIds.languages}
        legend={t('caseNew.languages')}
        pickLabel={t('caseNew.languageToAdd')}
        addLabel={t('caseNew.addLanguage')}
        hint={t('caseNew.languagesHint', { max: maxLanguages })}
        error={errors.languages}
        codes={languageCodes}
        labeller={languages}
        values={values.languages}
        max={maxLanguages}
        onChange={(codes) => {
          set('languages', codes);
        }}
      />
      <RadioGroup<'yes' | 'no'>
        id={personFieldIds.hasProtectedIdentity}
        name="hasProtectedIdentity"
        legend={t('caseNew.protected')}
        hint={t('caseNew.protectedHint')}
        error={errors.hasProtectedIdentity}
        choices={[
          { value: 'yes', label: t('form.yes') },
          { value: 'no', label: t('form.no') },
        ]}
        value={values.hasProtectedIdentity ? 'yes' : 'no'}
        onChange={(answer) => {
          set('hasProtectedIdentity', answer === 'yes');
        }}
        layout="inline"
      />
    </>
  );
}
