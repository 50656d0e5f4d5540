import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/index.tsx';
import { emptyCaseForm, serverCaseErrors, validateCaseForm } from './case-create-validation.ts';

// Returns the key, so the tests check which message was chosen.
const t: Translate = (key) => key;

describe('new case validation', () => {
  it('reports every missing answer with its own message', () => {
    const result = validateCaseForm(emptyCaseForm, t);
    expect(result).toEqual({
      ok: false,
      errors: {
        municipalityCode: 'caseNew.errors.municipality',
        exploitationForms: 'caseNew.errors.forms',
        codeName: 'caseNew.errors.codeNameRequired',
        isChild: 'caseNew.errors.isChild',
      },
    });
  });

  it('treats a blank code name as missing and a long one as too long', () => {
    const base = { ...emptyCaseForm, municipalityCode: '0180', exploitationForms: ['unknown' as const], isChild: false };
    expect(validateCaseForm({ ...base, codeName: '   ' }, t)).toMatchObject({
      errors: { codeName: 'caseNew.errors.codeNameRequired' },
    });
    expect(validateCaseForm({ ...base, codeName: 'x'.repeat(81) }, t)).toMatchObject({
      errors: { codeName: 'caseNew.errors.codeNameTooLong' },
    });
  });

  it('gives the API input for a complete form', () => {
    const result = validateCaseForm(
      { ...emptyCaseForm, municipalityCode: '0180', exploitationForms: ['begging'], codeName: ' Björk ', isChild: true },
      t,
    );
    expect(result).toEqual({
      ok: true,
      input: {
        municipalityCode: '0180',
        exploitationForms: ['begging'],
        indicators: [],
        person: { codeName: 'Björk', birthYear: null, gender: 'unknown', citizenships: [], languages: [], isChild: true, hasProtectedIdentity: false },
      },
    });
  });

  it('sends the person fields and indicators, and checks the birth year', () => {
    const values = {
      ...emptyCaseForm,
      municipalityCode: '0180',
      exploitationForms: ['forced_labour' as const],
      codeName: 'Ek',
      isChild: false,
      birthYear: ' 1998 ',
      gender: 'female' as const,
      citizenships: ['RO', 'BG'],
      languages: ['ro'],
      hasProtectedIdentity: true,
      indicators: ['debt_bondage' as const, 'withheld_pay' as const],
    };
    expect(validateCaseForm(values, t)).toMatchObject({
      ok: true,
      input: {
        indicators: ['debt_bondage', 'withheld_pay'],
        person: { birthYear: 1998, gender: 'female', citizenships: ['RO', 'BG'], languages: ['ro'], hasProtectedIdentity: true },
      },
    });
    for (const birthYear of ['98', 'nittio', '1850', '3000']) {
      expect(validateCaseForm({ ...values, birthYear }, t)).toMatchObject({ ok: false, errors: { birthYear: 'caseNew.errors.birthYear' } });
    }
    expect(validateCaseForm({ ...values, citizenships: ['RO', 'BG', 'NG', 'TH', 'VN', 'CN'] }, t)).toMatchObject({
      errors: { citizenships: 'caseNew.errors.citizenships' },
    });
  });

  it('maps the server field paths onto the form fields', () => {
    expect(
      serverCaseErrors(
        [
          { field: 'exploitationForms.0', code: 'invalid_value', message: 'Invalid option' },
          { field: 'person.codeName', code: 'custom', message: 'Looks like a real name' },
          { field: 'person.birthYear', code: 'too_big', message: 'Too big' },
          { field: 'somethingElse', code: 'custom', message: '?' },
        ],
        t,
      ),
    ).toEqual({ exploitationForms: 'caseNew.errors.forms', codeName: 'caseNew.errors.codeNameInvalid', birthYear: 'caseNew.errors.birthYear' });
  });
});
