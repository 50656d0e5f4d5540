import type { Gender } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { parsePersonalNumber } from '../../../shared/personal-number.ts';
import type { CasePerson } from '../../../shared/schemas/cases.ts';
import type { IdentityField, IdentityRequest, IdentityView, PersonUpdateRequest } from '../../../shared/schemas/persons.ts';

// The same checks as the server's schemas (src/shared/schemas/persons.ts), written out by hand so
// the case page does not load Zod. The server checks again and its 400 answers still show.

/** As in personFields (src/shared/schemas/cases.ts). */
export const maxCitizenships = 5;
export const maxLanguages = 10;
export const minBirthYear = 1900;

export interface PersonFormValues {
  codeName: string;
  birthYear: string;
  gender: Gender;
  citizenships: string[];
  languages: string[];
  isChild: boolean;
  hasProtectedIdentity: boolean;
}

export const personFormFields = ['codeName', 'birthYear', 'gender', 'citizenships', 'languages', 'isChild', 'hasProtectedIdentity'] as const;
export type PersonFormField = (typeof personFormFields)[number];
export type PersonFormProblem = 'codeNameRequired' | 'codeNameTooLong' | 'birthYear' | 'citizenships' | 'languages';

export function personFormValuesOf(person: CasePerson): PersonFormValues {
  return {
    codeName: person.codeName,
    birthYear: person.birthYear === null ? '' : String(person.birthYear),
    gender: person.gender,
    citizenships: [...person.citizenships],
    languages: [...person.languages],
    isChild: person.isChild,
    hasProtectedIdentity: person.hasProtectedIdentity,
  };
}

export function checkPersonForm(values: PersonFormValues, currentYear: number): Partial<Record<PersonFormField, PersonFormProblem>> {
  const problems: Partial<Record<PersonFormField, PersonFormProblem>> = {};
  const codeName = values.codeName.trim();
  if (!codeName) problems.codeName = 'codeNameRequired';
  else if (codeName.length > limits.codeNameMax) problems.codeName = 'codeNameTooLong';
  const year = values.birthYear.trim();
  if (year && (!/^\d{4}$/.test(year) || Number(year) < minBirthYear || Number(year) > currentYear + 1)) problems.birthYear = 'birthYear';
  if (values.citizenships.length > maxCitizenships) problems.citizenships = 'citizenships';
  if (values.languages.length > maxLanguages) problems.languages = 'languages';
  return problems;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Only what differs from the person as last read: the PATCH body. Empty when nothing changed. */
export function personChanges(person: CasePerson, values: PersonFormValues): PersonUpdateRequest {
  const changes: PersonUpdateRequest = {};
  const codeName = values.codeName.trim();
  if (codeName !== person.codeName) changes.codeName = codeName;
  const birthYear = values.birthYear.trim() === '' ? null : Number(values.birthYear.trim());
  if (birthYear !== person.birthYear) changes.birthYear = birthYear;
  if (values.gender !== person.gender) changes.gender = values.gender;
  if (!sameList(values.citizenships, person.citizenships)) changes.citizenships = values.citizenships;
  if (!sameList(values.languages, person.languages)) changes.languages = values.languages;
  if (values.isChild !== person.isChild) changes.isChild = values.isChild;
  if (values.hasProtectedIdentity !== person.hasProtectedIdentity) changes.hasProtectedIdentity = values.hasProtectedIdentity;
  return changes;
}

export type IdentityFormValues = Record<IdentityField, string> & {
  /** With protected identity: remove the stored address, which is never shown. */
  removeAddress: boolean;
};

export type IdentityFormProblem =
  | 'tooLong'
  | 'personalNumberFormat'
  | 'personalNumberDate'
  | 'personalNumberCheckDigit'
  | 'personalNumberFuture'
  | 'dateOfBirthInvalid'
  | 'dateOfBirthFuture'
  | 'birthDatesDisagree';

export function identityFormValuesOf(view: IdentityView): IdentityFormValues {
  return {
    fullName: view.fullName ?? '',
    personalNumber: view.personalNumber ?? '',
    documentNumber: view.documentNumber ?? '',
    dateOfBirth: view.dateOfBirth ?? '',
    phone: view.phone ?? '',
    // A hidden address is never in the form: a new one replaces it.
    address: view.addressHidden ? '' : (view.address ?? ''),
    guardian: view.guardian ?? '',
    removeAddress: false,
  };
}

/** Whether the text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const numberProblems = {
  format: 'personalNumberFormat',
  date: 'personalNumberDate',
  check_digit: 'personalNumberCheckDigit',
} as const satisfies Record<string, IdentityFormProblem>;

/** `today` is the date in Sweden, YYYY-MM-DD. */
export function checkIdentityForm(values: IdentityFormValues, today: string): Partial<Record<IdentityField, IdentityFormProblem>> {
  const problems: Partial<Record<IdentityField, IdentityFormProblem>> = {};
  for (const field of ['fullName', 'documentNumber', 'phone', 'address', 'guardian'] as const) {
    if (values[field].trim().length > limits.identityValueMax) problems[field] = 'tooLong';
  }
  const number = values.personalNumber.trim();
  let numberBirthDate: string | undefined;
  if (number) {
    const parsed = parsePersonalNumber(number);
    if (!parsed.ok) problems.personalNumber = numberProblems[parsed.reason];
    else if (parsed.birthDate > today) problems.personalNumber = 'personalNumberFuture';
    else numberBirthDate = parsed.birthDate;
  }
  const dateOfBirth = values.dateOfBirth.trim();
  if (dateOfBirth) {
    if (!isIsoDate(dateOfBirth)) problems.dateOfBirth = 'dateOfBirthInvalid';
    else if (dateOfBirth > today) problems.dateOfBirth = 'dateOfBirthFuture';
    else if (numberBirthDate && numberBirthDate !== dateOfBirth) problems.dateOfBirth = 'birthDatesDisagree';
  }
  return problems;
}

/**
 * The PUT body: every field, with null for an empty one. A hidden address is left out (kept)
 * unless a new one is typed or its removal is asked for.
 */
export function identityRequestOf(values: IdentityFormValues, addressHidden: boolean): IdentityRequest {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const body: IdentityRequest = {
    fullName: text(values.fullName),
    personalNumber: text(values.personalNumber),
    documentNumber: text(values.documentNumber),
    dateOfBirth: text(values.dateOfBirth),
    phone: text(values.phone),
    guardian: text(values.guardian),
  };
  const address = text(values.address);
  if (!addressHidden) body.address = address;
  else if (address !== null) body.address = address;
  else if (values.removeAddress) body.address = null;
  return body;
}
