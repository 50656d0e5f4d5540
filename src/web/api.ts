import createClient, { createFinalURL, defaultPathSerializer, type FetchOptions, type FetchResponse, type MaybeOptionalInit, type Middleware } from 'openapi-fetch';
import { apiErrorOf, ApiError } from './api/problem.ts';
import type { paths } from '../../generated/api-schema.d.ts';

export { ApiError, isApiError, isStaleVersion, type FieldError } from './api/problem.ts';
export type { paths } from '../../generated/api-schema.d.ts';

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** The session layer registers what to do when the server says the session is gone. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

/** A 401 means "session gone, go to sign-in"; added to every call except those that expect a 401. */
export const unauthorizedRedirect: Middleware = {
  onResponse: ({ response }) => {
    if (response.status === 401) onUnauthorized();
  },
};

/**
 * Every answer that is not 2xx becomes an ApiError with the problem+json the server sent, and an
 * unreachable server an ApiError with status 0; an aborted request stays an AbortError.
 */
export const problemErrors: Middleware = {
  onResponse: async ({ response }) => {
    if (!response.ok) throw await apiErrorOf(response);
  },
  onError: ({ request, error }) => (request.signal.aborted || error instanceof ApiError ? undefined : new ApiError(0, null)),
};

/** The query string as URLSearchParams writes it (spaces as +), leaving out undefined values. */
export function serializeQuery(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) search.append(key, String(item));
  }
  return search.toString();
}

const client = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json, application/problem+json' },
  querySerializer: serializeQuery,
  // Looked up on each call, not captured once, so tests can stand in for fetch.
  fetch: (request) => globalThis.fetch(request),
});
client.use(problemErrors);

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type PathsWith<M extends Method> = { [P in keyof paths]: paths[P] extends Record<M, object> ? P : never }[keyof paths];
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** What every call takes besides the operation's own parameters and body. */
export interface CallOptions {
  /**
   * Whether a 401 answer means "session gone, go to sign-in". Off for the calls where 401 is an
   * expected answer (who am I, sign in).
   */
  redirectOnUnauthorized?: boolean;
}
type InitArgs<I> = RequiredKeys<I> extends never ? [(I & CallOptions)?] : [I & CallOptions];
type Data<Op extends Record<string | number, unknown>, I> =
  Exclude<FetchResponse<Op, I, `${string}/${string}`>, { error: unknown }>['data'] extends infer D
    ? [D] extends [never] ? undefined : D
    : never;

/**
 * A call to one operation of the API: the path as the OpenAPI document writes it, its path and
 * query parameters, headers and body all checked against the document. Resolves with the success
 * answer's body; rejects with an ApiError.
 */
type Call<M extends Method> = <P extends PathsWith<M>, I extends MaybeOptionalInit<paths[P], M>>(
  url: P,
  ...init: InitArgs<I>
) => Promise<Data<paths[P][M] & Record<string | number, unknown>, I>>;

/** The JSON body an operation takes, for code that builds one before the call. */
export type RequestBody<P extends PathsWith<M>, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

type AnyInit = Omit<FetchOptions<unknown>, 'body'> & CallOptions & { body?: unknown };
type CoreRequest = (method: string, url: string, init: Omit<AnyInit, keyof CallOptions>) => Promise<{ data?: unknown }>;
// The typed signatures are checked at each call site; inside, one untyped path serves every method.
const coreRequest = client.request as unknown as CoreRequest;

async function send(method: Method, url: string, init: AnyInit = {}): Promise<unknown> {
  const { redirectOnUnauthorized = true, ...rest } = init;
  const { data } = await coreRequest(method, url, { ...rest, middleware: redirectOnUnauthorized ? [unauthorizedRedirect] : [] });
  return data;
}

function callFor<M extends Method>(method: M): Call<M> {
  return ((url: string, init?: AnyInit) => send(method, url, init)) as unknown as Call<M>;
}

type UploadInit<P extends PathsWith<'post'>> = Omit<MaybeOptionalInit<paths[P], 'post'>, 'body'>;

/** The POST routes whose body the document describes as a file's bytes (application/octet-stream). */
type FileUploadPaths = {
  [P in PathsWith<'post'>]: paths[P]['post'] extends { requestBody: { content: { 'application/octet-stream': unknown } } } ? P : never;
}[PathsWith<'post'>];

/** The API, one method per HTTP verb, typed from the server's OpenAPI document (npm run api:types). */
export const api = {
  GET: callFor('get'),
  POST: callFor('post'),
  PUT: callFor('put'),
  PATCH: callFor('patch'),
  DELETE: callFor('delete'),
  /** Sends a file's bytes as application/octet-stream, to a route that takes a file. */
  upload: async <P extends FileUploadPaths>(url: P, file: Blob, init: UploadInit<P> & CallOptions) => {
    const data = await send('post', url, {
      ...(init as AnyInit),
      body: file,
      bodySerializer: (body: unknown) => body,
      headers: { 'content-type': 'application/octet-stream' },
    });
    return data as Data<paths[P]['post'], UploadInit<P>>;
  },
};

/** The query parameters a GET takes, for code that builds them before the call. */
export type ApiQuery<P extends PathsWith<'get'>> = paths[P]['get'] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

type LinkParams<P extends PathsWith<'get'>> = paths[P]['get'] extends { parameters: infer X } ? Pick<X, Extract<'path' | 'query', keyof X>> : never;

/**
 * The address of a GET the browser opens itself (a download, a redirect to a sign-in provider),
 * checked against the OpenAPI document like a call.
 */
export function apiHref<P extends PathsWith<'get'>>(path: P, params: LinkParams<P>): string {
  return createFinalURL(path, {
    baseUrl: '',
    params: params as { path?: Record<string, unknown>; query?: Record<string, unknown> },
    querySerializer: serializeQuery,
    pathSerializer: defaultPathSerializer,
  });
}

/** The If-Match header for the version last read: a change made meanwhile is refused (412). */
export function ifMatch(version: number): { 'if-match': string } {
  return { 'if-match': `"${version}"` };
}

/** The Idempotency-Key header of a create, so a retried request does not create twice. */
export function idempotent(key: string): { 'idempotency-key': string } {
  return { 'idempotency-key': key };
}

/** A fresh Idempotency-Key for one create; keep it for the retries of that create. */
export function newIdempotencyKey(): string {
  // getRandomValues works outside secure contexts too, unlike randomUUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
