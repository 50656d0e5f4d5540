import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../shared/schemas/common.ts';

export const problemContentType = 'application/problem+json; charset=utf-8';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/**
 * An answer the client should see as RFC 9457 problem details. Services throw these for every
 * expected refusal; anything else becomes a generic 500 without details.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }

  /** A URI naming the kind of problem, when the client acts on it (RFC 9457 `type`). */
  type = 'about:blank';

  /** Extension members of the problem, e.g. currentVersion of a stale If-Match. */
  extensions: Pick<Problem, 'currentVersion' | 'refusal' | 'code'> = {};

  withType(type: string): this {
    this.type = type;
    return this;
  }

  /** A stable code the web app words in its own language, instead of reading the English detail. */
  withCode(code: string): this {
    this.extensions = { ...this.extensions, code };
    return this;
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(400, 'Bad Request', detail, errors);
export const unauthorized = (detail = 'Sign in to continue.') => new HttpProblem(401, 'Unauthorized', detail);
export const forbidden = (detail = 'You may not do this.') => new HttpProblem(403, 'Forbidden', detail);
/** Also the answer for records outside the caller's scope, so their existence is not revealed. */
export const notFound = (detail = 'Not found.') => new HttpProblem(404, 'Not Found', detail);
export const gone = (detail: string) => new HttpProblem(410, 'Gone', detail);
export const conflict = (detail: string) => new HttpProblem(409, 'Conflict', detail);
/** A rule of the domain refuses the change; `errors` lists what is missing (e.g. a phase move). */
export const unprocessable = (detail: string, errors: FieldError[]) => new HttpProblem(422, 'Unprocessable Content', detail, errors);

const statusTitles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  412: 'Precondition Failed',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(reply: FastifyReply, request: FastifyRequest, body: Omit<Problem, 'type'> & { type?: string }) {
  const problem: Problem = { type: 'about:blank', ...body, instance: request.url.split('?')[0] };
  return reply.code(body.status).type(problemContentType).send(problem);
}

function fieldName(context: string | undefined, instancePath: string): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (context === 'body') return path || 'body';
  return path || context || 'request';
}

/** Turns every error into problem+json: expected ones with their message, the rest as a bare 500. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
    if (error instanceof HttpProblem) {
      reply.headers(error.headers);
      return sendProblem(reply, request, {
        type: error.type,
        title: error.title,
        status: error.status,
        detail: error.detail,
        errors: error.errors,
        ...error.extensions,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        field: fieldName(error.validationContext, v.instancePath),
        code: v.keyword,
        message: v.message ?? 'invalid',
      }));
      const fields = [...new Set(errors.map((e) => e.field))].join(', ');
      return sendProblem(reply, request, {
        title: 'Bad Request',
        status: 400,
        detail: `Invalid input: ${fields}`,
        errors,
      });
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (bad JSON, wrong media type, body too large) say nothing secret.
      return sendProblem(reply, request, { title: statusTitles[status] ?? 'Bad Request', status, detail: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, request, { title: 'Internal Server Error', status: 500 });
  });
}
