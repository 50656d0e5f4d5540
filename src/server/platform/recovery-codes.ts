import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { recoveryCodes } from '../db/schema/identity.ts';

export const recoveryCodeCount = 10;
/** Crockford's base32: no I, L, O or U, so codes survive being read aloud or written down. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * One code: 16 random base32 characters (80 bits) shown as XXXX-XXXX-XXXX-XXXX. At 80 bits a
 * stolen table cannot be brute-forced even at billions of SHA-256 per second, so a plain SHA-256
 * is enough, unlike for passwords; it also lets the database find and consume a code in one
 * conditional UPDATE instead of running argon2 against every stored code.
 */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Upper-cased, separators dropped, and the look-alikes Crockford maps (O→0, I/L→1). */
export function normaliseRecoveryCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
}

/** Replaces the user's recovery codes with ten new ones and returns them, to be shown once. */
export async function replaceRecoveryCodes(db: Db | Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

/** Uses up one unused code of the user; true when it was theirs and unused. Atomic. */
export async function consumeRecoveryCode(db: Db | Tx, userId: string, code: string): Promise<boolean> {
  if (normaliseRecoveryCode(code).length !== 16) return false;
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(
      and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)),
    )
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}

export async function countUnusedRecoveryCodes(db: Db | Tx, userId: string): Promise<number> {
  return db.$count(recoveryCodes, and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
}
