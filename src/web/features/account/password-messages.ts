import { limits } from '../../../shared/limits.ts';
import type { FieldError } from '../../api.ts';
import type { Translate } from '../../i18n/index.tsx';

/** The server's password refusal (password-policy codes, or Zod's length codes) in the user's words. */
export function passwordMessage(t: Translate, code: string): string {
  switch (code) {
    case 'too_short':
    case 'too_small':
      return t('password.errors.too_short', { min: limits.passwordMin });
    case 'too_long':
    case 'too_big':
      return t('password.errors.too_long', { max: limits.passwordMax });
    case 'breached':
      return t('password.errors.breached');
    case 'contains_email':
      return t('password.errors.contains_email');
    case 'repetitive':
      return t('password.errors.repetitive');
    default:
      return t('password.errors.too_short', { min: limits.passwordMin });
  }
}

/** The length rules the browser can check before asking the server, which also knows the breached list. */
export function checkPasswordLocally(t: Translate, password: string, confirmation: string): { password?: string; confirmation?: string } {
  if (!password) return { password: t('password.errors.required') };
  const length = [...password].length;
  if (length < limits.passwordMin) return { password: passwordMessage(t, 'too_short') };
  if (length > limits.passwordMax) return { password: passwordMessage(t, 'too_long') };
  if (password !== confirmation) return { confirmation: t('password.errors.mismatch') };
  return {};
}

export function passwordFieldErrorOf(errors: readonly FieldError[], field: string): FieldError | undefined {
  return errors.find((e) => e.field === field);
}
