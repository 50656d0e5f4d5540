import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { signInThrottle } from '../db/schema/identity.ts';
import { HttpProblem } from './problems.ts';

/**
 * How failures slow a key down. An account is guessed at one by one, so it backs off early; an
 * address may be an office behind one NAT, so it gets more room before it slows, but a spray over
 * many accounts from one place still ends in a lockout.
 */
interface ThrottleRule {
  backOffAfter: number;
  lockAfter: number;
}
const rules = {
  account: { backOffAfter: 3, lockAfter: 10 },
  address: { backOffAfter: 10, lockAfter: 50 },
  invitation: { backOffAfter: 5, lockAfter: 20 },
} satisfies Record<string, ThrottleRule>;
export type ThrottleKind = keyof typeof rules;

const maxBackOffSeconds = 60;
export const lockoutSeconds = 15 * 60;
/** Failures older than this are forgotten, so an occasional typo never adds up to a lockout. */
export const forgetAfterHours = 24;

export interface ThrottleKey {
  kind: ThrottleKind;
  value: string;
}

export const accountKey = (email: string): ThrottleKey => ({ kind: 'account', value: email.trim().toLowerCase() });
export const addressKey = (address: string): ThrottleKey => ({ kind: 'address', value: address });
export const invitationAddressKey = (address: string): ThrottleKey => ({ kind: 'invitation', value: address });

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value}`;

/** Seconds to wait after the nth consecutive failure: 0, then 1, 2, 4 … capped, then the lockout. */
export function delaySeconds(kind: ThrottleKind, failures: number): number {
  const rule = rules[kind];
  if (failures >= rule.lockAfter) return lockoutSeconds;
  if (failures < rule.backOffAfter) return 0;
  return Math.min(2 ** (failures - rule.backOffAfter), maxBackOffSeconds);
}

/** The 429 every throttled attempt gets: the same words whatever key tripped. */
export function tooManyAttempts(retryAfterSeconds: number): HttpProblem {
  return new HttpProblem(429, 'Too Many Requests', 'Too many attempts. Wait a while and try again.', undefined, {
    'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))),
  });
}

/**
 * Refuses with 429 while any of the keys is blocked. The state lives in the database, so every
 * server instance sees the same counts.
 */
export async function assertNotThrottled(db: Db, keys: ThrottleKey[]): Promise<void> {
  const rows = await db
    .select({ wait: sql<number>`extract(epoch from ${signInThrottle.blockedUntil} - now())::float8` })
    .from(signInThrottle)
    .where(sql`${inArray(signInThrottle.key, keys.map(keyOf))} and ${signInThrottle.blockedUntil} > now()`);
  const wait = Math.max(0, ...rows.map((r) => r.wait));
  if (wait > 0) throw tooManyAttempts(wait);
}

/** Counts one failure on each key (atomically, so instances racing add up) and sets its back-off. */
export async function recordFailure(db: Db, keys: ThrottleKey[]): Promise<void> {
  for (const key of keys) {
    const [row] = await db
      .insert(signInThrottle)
      .values({ key: keyOf(key), failures: 1 })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: {
          failures: sql`case when ${signInThrottle.lastFailureAt} < now() - make_interval(hours => ${forgetAfterHours})
            then 1 else ${signInThrottle.failures} + 1 end`,
          lastFailureAt: sql`now()`,
        },
      })
      .returning({ failures: signInThrottle.failures });
    const delay = delaySeconds(key.kind, row!.failures);
    if (delay > 0) {
      await db
        .update(signInThrottle)
        .set({ blockedUntil: sql`now() + make_interval(secs => ${delay})` })
        .where(sql`${signInThrottle.key} = ${keyOf(key)}`);
    }
  }
}

/** Forgets the failures of a key after a full success. */
export async function clearFailures(db: Db, key: ThrottleKey): Promise<void> {
  await db.delete(signInThrottle).where(sql`${signInThrottle.key} = ${keyOf(key)}`);
}
