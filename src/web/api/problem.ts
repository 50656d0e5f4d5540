import type { Problem } from '../../shared/schemas/common.ts';
import { type RoleChangeRefusal, roleChangeRefusals } from '../../shared/role-rules.ts';

/** One field the server refused: its dotted path, a stable code to word, and English for API users. */
export type FieldError = { field: string; code: string; message: string };

/** A failed API call: the HTTP status (0 when the server could not be reached) and the problem. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  readonly fieldErrors: FieldError[];

  constructor(status: number, problem: Problem | null) {
    super(problem?.title ?? (status === 0 ? 'Network error' : `HTTP ${status}`));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.fieldErrors = problem?.errors ?? [];
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** True when someone else changed the resource since it was read (a stale If-Match). */
export function isStaleVersion(error: unknown): error is ApiError {
  return isApiError(error, 412);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Reads an error answer's body as problem+json, keeping only members of the expected types: the
 * body is whatever came back (a proxy's HTML page parses to null and gives no problem at all).
 */
export function readProblem(body: unknown, status: number): Problem | null {
  if (!isRecord(body)) return null;
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(
        (e): e is FieldError =>
          isRecord(e) && typeof e.field === 'string' && typeof e.code === 'string' && typeof e.message === 'string',
      )
    : undefined;
  return {
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title: typeof body.title === 'string' ? body.title : '',
    status: typeof body.status === 'number' ? body.status : status,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors,
    currentVersion: typeof body.currentVersion === 'number' ? body.currentVersion : undefined,
    code: typeof body.code === 'string' ? body.code : undefined,
    refusal: roleChangeRefusals.find((r): r is RoleChangeRefusal => r === body.refusal),
  };
}

/** The ApiError for an answer that is not 2xx; a body that is not JSON gives an error without a problem. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  let body: unknown = null;
  if (type.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  return new ApiError(response.status, readProblem(body, response.status));
}
