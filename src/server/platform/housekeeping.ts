import { and, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { idempotencyKeys } from '../db/schema/idempotency.ts';
import { pendingSignIns, sessions, setupTokens, signInThrottle } from '../db/schema/identity.ts';
import { forgetAfterHours } from './sign-in-throttle.ts';

export interface HousekeepingResult {
  sessions: number;
  pendingSignIns: number;
  setupTokens: number;
  throttleRows: number;
  idempotencyKeys: number;
  /** Rows removed by each module's own cleaner, by its name. */
  [cleaner: string]: number;
}

/** A module's own cleanup (e.g. old rate-limit windows), registered with the housekeeping by the app. */
export type Cleaner = (db: Db) => Promise<number>;

/** How long a create's Idempotency-Key is remembered: long enough for any client's retries. */
export const idempotencyKeyHours = 24;

/**
 * Deletes what can no longer be used: sessions past their absolute or idle timeout, unfinished
 * sign-ins and SSO states, expired setup links, old failure counts, and Idempotency-Keys past the
 * time any client would retry. Each delete is idempotent,
 * so several instances may run it at the same time.
 */
export async function removeExpiredRows(db: Db, sessionIdleMinutes: number, cleaners: Record<string, Cleaner> = {}): Promise<HousekeepingResult> {
  const count = (rows: unknown[]) => rows.length;
  const idleLimit = sql`now() - make_interval(mins => ${sessionIdleMinutes})`;
  return {
    sessions: count(
      await db
        .delete(sessions)
        .where(or(lt(sessions.expiresAt, sql`now()`), lt(sessions.lastSeenAt, idleLimit)))
        .returning({ id: sessions.id }),
    ),
    pendingSignIns: count(
      await db.delete(pendingSignIns).where(lt(pendingSignIns.expiresAt, sql`now()`)).returning({ id: pendingSignIns.id }),
    ),
    setupTokens: count(
      await db
        .delete(setupTokens)
        .where(and(isNull(setupTokens.usedAt), lt(setupTokens.expiresAt, sql`now()`)))
        .returning({ tokenHash: setupTokens.tokenHash }),
    ),
    throttleRows: count(
      await db
        .delete(signInThrottle)
        .where(
          and(
            lt(signInThrottle.lastFailureAt, sql`now() - make_interval(hours => ${forgetAfterHours})`),
            or(isNull(signInThrottle.blockedUntil), lt(signInThrottle.blockedUntil, sql`now()`)),
          ),
        )
        .returning({ key: signInThrottle.key }),
    ),
    idempotencyKeys: count(
      await db
        .delete(idempotencyKeys)
        .where(lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${idempotencyKeyHours})`))
        .returning({ key: idempotencyKeys.key }),
    ),
    ...Object.fromEntries(await Promise.all(Object.entries(cleaners).map(async ([name, clean]) => [name, await clean(db)] as const))),
  };
}

/** Runs the housekeeping now and then every interval, without keeping the process alive. */
export function scheduleHousekeeping(
  db: Db,
  sessionIdleMinutes: number,
  cleaners: Record<string, Cleaner>,
  onError: (error: unknown) => void,
  intervalMs = 10 * 60_000,
): () => void {
  const run = () => void removeExpiredRows(db, sessionIdleMinutes, cleaners).catch(onError);
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
