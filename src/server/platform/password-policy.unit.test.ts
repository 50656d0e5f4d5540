import { describe, expect, it } from 'vitest';
import { checkPassword, passwordFieldError } from './password-policy.ts';

describe('password policy (NIST SP 800-63B)', () => {
  it('takes a long passphrase with no composition rules', () => {
    expect(checkPassword('a long enough passphrase')).toBeNull();
    expect(checkPassword('only lowercase letters here')).toBeNull();
    expect(checkPassword('åäö ÅÄÖ långt lösenord')).toBeNull();
  });

  it.each([
    ['short', 'too_short'],
    ['elevenchars', 'too_short'],
    ['x'.repeat(257), 'too_long'],
    ['aaaaaaaaaaaaaaaa', 'repetitive'],
    ['abababababababab', 'repetitive'],
    ['password1234', 'breached'],
    ['PASSWORD1234', 'breached'],
    ['1234567890123', 'breached'],
  ])('refuses %j as %s', (password, problem) => {
    expect(checkPassword(password)).toBe(problem);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂')).toBe('too_short');
  });

  it('refuses a password containing the e-mail local part, whatever the case', () => {
    expect(checkPassword('my name is Sofia.Holm ok', { email: 'sofia.holm@samverka.test' })).toBe('contains_email');
    expect(checkPassword('a long enough passphrase', { email: 'sofia.holm@samverka.test' })).toBeNull();
  });

  it('gives a field error with a stable code', () => {
    expect(passwordFieldError('password', 'password1234')).toMatchObject({ field: 'password', code: 'breached' });
    expect(passwordFieldError('password', 'a long enough passphrase')).toBeNull();
  });
});
