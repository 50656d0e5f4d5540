import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem, badRequest } from './problems.ts';

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

/**
 * The version the client last saw, from If-Match. Every update of a case resource needs it, so no
 * one overwrites a change they have not seen: without it 428, malformed 400.
 */
export function requireIfMatch(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') {
    throw new HttpProblem(428, 'Precondition Required', 'Send the version you last read in If-Match.');
  }
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(String(header).trim());
  if (!match) {
    throw badRequest('If-Match must be the quoted version, e.g. "3".', [{ field: 'If-Match', code: 'invalid_format', message: 'expected "<version>"' }]);
  }
  return Number(match[1]);
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
