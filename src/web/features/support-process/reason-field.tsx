import { limits } from '../../../shared/limits.ts';
import type { Translate } from '../../i18n/index.tsx';

/** The reason's error, checked as the server will: trimmed, reasonMin..reasonMax characters. */
export function reasonError(t: Translate, value: string): string | undefined {
  const reason = value.trim();
  if (!reason) return t('supportProcess.errors.reasonRequired');
  if (reason.length < limits.reasonMin) return t('supportProcess.errors.reasonTooShort', { min: limits.reasonMin });
  if (reason.length > limits.reasonMax) return t('supportProcess.errors.reasonTooLong', { max: limits.reasonMax });
  return undefined;
}
