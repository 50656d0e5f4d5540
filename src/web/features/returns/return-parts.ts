import type { ReturnApplication, ReturnStatus } from '../../../shared/schemas/returns.ts';
import { isApiError } from '../../api.ts';
import type { Translate } from '../../i18n/index.tsx';

export interface ReturnActionProps {
  application: ReturnApplication;
  /** After a step (or a refusal the form does not show itself): what to say, and reload. */
  onChanged: (message: string, tone: 'success' | 'error') => void;
}

/** The path of the programme, in order, as the case shows where the person is. */
export const programmeSteps = ['submitted', 'approved', 'assigned', 'travel_planned', 'arrived', 'reintegration', 'closed'] as const satisfies readonly ReturnStatus[];

export const returnPath = (application: ReturnApplication) => ({ path: { returnId: application.id } });

/**
 * What a refusal of the step means to the user, for the panel to say as it reloads: someone else
 * took a step first (409), or the caller no longer has a part in it (403/404). Undefined for errors
 * the form shows itself.
 */
export function commonReturnFailure(t: Translate, error: unknown): string | undefined {
  if (isApiError(error, 409)) return t('returns.conflict');
  if (isApiError(error, 403) || isApiError(error, 404)) return t('returns.failed');
  return undefined;
}

/** Today's date in Sweden, for the date fields' default. */
export { swedishToday } from '../deadlines/deadline-dates.ts';
