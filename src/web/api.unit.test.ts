import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { ApiError, type api, apiHref, isApiError, problemErrors, serializeQuery, setUnauthorizedHandler, unauthorizedRedirect } from './api.ts';
import { apiErrorOf, readProblem } from './api/problem.ts';

type Callback = Parameters<NonNullable<typeof problemErrors.onResponse>>[0];

function callback(response: Response, signal?: AbortSignal): Callback {
  const request = new Request('http://samverka.test/api/cases', { signal });
  return { request, response, schemaPath: '/api/cases', params: {}, id: 'test', options: {} as Callback['options'] };
}

const problemJson = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });

describe('problem+json to ApiError', () => {
  it('keeps the field errors, the current version and a known refusal', async () => {
    const error = await apiErrorOf(
      problemJson(403, {
        type: 'https://samverka.se/problems/role-change-refused',
        title: 'Forbidden',
        status: 403,
        errors: [{ field: 'roles.0', code: 'invalid_value', message: 'no' }, { field: 'x' }],
        currentVersion: 4,
        refusal: 'own_account',
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(403);
    expect(error.message).toBe('Forbidden');
    expect(error.fieldErrors).toEqual([{ field: 'roles.0', code: 'invalid_value', message: 'no' }]);
    expect(error.problem?.currentVersion).toBe(4);
    expect(error.problem?.refusal).toBe('own_account');
  });

  it('drops a refusal it does not know and members of the wrong type', () => {
    const problem = readProblem({ title: 5, status: 'x', refusal: 'made_up', errors: 'none' }, 400);
    expect(problem).toMatchObject({ type: 'about:blank', title: '', status: 400, errors: undefined, refusal: undefined });
  });

  it('gives an error without a problem for a body that is not JSON', async () => {
    const error = await apiErrorOf(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
    expect(error.fieldErrors).toEqual([]);
  });
});

describe('client middleware', () => {
  it('rejects every answer that is not 2xx with its ApiError, and passes 2xx through', async () => {
    await expect(problemErrors.onResponse?.(callback(problemJson(412, { title: 'Precondition Failed', status: 412, currentVersion: 3 })))).rejects.toSatisfy(
      (error: unknown) => isApiError(error, 412) && error.problem?.currentVersion === 3,
    );
    await expect(problemErrors.onResponse?.(callback(new Response('{}', { status: 200 })))).resolves.toBeUndefined();
  });

  it('makes a network failure status 0, but leaves an aborted request an AbortError', () => {
    const failed = problemErrors.onError?.({ ...callback(new Response()), error: new TypeError('Failed to fetch') });
    expect(isApiError(failed, 0)).toBe(true);
    const controller = new AbortController();
    controller.abort();
    expect(problemErrors.onError?.({ ...callback(new Response(), controller.signal), error: new DOMException('', 'AbortError') })).toBeUndefined();
  });

  it('tells the session layer about a 401, and only about a 401', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    await unauthorizedRedirect.onResponse?.(callback(new Response(null, { status: 403 })));
    expect(handler).not.toHaveBeenCalled();
    await unauthorizedRedirect.onResponse?.(callback(new Response(null, { status: 401 })));
    expect(handler).toHaveBeenCalledOnce();
    setUnauthorizedHandler(() => {});
  });
});

describe('addresses', () => {
  it('writes queries as URLSearchParams does and leaves out what is undefined', () => {
    expect(serializeQuery({ q: 'flicka skuld', page: 2, mine: undefined, isChild: 'true' })).toBe('q=flicka+skuld&page=2&isChild=true');
  });

  it('fills and encodes path parameters of links the browser opens itself', () => {
    expect(apiHref('/api/sso/{organisationId}/start', { path: { organisationId: 'a/b' }, query: { returnTo: '/cases?x=1' } })).toBe(
      '/api/sso/a%2Fb/start?returnTo=%2Fcases%3Fx%3D1',
    );
  });

  // Checked by the type checker (npm run typecheck), which CI runs: the document says which
  // routes take a file, so a file can only go to one of them.
  it('sends files only to routes whose body is a file', () => {
    type UploadPath = Parameters<typeof api.upload>[0];
    expectTypeOf<'/api/cases/{caseId}/documents'>().toExtend<UploadPath>();
    expectTypeOf<'/api/cases/{caseId}/journal'>().not.toExtend<UploadPath>();
  });
});
