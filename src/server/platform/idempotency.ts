import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { limits } from '../../shared/limits.ts';
import type { Tx } from '../db/client.ts';
import { idempotencyKeys } from '../db/schema/idempotency.ts';
import { HttpProblem, badRequest } from './problems.ts';

/** Documents the header on create routes; the value is checked by idempotencyKeyOf. */
export const idempotencyHeaders = z.object({
  /** Any unique string (a UUID is good); a retry with the same key does not create a second record. */
  'idempotency-key': z.string().optional(),
});

/** The Idempotency-Key header of a create request, if the client sent one. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return undefined;
  const key = String(header).trim();
  if (key.length === 0 || key.length > limits.idempotencyKeyMax || !/^[\x21-\x7e]+$/.test(key)) {
    throw badRequest('Idempotency-Key must be 1–200 visible ASCII characters.', [
      { field: 'Idempotency-Key', code: 'invalid_format', message: 'expected 1–200 visible ASCII characters' },
    ]);
  }
  return key;
}

/** What the key was used for: the method, the route and the body, hashed. */
export function requestFingerprint(request: FastifyRequest): string {
  const route = request.routeOptions.url ?? request.url;
  return createHash('sha256')
    .update(`${request.method} ${route} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('base64url');
}

/**
 * Runs a create once per Idempotency-Key and user. The key is claimed by an insert in the same
 * transaction as the create, so a concurrent retry waits on the row lock and then finds the
 * record; a retry after the commit finds it straight away. Answers the id and whether it was a
 * replay. The same key with another request is refused with 422.
 */
export async function createOnce(
  tx: Tx,
  claim: { userId: string; key: string | undefined; fingerprint: string },
  create: () => Promise<string>,
): Promise<{ id: string; replayed: boolean }> {
  if (claim.key === undefined) return { id: await create(), replayed: false };
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ userId: claim.userId, key: claim.key, fingerprint: claim.fingerprint })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  const where = and(eq(idempotencyKeys.userId, claim.userId), eq(idempotencyKeys.key, claim.key));
  if (claimed.length === 0) {
    const [earlier] = await tx.select().from(idempotencyKeys).where(where);
    if (!earlier || earlier.fingerprint !== claim.fingerprint || !earlier.resourceId) {
      throw new HttpProblem(422, 'Unprocessable Content', 'This Idempotency-Key was used for another request.');
    }
    return { id: earlier.resourceId, replayed: true };
  }
  const id = await create();
  await tx.update(idempotencyKeys).set({ resourceId: id }).where(where);
  return { id, replayed: false };
}
