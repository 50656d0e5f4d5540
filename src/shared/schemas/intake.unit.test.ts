import { describe, expect, it } from 'vitest';
import { harmlessTexts, refusedWritings } from '../personal-number-in-text.fixtures.ts';
import { intakeInput, isPersonalNumberIssue, personalNumberMessage, type IntakeRequest } from './intake.ts';

describe('intakeInput', () => {
  const valid: IntakeRequest = {
    requesterName: 'Kim',
    requesterOrganisation: 'Skolan',
    requesterPhone: '+46 70-123 45 67',
    municipalityCode: '0180',
    description: 'Något har hänt som oroar mig.',
    childInvolved: 'unknown',
    urgency: 'urgent',
    formToken: 't',
  };

  it('accepts a minimal form, defaulting the optional fields and stripping unknown keys', () => {
    const parsed = intakeInput.parse({ ...valid, extra: 'x' });
    expect(parsed).toMatchObject({ requesterEmail: '', exploitationForms: [], website: '' });
    expect(parsed).not.toHaveProperty('extra');
  });

  it.each([
    ['+46 (0)70 123 45 67', true],
    ['070-1234567', true],
    ['12345', false],
    ['070 123 45 67 ext', false],
    ['+'.padEnd(20, '1'), false],
  ])('phone %s valid: %s', (phone, ok) => {
    expect(intakeInput.safeParse({ ...valid, requesterPhone: phone }).success).toBe(ok);
  });

  const textFields = ['requesterName', 'requesterOrganisation', 'requesterPhone', 'requesterEmail', 'description'] as const;
  const issuesOn = (input: unknown, field: string) => {
    const result = intakeInput.safeParse(input);
    return result.success ? [] : result.error.issues.filter((issue) => issue.path.join('.') === field).map((issue) => issue.message);
  };

  it.each(textFields)('refuses a personal identity number in %s, quoting it as written', (field) => {
    const messages = issuesOn({ ...valid, [field]: 'Kim 850312\u20131231 x' }, field);
    expect(messages[0]).toBe(`${personalNumberMessage}: remove "850312\u20131231"`);
    expect(isPersonalNumberIssue(messages[0] ?? '')).toBe(true);
  });

  it('refuses every written form of the table in the description', () => {
    for (const [label, text] of refusedWritings) {
      expect(issuesOn({ ...valid, description: text }, 'description').some(isPersonalNumberIssue), label).toBe(true);
    }
  });

  it('accepts every harmless number-like text of the table in the description', () => {
    for (const [label, text] of harmlessTexts) {
      expect(intakeInput.safeParse({ ...valid, description: `Uppgift: ${text}.` }).success, label).toBe(true);
    }
  });

  it('refuses a personal identity number in the phone field first of all, and lets a phone number through', () => {
    expect(issuesOn({ ...valid, requesterPhone: '850312-1234' }, 'requesterPhone')).toEqual([`${personalNumberMessage}: remove "850312-1234"`]);
    expect(issuesOn({ ...valid, requesterPhone: '850312\u20131234' }, 'requesterPhone')).toEqual([
      `${personalNumberMessage}: remove "850312\u20131234"`,
      'a phone number',
    ]);
    for (const phone of ['070-123 45 67', '0701234567', '+46 70 123 45 67', '08-123 456 78']) {
      expect(intakeInput.safeParse({ ...valid, requesterPhone: phone }).success, phone).toBe(true);
    }
  });

  it('quotes every number found in a field', () => {
    expect(issuesOn({ ...valid, description: 'Två: 850312-1231 och 640823-3234.' }, 'description')).toEqual([
      `${personalNumberMessage}: remove "850312-1231" and "640823-3234"`,
    ]);
  });
});
