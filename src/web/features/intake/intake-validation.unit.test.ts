import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import type { Translate } from '../../i18n/index.tsx';
import { sv, type Dictionary } from '../../i18n/sv.ts';
import { emptyIntakeForm, serverIntakeErrors, validateIntakeForm, type IntakeFormValues } from './intake-validation.ts';

// Returns the key, so the tests check which message was chosen.
const t: Translate = (key) => key;
/** The real texts, for the messages that quote what the person wrote. */
const translate =
  (dictionary: Dictionary): Translate =>
  (key, values) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));

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
      errors: { description: 'intake.errors.personalNumberFound intake.errors.personalNumberAdvice' },
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
      description: 'intake.errors.personalNumber intake.errors.personalNumberAdvice',
      exploitationForms: 'intake.errors.exploitationForms',
    });
  });
});

describe('a personal identity number in any free-text field', () => {
  const number = '850312\u20131234';

  it.each([
    ['requesterName', { requesterName: `Kim ${number}` }],
    ['requesterOrganisation', { requesterOrganisation: `Skolan ${number}` }],
    ['requesterEmail', { requesterEmail: `${number}@exempel.se` }],
    ['description', { description: `Hon har nummer ${number}, tror jag.` }],
  ] as const)('in %s: quotes what to remove, in Swedish and English', (field, change) => {
    const values = { ...filled, ...change };
    expect(validateIntakeForm(values, 't', translate(sv))).toMatchObject({
      errors: { [field]: 'Ta bort ”850312–1234” – det ser ut som ett personnummer. Skriv inte den utsatta personens namn eller personnummer.' },
    });
    expect(validateIntakeForm(values, 't', translate(en))).toMatchObject({
      errors: { [field]: 'Remove “850312–1234” – it looks like a personal identity number. Do not write the exposed person’s name or personal identity number.' },
    });
  });

  it('in the phone field: asks for the person’s own phone number, and wins over the phone format', () => {
    const values = { ...filled, requesterPhone: number };
    expect(validateIntakeForm(values, 't', translate(sv))).toMatchObject({
      errors: { requesterPhone: 'Ta bort ”850312–1234” – det ser ut som ett personnummer. Ange ditt eget telefonnummer, till exempel 070-123 45 67.' },
    });
    expect(validateIntakeForm({ ...filled, requesterPhone: '070-123 45 67' }, 't', t)).toEqual(expect.objectContaining({ ok: true }));
  });

  it('quotes every number found', () => {
    const values = { ...filled, description: 'Två: 850312-1231 och 640823-3234.' };
    expect(validateIntakeForm(values, 't', translate(sv))).toMatchObject({
      errors: { description: 'Ta bort ”850312-1231”, ”640823-3234” – det ser ut som personnummer. Skriv inte den utsatta personens namn eller personnummer.' },
    });
  });

  it('words the server’s refusal the same way, preferring it over another problem of the field', () => {
    const values = { ...filled, requesterPhone: '850312-1234' };
    const errors = serverIntakeErrors(
      [
        { field: 'requesterPhone', code: 'custom', message: 'a phone number' },
        { field: 'requesterPhone', code: 'custom', message: 'must not contain a personal identity number: remove "850312-1234"' },
      ],
      values,
      translate(en),
    );
    expect(errors).toEqual({
      requesterPhone: 'Remove “850312-1234” – it looks like a personal identity number. Enter your own phone number, for example 070-123 45 67.',
    });
  });
});
