import type { ConsultationDetail } from '../../../shared/schemas/consultations.ts';
import { ifMatch, isApiError } from '../../api.ts';
import type { Translate } from '../../i18n/index.tsx';

export interface ConsultationActionsProps {
  detail: ConsultationDetail;
  /** After a change: what to say, and reload the consultation. */
  onChanged: (message: string, tone: 'success' | 'error') => void;
}

/** The consultation's id, and the version last read as If-Match. */
export const params = (detail: ConsultationDetail) => ({ path: { consultationId: detail.id }, header: ifMatch(detail.version) });

/**
 * What a stale version, a closed consultation or a refusal means to the user; the caller reloads.
 * Answers undefined for other errors, which the form shows itself.
 */
export function commonFailure(t: Translate, error: unknown): string | undefined {
  if (isApiError(error, 412)) return t('consultations.view.stale');
  if (isApiError(error, 409)) return t('consultations.view.closedConflict');
  if (isApiError(error, 403) || isApiError(error, 404)) return t('consultations.view.forbidden');
  return undefined;
}
