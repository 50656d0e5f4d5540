import type { CasePhase } from '../../../shared/enums.ts';
import type { MissingItem, SupportProcessState } from '../../../shared/schemas/support-process.ts';
import { api, ifMatch, isApiError } from '../../api.ts';

/**
 * The newest case version the page knows: the process panel reloads its state after the case
 * changed, and a move made in that moment must not send the older version it still shows (a
 * needless 412); the case itself, reloaded first, has the newer one. A change by someone else is
 * in neither, so If-Match still catches it.
 */
export function latestCaseVersion(detail: { version: number }, state: { caseVersion: number }): number {
  return Math.max(detail.version, state.caseVersion);
}

/** Moves the case; `version` is the case version last read, sent as If-Match. */
export function requestMove(caseId: string, version: number, to: CasePhase, reason?: string): Promise<SupportProcessState> {
  return api.POST('/api/cases/{caseId}/phase', {
    params: { path: { caseId }, header: ifMatch(version) },
    body: reason ? { to, reason } : { to },
  });
}

/** What a failed move means for the user. */
export type MoveFailure =
  | { kind: 'stale' }
  | { kind: 'refused'; missing: MissingItem[] }
  | { kind: 'field'; field: string; code: string }
  | { kind: 'forbidden' }
  | { kind: 'unreachable' }
  | { kind: 'unexpected' };

export function readMoveFailure(error: unknown): MoveFailure {
  if (isApiError(error, 412)) return { kind: 'stale' };
  if (isApiError(error, 422) && error.fieldErrors.length > 0) return { kind: 'refused', missing: error.fieldErrors };
  if (isApiError(error, 400) && error.fieldErrors.length > 0) {
    const [first] = error.fieldErrors;
    return { kind: 'field', field: first!.field, code: first!.code };
  }
  if (isApiError(error, 403)) return { kind: 'forbidden' };
  if (isApiError(error, 0)) return { kind: 'unreachable' };
  return { kind: 'unexpected' };
}
