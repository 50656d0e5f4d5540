import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpProblem, badRequest } from './problems.ts';

/**
 * A route that changes a versioned record declares `config: { ifMatch: true }`: the pipeline
 * documents the If-Match header in OpenAPI, reads it before the handler (400 when malformed) and
 * hands the version over as `expectedVersionOf(request)`, which answers 428 when it is missing.
 * Routes inside a case ask for it after the scope check (a thunk), so an outsider gets 404 first.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    ifMatch?: true;
  }
  interface FastifyRequest {
    /** The version from If-Match, on routes that declare ifMatch; null when absent. */
    expectedVersion: number | null;
  }
}

const ifMatchHeader = z.object({
  /** The version last read, quoted as the ETag gave it: "3". Missing 428, stale 412. */
  'if-match': z.string().optional(),
});

/** Registers the ifMatch route option for the routes registered after it. */
export function registerVersionChecks(app: FastifyInstance): void {
  app.decorateRequest('expectedVersion', null);
  app.addHook('onRoute', (route) => {
    if (!route.config?.ifMatch) return;
    const headers = route.schema?.headers;
    route.schema = { ...route.schema, headers: headers instanceof z.ZodObject ? headers.extend(ifMatchHeader.shape) : ifMatchHeader };
    // Only on these routes, so the others pay nothing for it.
    route.preHandler = [readIfMatch, ...[route.preHandler ?? []].flat()];
  });
}

async function readIfMatch(request: FastifyRequest): Promise<void> {
  const header = request.headers['if-match'];
  if (header !== undefined && header !== '') request.expectedVersion = parseIfMatch(String(header));
}

const preconditionRequired = () => new HttpProblem(428, 'Precondition Required', 'Send the version you last read in If-Match.');

/** The version the client last saw, from a route that declares ifMatch; 428 when it sent none. */
export function expectedVersionOf(request: FastifyRequest): number {
  if (request.routeOptions.config.ifMatch === undefined) throw new Error(`${request.routeOptions.url ?? ''} declares no ifMatch`);
  if (request.expectedVersion === null) throw preconditionRequired();
  return request.expectedVersion;
}

function parseIfMatch(header: string): number {
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  if (!match) {
    throw badRequest('If-Match must be the quoted version, e.g. "3".', [{ field: 'If-Match', code: 'invalid_format', message: 'expected "<version>"' }]);
  }
  return Number(match[1]);
}

/** Problem type of a stale If-Match; the body carries `currentVersion`. */
export const staleVersionType = 'https://samverka.se/problems/stale-version';

/** The ETag of a versioned resource: its version number, quoted. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Sets the ETag header, so a client can send it back in If-Match. */
export function sendVersion(reply: FastifyReply, version: number): void {
  void reply.header('etag', etagOf(version));
}

/** Someone else changed the resource since the client read it. */
export class StaleVersionProblem extends HttpProblem {
  constructor(readonly currentVersion: number) {
    super(412, 'Precondition Failed', 'Someone else has changed this since you read it. Reload and try again.', undefined, {
      etag: etagOf(currentVersion),
    });
    this.type = staleVersionType;
    this.extensions = { currentVersion };
  }
}

export const staleVersion = (currentVersion: number) => new StaleVersionProblem(currentVersion);
