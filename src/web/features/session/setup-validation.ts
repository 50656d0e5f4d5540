import '../../zod-config.ts';
import { limits } from '../../../shared/limits.ts';
import { setupInput, type SetupInput } from '../../../shared/schemas/auth.ts';
import type { FieldError } from '../../api.ts';
import type { Translate } from '../../i18n/index.tsx';

export const setupFields = ['organisationName', 'name', 'email', 'password', 'passwordConfirmation'] as const;
export type SetupField = (typeof setupFields)[number];
export type SetupValues = Record<SetupField, string>;
export type SetupErrors = Partial<Record<SetupField, string>>;

function messageFor(field: SetupField, t: Translate, code: string, value: string): string {
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
      return value.trim() ? t('setup.errors.emailInvalid') : t('setup.errors.emailRequired');
    case 'password':
      return code === 'too_big'
        ? t('setup.errors.passwordTooLong', { max: limits.passwordMax })
        : t('setup.errors.passwordTooShort', { min: limits.passwordMin });
    case 'passwordConfirmation':
      return t('setup.errors.passwordMismatch');
  }
}

function isSetupField(path: string): path is SetupField {
  return (setupFields as readonly string[]).includes(path);
}

export type SetupValidation = { ok: true; input: SetupInput } | { ok: false; errors: SetupErrors };

/** The shared setup schema plus the confirmation check, with messages in the user's language. */
export function validateSetup(values: SetupValues, token: string, t: Translate): SetupValidation {
  const result = setupInput.safeParse({ ...values, token });
  const errors: SetupErrors = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (isSetupField(path) && !errors[path]) errors[path] = messageFor(path, t, issue.code, values[path]);
    }
  }
  if (values.password !== values.passwordConfirmation && !errors.password) {
    errors.passwordConfirmation = messageFor('passwordConfirmation', t, 'custom', '');
  }
  if (result.success && Object.keys(errors).length === 0) return { ok: true, input: result.data };
  return { ok: false, errors };
}

/**
 * The server's field errors on the form. Where our own check explains the field we use that
 * wording; otherwise the server's message is the best explanation there is.
 */
export function serverSetupErrors(
  fieldErrors: readonly FieldError[],
  values: SetupValues,
  token: string,
  t: Translate,
): SetupErrors {
  const local = validateSetup(values, token, t);
  const localErrors = local.ok ? {} : local.errors;
  const errors: SetupErrors = {};
  for (const { field, message } of fieldErrors) {
    if (isSetupField(field) && !errors[field]) errors[field] = localErrors[field] ?? message;
  }
  return errors;
}
