import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/index.tsx';
import { emptyIntakeForm, serverIntakeErrors, validateIntakeForm, type IntakeFormValues } from './intake-validation.ts';

// Returns the key, so the tests check which message was chosen.
const t: Translate = (key) => key;

const filled: IntakeFormValues = {
  ...emptyIntakeForm,
  requesterName: 'Kim',
  requesterOrganisation: 'Skolan',
  requesterPhone: '070-123 45 67',
  municipalityCode: '0180',
  description: 'Något har hänt som oroar mig.',
  childInvolved: 'unknown',
  urgency: 'normal',
};

describe('public intake form validation', () => {
  it('reports every missing answer with its own message, asking for a phone or an e-mail', () => {
    expect(validateIntakeForm(emptyIntakeForm, 'token', t)).toEqual({
      ok: false,
      errors: {
        requesterName: 'intake.errors.requesterName',
        requesterOrganisation: 'intake.errors.requesterOrganisation',
        requesterPhone: 'intake.errors.contact',
        municipalityCode: 'intake.errors.municipalityCode',
        description: 'intake.errors.descriptionShort',
        childInvolved: 'intake.errors.childInvolved',
        urgency: 'intake.errors.urgency',
      },
    });
  });

  it('accepts a filled-in form with the token and an empty honeypot', () => {
    const result = validateIntakeForm(filled, 'token', t);
    expect(result).toMatchObject({ ok: true, input: { formToken: 'token', website: '', exploitationForms: [] } });
  });

  it('tells a personal identity number in the description apart from a description too long', () => {
    expect(validateIntakeForm({ ...filled, description: 'Hon har personnummer 121212-1212.' }, 't', t)).toMatchObject({
      errors: { description: 'intake.errors.personalNumber' },
    });
    expect(validateIntakeForm({ ...filled, description: 'x'.repeat(5001) }, 't', t)).toMatchObject({
      errors: { description: 'intake.errors.descriptionLong' },
    });
  });

  it('words a malformed phone number and e-mail address', () => {
    expect(validateIntakeForm({ ...filled, requesterPhone: 'ring', requesterEmail: 'nej' }, 't', t)).toMatchObject({
      errors: { requesterPhone: 'intake.errors.requesterPhone', requesterEmail: 'intake.errors.requesterEmail' },
    });
  });

  it('maps the server’s field errors onto the form', () => {
    expect(
      serverIntakeErrors(
        [
          { field: 'municipalityCode', code: 'unknown', message: 'unknown municipality' },
          { field: 'description', code: 'custom', message: 'must not contain a personal identity number' },
          { field: 'exploitationForms.0', code: 'invalid_value', message: 'x' },
          { field: 'somethingElse', code: 'x', message: 'x' },
        ],
        filled,
        t,
      ),
    ).toEqual({
      municipalityCode: 'intake.errors.municipalityCode',
      description: 'intake.errors.personalNumber',
      exploitationForms: 'intake.errors.exploitationForms',
    });
  });
});
