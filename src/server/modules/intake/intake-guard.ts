import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { intakeRateLimits } from './intake.schema.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { HttpProblem } from '../../platform/problems.ts';

/**
 * The public form's defences that need no third party: a sealed fill-time token, a rate limit per
 * client address kept in the database (so it holds across instances), and the honeypot field.
 */

/** A person needs at least this long to fill in the form; a robot posting at once is refused. */
export const minimumFillMs = 3_000;
/** A token older than this is stale: the page must be loaded again. */
export const maximumFillMs = 2 * 60 * 60_000;

/** Submissions per client address within the window (summed over its one-minute buckets). */
export const intakeRateLimit = 5;
export const intakeWindowMinutes = 10;

const tokenPurpose = 'intake-form';

interface TokenBody {
  p: string;
  issuedAt: number;
  nonce: string;
}

/** A token sealed with the keyring (AES-GCM), so the issue time can be read but not forged. */
export function issueFormToken(keyring: Keyring, issuedAt: Date = new Date(), purpose: string = tokenPurpose): string {
  const body: TokenBody = { p: purpose, issuedAt: issuedAt.getTime(), nonce: randomBytes(12).toString('base64url') };
  return keyring.encrypt(JSON.stringify(body));
}

export type FormTokenCheck = { ok: true } | { ok: false; reason: 'token_invalid' | 'token_too_fast' | 'token_expired' };

/** Whether a token is ours, and was issued between the minimum and maximum fill time ago. */
export function checkFormToken(keyring: Keyring, token: string, now: Date = new Date(), purpose: string = tokenPurpose): FormTokenCheck {
  let body: unknown;
  try {
    body = JSON.parse(keyring.decrypt(token));
  } catch {
    return { ok: false, reason: 'token_invalid' };
  }
  const { p, issuedAt } = (body ?? {}) as Partial<TokenBody>;
  if (p !== purpose || typeof issuedAt !== 'number' || !Number.isFinite(issuedAt)) {
    return { ok: false, reason: 'token_invalid' };
  }
  const age = now.getTime() - issuedAt;
  if (age < minimumFillMs) return { ok: false, reason: 'token_too_fast' };
  if (age > maximumFillMs) return { ok: false, reason: 'token_expired' };
  return { ok: true };
}

/** The address as stored: a hash, so the table holds no addresses. */
export function clientKeyOf(address: string, form = 'intake'): string {
  return createHash('sha256').update(`samverka-${form}:${address}`).digest('hex');
}

export type RateCheck = { ok: true; count: number } | { ok: false; count: number; retryAfterSeconds: number };

/**
 * Counts this attempt in the address's current one-minute bucket (one atomic upsert, so instances
 * racing add up) and sums the buckets of the window. Refused attempts count too: hammering
 * keeps the address limited.
 */
export async function countIntakeAttempt(db: Db, address: string, form = 'intake', limit = intakeRateLimit): Promise<RateCheck> {
  const clientKey = clientKeyOf(address, form);
  await db
    .insert(intakeRateLimits)
    .values({ clientKey, windowStart: sql`date_trunc('minute', now())`, count: 1 })
    .onConflictDoUpdate({
      target: [intakeRateLimits.clientKey, intakeRateLimits.windowStart],
      set: { count: sql`${intakeRateLimits.count} + 1` },
    })
    .returning({ count: intakeRateLimits.count });
  const [row] = await db
    .select({
      count: sql<number>`coalesce(sum(${intakeRateLimits.count}), 0)::int`,
      retryAfter: sql<number>`coalesce(extract(epoch from min(${intakeRateLimits.windowStart}) + make_interval(mins => ${intakeWindowMinutes}) - now()), 0)::float8`,
    })
    .from(intakeRateLimits)
    .where(
      and(
        eq(intakeRateLimits.clientKey, clientKey),
        gt(intakeRateLimits.windowStart, sql`now() - make_interval(mins => ${intakeWindowMinutes})`),
      ),
    );
  const count = Number(row?.count ?? 0);
  if (count <= limit) return { ok: true, count };
  return { ok: false, count, retryAfterSeconds: Math.max(1, Math.ceil(Number(row?.retryAfter ?? 60))) };
}

export function tooManySubmissions(retryAfterSeconds: number): HttpProblem {
  return new HttpProblem(429, 'Too Many Requests', 'Too many submissions from this address. Wait a while and try again.', undefined, {
    'retry-after': String(retryAfterSeconds),
  });
}

/** Deletes buckets no window can reach any more; for the housekeeping. */
export async function removeOldIntakeWindows(db: Db): Promise<number> {
  const rows = await db
    .delete(intakeRateLimits)
    .where(lt(intakeRateLimits.windowStart, sql`now() - make_interval(mins => ${intakeWindowMinutes})`))
    .returning({ clientKey: intakeRateLimits.clientKey });
  return rows.length;
}

/** A reference shaped like a real one, for a honeypot hit: the robot learns nothing. Never stored. */
export function decoyReference(year: number): string {
  const sequence = 1 + (randomBytes(4).readUInt32BE(0) % 999_999);
  return `MS-${year}-${String(sequence).padStart(6, '0')}`;
}
