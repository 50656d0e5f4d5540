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
    const base = { municipalityCode: '0180', exploitationForms: ['unknown' as const], isChild: false };
    expect(validateCaseForm({ ...base, codeName: '   ' }, t)).toMatchObject({
      errors: { codeName: 'caseNew.errors.codeNameRequired' },
    });
    expect(validateCaseForm({ ...base, codeName: 'x'.repeat(81) }, t)).toMatchObject({
      errors: { codeName: 'caseNew.errors.codeNameTooLong' },
    });
  });

  it('gives the API input for a complete form', () => {
    const result = validateCaseForm(
      { municipalityCode: '0180', exploitationForms: ['begging'], codeName: ' Björk ', isChild: true },
      t,
    );
    expect(result).toEqual({
      ok: true,
      input: { municipalityCode: '0180', exploitationForms: ['begging'], person: { codeName: 'Björk', isChild: true } },
    });
  });

  it('maps the server field paths onto the form fields', () => {
    expect(
      serverCaseErrors(
        [
          { field: 'exploitationForms.0', code: 'invalid_value', message: 'Invalid option' },
          { field: 'person.codeName', code: 'custom', message: 'Looks like a real name' },
          { field: 'somethingElse', code: 'custom', message: '?' },
        ],
        t,
      ),
    ).toEqual({ exploitationForms: 'caseNew.errors.forms', codeName: 'caseNew.errors.codeNameInvalid' });
  });
});
