import { describe, expect, it } from 'vitest';
import { containsPersonalNumber } from '../personal-number.ts';
import { intakeInput, type IntakeRequest } from './intake.ts';

const today = new Date('2026-06-01T12:00:00Z');

describe('containsPersonalNumber', () => {
  it.each([
    'Hon har nummer 19121212-1212.',
    'pnr 121212-1212',
    'pnr 1212121212 i passet',
    'pnr 121212 1212',
    'född 191212121212',
    'samordningsnummer 701063-2391',
  ])('finds one in “%s”', (text) => {
    expect(containsPersonalNumber(text, today)).toBe(true);
  });

  it.each([
    'Ring 031-123 45 67 efter kl. 9.',
    'Ärendet gäller 12 personer, 2024-05-01.',
    'Nummer 121212-1213 har fel kontrollsiffra.',
    'Ordernummer 99999999-9999.',
    '0701234567',
  ])('finds none in “%s”', (text) => {
    expect(containsPersonalNumber(text, today)).toBe(false);
  });
});

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
});
