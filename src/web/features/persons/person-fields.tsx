import { Fragment, type ReactNode } from 'react';
import { genders, type Gender } from '../../../shared/enums.ts';
import { countryCodes } from '../../../shared/countries.ts';
import { languageCodes } from '../../../shared/languages.ts';
import { limits } from '../../../shared/limits.ts';
import { choiceId } from '../../components/choice-group.tsx';
import { RadioGroup } from '../../components/radio-group.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { CodeListField, codeListSelectId } from './code-list-field.tsx';
import { codeLabeller, genderLabel } from './person-labels.ts';
import {
  maxCitizenships,
  maxLanguages,
  personFormFields,
  type PersonFormField,
  type PersonFormValues,
} from './person-validation.ts';
import './persons.css';

/** What the form holds for the person; a new case has no answer to "child?" until the user gives one. */
export type PersonFieldValues = Omit<PersonFormValues, 'isChild'> & { isChild: boolean | null };

/** Each field's id: the input's, or the fieldset's for a group of choices or a code list. */
export type PersonFieldIds = Readonly<Record<PersonFormField, string>>;

export const isPersonField = (field: string): field is PersonFormField => (personFormFields as readonly string[]).includes(field);

/** Where the error summary links: the input, a group's first choice, or a code list's select. */
export function personFieldTarget(ids: PersonFieldIds, field: PersonFormField): string {
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
}

interface FieldWording {
  label: MessageKey;
  hint: MessageKey;
}

interface CodeListWording extends FieldWording {
  /** The select's label. */
  pick: MessageKey;
  /** The add button's text. */
  add: MessageKey;
}

type Wording = Record<'codeName' | 'birthYear' | 'isChild' | 'hasProtectedIdentity', FieldWording> &
  Record<'citizenships' | 'languages', CodeListWording> & { gender: { label: MessageKey } };

const wordings = {
  /** The new-case form asks whole questions. */
  newCase: {
    codeName: { label: 'caseNew.codeName', hint: 'caseNew.codeNameHint' },
    birthYear: { label: 'caseNew.birthYear', hint: 'caseNew.birthYearHint' },
    gender: { label: 'caseNew.gender' },
    citizenships: { label: 'caseNew.citizenships', hint: 'caseNew.citizenshipsHint', pick: 'caseNew.countryToAdd', add: 'caseNew.addCountry' },
    languages: { label: 'caseNew.languages', hint: 'caseNew.languagesHint', pick: 'caseNew.languageToAdd', add: 'caseNew.addLanguage' },
    isChild: { label: 'caseNew.isChild', hint: 'caseNew.isChildHint' },
    hasProtectedIdentity: { label: 'caseNew.protected', hint: 'caseNew.protectedHint' },
  },
  /** The form in the person's panel names the fields as the panel's list does. */
  edit: {
    codeName: { label: 'person.codeName', hint: 'person.form.codeNameHint' },
    birthYear: { label: 'person.birthYear', hint: 'person.form.birthYearHint' },
    gender: { label: 'person.gender' },
    citizenships: {
      label: 'person.citizenships',
      hint: 'person.form.citizenshipsHint',
      pick: 'person.form.countryToAdd',
      add: 'person.form.addCountry',
    },
    languages: { label: 'person.languages', hint: 'person.form.languagesHint', pick: 'person.form.languageToAdd', add: 'person.form.addLanguage' },
    isChild: { label: 'person.isChild', hint: 'person.form.isChildHint' },
    hasProtectedIdentity: { label: 'person.hasProtectedIdentity', hint: 'person.form.protectedHint' },
  },
} as const satisfies Record<string, Wording>;

/** The two short lists chosen from a long one. */
const codeLists = {
  citizenships: { codes: countryCodes, kind: 'region', max: maxCitizenships },
  languages: { codes: languageCodes, kind: 'language', max: maxLanguages },
} as const;
type CodeLists = Pick<PersonFormValues, keyof typeof codeLists>;

