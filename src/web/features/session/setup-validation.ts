import '../../zod-config.ts';
import { limits } from '../../../shared/limits.ts';
import { setupInput } from '../../../shared/schemas/auth.ts';
import type { Translate } from '../../i18n/index.tsx';
import { passwordMessage } from '../account/password-messages.ts';

export const setupFields = ['organisationName', 'name', 'email', 'password', 'passwordConfirmation'] as const;
export type SetupField = (typeof setupFields)[number];
export type SetupValues = Record<SetupField, string>;

/**
 * The message for a problem with one field, whether the shared setup schema found it or the
 * server did; the server's password-policy refusals (breached, contains_email, …) in their words.
 */
export function setupMessage(t: Translate, field: SetupField, code: string, values: SetupValues): string {
  switch (field) {
    case 'organisationName':
      return code === 'too_big'
        ? t('setup.errors.organisationNameTooLong', { max: limits.organisationNameMax })
        : t('setup.errors.organisationNameRequired');
    case 'name':
      return code === 'too_big'
        ? t('setup.errors.nameTooLong', { max: limits.nameMax })
        : t('setup.errors.nameRequired');
    case 'email':
      return values.email.trim() ? t('setup.errors.emailInvalid') : t('setup.errors.emailRequired');
    case 'password':
      if (code === 'too_big') return t('setup.errors.passwordTooLong', { max: limits.passwordMax });
      if (code === 'too_small') return t('setup.errors.passwordTooShort', { min: limits.passwordMin });
      return passwordMessage(t, code);
    case 'passwordConfirmation':
      return t('setup.errors.passwordMismatch');
  }
}

/** The shared setup schema, with the confirmation the schema does not have: both passwords alike. */
export const setupSchema = {
  safeParse(input: SetupValues & { token: string }) {
    const result = setupInput.safeParse(input);
    if (input.password === input.passwordConfirmation) return result;
    const mismatch = { path: ['passwordConfirmation'], code: 'custom' };
    const issues = result.success ? [] : result.error.issues;
    // A password the schema refuses is the one to put right first.
    if (issues.some((issue) => issue.path[0] === 'password')) return result;
    return { success: false as const, error: { issues: [...issues, mismatch] } };
  },
};
