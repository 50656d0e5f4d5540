import { isApiError } from '../../api.ts';
import type { Translate } from '../../i18n/index.tsx';

/**
 * The words for a refused role change: which separation-of-duties rule said no (the server's
 * `refusal`), or the general refusal when the answer names none.
 */
export function roleRefusalText(t: Translate, error: unknown, fallback: string): string {
  if (isApiError(error, 403) && error.problem?.refusal) return t(`roles.refusal.${error.problem.refusal}`);
  return isApiError(error, 403) ? fallback : t('app.genericError');
}