type YesNo = 'yes' | 'no';
type YesNoFields = Pick<PersonFormValues, 'isChild' | 'hasProtectedIdentity'>;
const answerOf = (value: boolean | null): YesNo | null => (value === null ? null : value ? 'yes' : 'no');

export interface PersonFieldsProps {
  ids: PersonFieldIds;
  /** The fields in the order they are shown, which is the error summary's order too. */
  order: readonly PersonFormField[];
  wording: keyof typeof wordings;
  values: PersonFieldValues;
  errors: Partial<Record<PersonFormField, string>>;
  /** Gets what the user changed, e.g. `{ gender: 'female' }`. */
  onChange: (change: Partial<PersonFormValues>) => void;
  /** Marks the code name's input as required. */
  codeNameRequired?: boolean;
}

/** The pseudonymised person's fields, in the new-case form and in the person's panel: never identity data. */
export function PersonFields({ ids, order, wording, values, errors, onChange, codeNameRequired = false }: PersonFieldsProps) {
  const { t, language } = useI18n();
  const words = wordings[wording];

  const codeList = (field: keyof CodeLists, change: (chosen: string[]) => Partial<CodeLists>) => {
    const { codes, kind, max } = codeLists[field];
    return (
      <CodeListField
        id={ids[field]}
        legend={t(words[field].label)}
        pickLabel={t(words[field].pick)}
        addLabel={t(words[field].add)}
        hint={t(words[field].hint, { max })}
        error={errors[field]}
        codes={codes}
        labeller={codeLabeller(kind, language, t)}
        values={values[field]}
        max={max}
        onChange={(chosen) => {
          onChange(change(chosen));
        }}
      />
    );
  };

  const yesNo = (field: keyof YesNoFields, change: (yes: boolean) => Partial<YesNoFields>) => (
    <RadioGroup<YesNo>
      id={ids[field]}
      name={field}
      legend={t(words[field].label)}
      hint={t(words[field].hint)}
      error={errors[field]}
      choices={[
        { value: 'yes', label: t('form.yes') },
        { value: 'no', label: t('form.no') },
      ]}
      value={answerOf(values[field])}
      onChange={(answer) => {
        onChange(change(answer === 'yes'));
      }}
      layout="inline"
    />
  );

  const fields: Record<PersonFormField, ReactNode> = {
    codeName: (
      <TextField
        id={ids.codeName}
        label={t(words.codeName.label)}
        hint={t(words.codeName.hint, { max: limits.codeNameMax })}
        error={errors.codeName}
        value={values.codeName}
        onChange={(v) => {
          onChange({ codeName: v });
        }}
        autoComplete="off"
        spellCheck={false}
        required={codeNameRequired}
        width="medium"
      />
    ),
    birthYear: (
      <TextField
        id={ids.birthYear}
        label={t(words.birthYear.label)}
        hint={t(words.birthYear.hint)}
        error={errors.birthYear}
        value={values.birthYear}
        onChange={(v) => {
          onChange({ birthYear: v });
        }}
        inputMode="numeric"
        autoComplete="off"
        width="medium"
      />
    ),
    gender: (
      <RadioGroup<Gender>
        id={ids.gender}
        name="gender"
        legend={t(words.gender.label)}
        error={errors.gender}
        choices={genders.map((g) => ({ value: g, label: genderLabel(t, g) }))}
        value={values.gender}
        onChange={(g) => {
          onChange({ gender: g });
        }}
      />
    ),
    citizenships: codeList('citizenships', (citizenships) => ({ citizenships })),
    languages: codeList('languages', (languages) => ({ languages })),
    isChild: yesNo('isChild', (isChild) => ({ isChild })),
    hasProtectedIdentity: yesNo('hasProtectedIdentity', (hasProtectedIdentity) => ({ hasProtectedIdentity })),
  };

  return (
    <>
      {order.map((field) => (
        <Fragment key={field}>{fields[field]}</Fragment>
      ))}
    </>
  );
}
