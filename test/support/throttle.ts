import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../src/server/db/client.ts';
import { signInThrottle } from '../../src/server/db/schema/identity.ts';

/**
 * The sign-in throttle backs off for seconds measured by the database clock. A test that expects
 * the next attempt to land inside a one-second back-off fails on a machine slow enough to take
 * that second, so tests check the back-off the server set, then hold it long enough that the next
 * request falls inside it whatever the machine's speed. How long each back-off is comes from
 * delaySeconds, tested on its own (sign-in-throttle.unit.test.ts).
 */

/** Expects `key` (e.g. `account:someone@samverka.test`) to be blocked for at least `seconds` after its last failure, then holds the block for at least ten minutes from now. */
export async function expectBackOffAndHold(db: Db, key: string, seconds = 1): Promise<void> {
  const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
  expect(row?.blockedUntil, `${key} is blocked`).toBeInstanceOf(Date);
  expect(row!.blockedUntil!.getTime() - row!.lastFailureAt.getTime(), `${key} back-off`).toBeGreaterThanOrEqual(seconds * 1000);
  await db
    .update(signInThrottle)
    .set({ blockedUntil: sql`greatest(${signInThrottle.blockedUntil}, now() + interval '10 minutes')` })
    .where(eq(signInThrottle.key, key));
}

/** Expects `key` not to be blocked (yet). */
export async function expectNoBackOff(db: Db, key: string): Promise<void> {
  const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
  expect(row?.blockedUntil ?? null, `${key} is not blocked`).toBeNull();
}
