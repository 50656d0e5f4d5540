import { describe, expect, it } from 'vitest';
import type { CasePerson } from '../../../shared/schemas/cases.ts';
import type { IdentityView } from '../../../shared/schemas/persons.ts';
import {
  checkIdentityForm,
  checkPersonForm,
  identityFormValuesOf,
  identityRequestOf,
  isIsoDate,
  personChanges,
  personFormValuesOf,
  type IdentityFormValues,
} from './person-validation.ts';

const person: CasePerson = {
  id: '00000000-0000-4000-8000-000000000001',
  codeName: 'Lilja',
  birthYear: null,
  gender: 'unknown',
  citizenships: ['RO'],
  languages: [],
  isChild: false,
  hasProtectedIdentity: false,
  version: 3,
};

const blankIdentity: IdentityFormValues = {
  fullName: '',
  personalNumber: '',
  documentNumber: '',
  dateOfBirth: '',
  phone: '',
  address: '',
  guardian: '',
  removeAddress: false,
};

describe('the person form', () => {
  it('sends only what changed', () => {
    const values = { ...personFormValuesOf(person), codeName: ' Lilja ', birthYear: '1999', citizenships: ['RO', 'BG'] };
    expect(personChanges(person, values)).toEqual({ birthYear: 1999, citizenships: ['RO', 'BG'] });
    expect(personChanges(person, personFormValuesOf(person))).toEqual({});
    expect(personChanges({ ...person, birthYear: 1999 }, { ...personFormValuesOf({ ...person, birthYear: 1999 }), birthYear: ' ' })).toEqual({
      birthYear: null,
    });
  });

  it('checks the code name, the year and the list lengths', () => {
    const values = personFormValuesOf(person);
    expect(checkPersonForm(values, 2026)).toEqual({});
    expect(checkPersonForm({ ...values, codeName: '  ' }, 2026)).toEqual({ codeName: 'codeNameRequired' });
    expect(checkPersonForm({ ...values, codeName: 'x'.repeat(81) }, 2026)).toEqual({ codeName: 'codeNameTooLong' });
    for (const year of ['98', '1899', '2028', '19x8']) expect(checkPersonForm({ ...values, birthYear: year }, 2026)).toEqual({ birthYear: 'birthYear' });
    expect(checkPersonForm({ ...values, birthYear: '2027' }, 2026)).toEqual({});
    expect(checkPersonForm({ ...values, citizenships: ['SE', 'NO', 'DK', 'FI', 'IS', 'DE'] }, 2026)).toEqual({ citizenships: 'citizenships' });
  });
});

describe('the identity form', () => {
  const today = '2026-03-01';

  it('accepts an empty form and valid numbers in every written form', () => {
    expect(checkIdentityForm(blankIdentity, today)).toEqual({});
    for (const number of ['811218-9876', '8112189876', '19811218-9876', '701063-2391']) {
      expect(checkIdentityForm({ ...blankIdentity, personalNumber: number }, today)).toEqual({});
    }
  });

  it('explains what is wrong with a personal identity number', () => {
    const check = (personalNumber: string) => checkIdentityForm({ ...blankIdentity, personalNumber }, today).personalNumber;
    expect(check('811218-9875')).toBe('personalNumberCheckDigit');
    expect(check('81-12-18')).toBe('personalNumberFormat');
    expect(check('811318-9873')).toBe('personalNumberDate');
    expect(check('20260512-0001')).toBe('personalNumberFuture');
  });

  it('checks the date of birth and that it agrees with the number', () => {
    const check = (values: Partial<IdentityFormValues>) => checkIdentityForm({ ...blankIdentity, ...values }, today).dateOfBirth;
    expect(check({ dateOfBirth: '1981-02-30' })).toBe('dateOfBirthInvalid');
    expect(check({ dateOfBirth: '2026-03-02' })).toBe('dateOfBirthFuture');
    expect(check({ dateOfBirth: '1981-12-19', personalNumber: '811218-9876' })).toBe('birthDatesDisagree');
    expect(check({ dateOfBirth: '1970-10-03', personalNumber: '701063-2391' })).toBeUndefined();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });

  it('keeps a hidden address unless a new one is typed or removal is asked for', () => {
    const values = { ...blankIdentity, fullName: ' Ana ' };
    expect(identityRequestOf(values, false)).toEqual({
      fullName: 'Ana',
      personalNumber: null,
      documentNumber: null,
      dateOfBirth: null,
      phone: null,
      address: null,
      guardian: null,
    });
    expect(identityRequestOf(values, true)).not.toHaveProperty('address');
    expect(identityRequestOf({ ...values, address: 'Ny väg 1' }, true).address).toBe('Ny väg 1');
    expect(identityRequestOf({ ...values, removeAddress: true }, true)).toHaveProperty('address', null);
  });

  it('never puts a hidden address into the form', () => {
    const view: IdentityView = {
      exists: true,
      fullName: 'Ana',
      personalNumber: null,
      documentNumber: null,
      dateOfBirth: null,
      phone: null,
      address: null,
      guardian: null,
      addressHidden: true,
      hasAddress: true,
      version: 2,
    };
    expect(identityFormValuesOf(view).address).toBe('');
  });
});
