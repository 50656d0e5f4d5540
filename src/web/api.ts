import type { Problem } from '../shared/schemas/common.ts';
import { type RoleChangeRefusal, roleChangeRefusals } from '../shared/role-rules.ts';

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

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** The session layer registers what to do when the server says the session is gone. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Whether a 401 answer means "session gone, go to sign-in". Off for the calls where 401 is an
   * expected answer (who am I, sign in).
   */
  redirectOnUnauthorized?: boolean;
  /** The version last read, sent as If-Match so a change made meanwhile is refused (412). */
  ifMatch?: number;
  /** Sent as Idempotency-Key on creates, so a retried request does not create twice. */
  idempotencyKey?: string;
}

/** True when someone else changed the resource since it was read (a stale If-Match). */
export function isStaleVersion(error: unknown): error is ApiError {
  return isApiError(error, 412);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readProblem(body: unknown, status: number): Problem | null {
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
    refusal: roleChangeRefusals.find((r): r is RoleChangeRefusal => r === body.refusal),
  };
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

async function request<T>(method: string, path: string, body: unknown, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const isFile = body instanceof Blob;
  if (body !== undefined) headers['content-type'] = isFile ? 'application/octet-stream' : 'application/json';
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : isFile ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, null);
  }
  const json = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && options.redirectOnUnauthorized !== false) onUnauthorized();
    throw new ApiError(response.status, readProblem(json, response.status));
  }
  // The server's responses are validated against the shared schemas on its side.
  return json as T;
}

export const api = {
  get: <T>(path: string, options: RequestOptions = {}) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body: unknown = {}, options: RequestOptions = {}) =>
    request<T>('POST', path, body, options),
  put: <T>(path: string, body: unknown, options: RequestOptions = {}) => request<T>('PUT', path, body, options),
  patch: <T>(path: string, body: unknown, options: RequestOptions = {}) => request<T>('PATCH', path, body, options),
  delete: <T>(path: string, options: RequestOptions = {}) => request<T>('DELETE', path, undefined, options),
  /** Sends a file's bytes as application/octet-stream. */
  upload: <T>(path: string, file: Blob, options: RequestOptions = {}) => request<T>('POST', path, file, options),
};

/** A fresh Idempotency-Key for one create; keep it for the retries of that create. */
export function newIdempotencyKey(): string {
  // getRandomValues works outside secure contexts too, unlike randomUUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Builds a query string from defined values only. */
export function toQuery(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
