import '../../zod-config.ts';
import type { ExploitationForm, Gender, Indicator } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { caseCreateInput, type CaseCreateInput } from '../../../shared/schemas/cases.ts';
import type { FieldError } from '../../api.ts';
import { fieldErrorsOf, problemsOfFieldErrors, problemsOfIssues } from '../../form-errors.ts';
import type { Translate } from '../../i18n/index.tsx';
import { maxCitizenships, maxLanguages } from '../persons/person-validation.ts';

export const caseFields = [
  'municipalityCode',
  'exploitationForms',
  'codeName',
  'isChild',
  'birthYear',
  'gender',
  'citizenships',
  'languages',
  'hasProtectedIdentity',
  'indicators',
] as const;
export type CaseField = (typeof caseFields)[number];
export type CaseFormErrors = Partial<Record<CaseField, string>>;

export interface CaseFormValues {
  municipalityCode: string;
  exploitationForms: ExploitationForm[];
  codeName: string;
  /** As typed; empty when not known. */
  birthYear: string;
  gender: Gender;
  citizenships: string[];
  languages: string[];
  /** null until the user has answered. */
  isChild: boolean | null;
  hasProtectedIdentity: boolean;
  indicators: Indicator[];
}

export const emptyCaseForm: CaseFormValues = {
  municipalityCode: '',
  exploitationForms: [],
  codeName: '',
  birthYear: '',
  gender: 'unknown',
  citizenships: [],
  languages: [],
  isChild: null,
  hasProtectedIdentity: false,
  indicators: [],
};

/** Which form field an error path (client "person.codeName" or server "exploitationForms.0") is about. */
function fieldOf(path: string): CaseField | undefined {
  const [head, second] = path.split('.');
  const name = head === 'person' ? second : head;
  return caseFields.find((field) => field === name);
}

function messageFor(field: CaseField, t: Translate, isTooLong: boolean): string {
  switch (field) {
    case 'municipalityCode':
      return t('caseNew.errors.municipality');
    case 'exploitationForms':
      return t('caseNew.errors.forms');
    case 'codeName':
      return isTooLong
        ? t('caseNew.errors.codeNameTooLong', { max: limits.codeNameMax })
        : t('caseNew.errors.codeNameRequired');
    case 'isChild':
      return t('caseNew.errors.isChild');
    case 'birthYear':
      return t('caseNew.errors.birthYear', { max: new Date().getFullYear() + 1 });
    case 'citizenships':
      return t('caseNew.errors.citizenships', { max: maxCitizenships });
    case 'languages':
      return t('caseNew.errors.languages', { max: maxLanguages });
    case 'gender':
    case 'hasProtectedIdentity':
    case 'indicators':
      return t('caseNew.errors.invalid');
  }
}

/** The typed year as the API wants it: null when empty, NaN (refused) when not four digits. */
function birthYearOf(text: string): number | null {
  const year = text.trim();
  if (year === '') return null;
  return /^\d{4}$/.test(year) ? Number(year) : Number.NaN;
}

export type CaseValidation = { ok: true; input: CaseCreateInput } | { ok: false; errors: CaseFormErrors };

/** Checks the form with the same schema the server uses, with messages in the user's language. */
export function validateCaseForm(values: CaseFormValues, t: Translate): CaseValidation {
  const result = caseCreateInput.safeParse({
    municipalityCode: values.municipalityCode,
    exploitationForms: values.exploitationForms,
    indicators: values.indicators,
    person: {
      codeName: values.codeName,
      birthYear: birthYearOf(values.birthYear),
      gender: values.gender,
      citizenships: values.citizenships,
      languages: values.languages,
      isChild: values.isChild ?? undefined,
      hasProtectedIdentity: values.hasProtectedIdentity,
    },
  });
  if (result.success) return { ok: true, input: result.data };
  const errors = fieldErrorsOf(problemsOfIssues(result.error.issues), {
    fieldOf,
    messageOf: (field, code) => messageFor(field, t, code === 'too_big'),
  });
  return { ok: false, errors };
}

/**
 * Maps the server's field errors onto the form. The server's wording is English and technical,
 * so each field gets our own message; a code name the server refuses for another reason than
 * its length gets a message that says so.
 */
export function serverCaseErrors(fieldErrors: readonly FieldError[], t: Translate): CaseFormErrors {
  return fieldErrorsOf(problemsOfFieldErrors(fieldErrors), {
    fieldOf,
    messageOf: (field) => (field === 'codeName' ? t('caseNew.errors.codeNameInvalid') : messageFor(field, t, false)),
  });
}
