import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { users } from '../db/schema/identity.ts';
import type { Keyring } from './crypto.ts';
import { consumeRecoveryCode } from './recovery-codes.ts';
import { looksLikeTotp, verifyTotp } from './totp.ts';

export type SecondFactorMethod = 'totp' | 'recovery_code';

/**
 * Checks a TOTP code, or else a recovery code, of the user. A TOTP step is taken with a
 * conditional update, so the same code cannot be used twice, even by two requests at once on two
 * instances; a recovery code is used up the same way. Returns how the user proved it, or null.
 */
export async function verifySecondFactor(
  db: Db | Tx,
  keyring: Keyring,
  user: { id: string; totpSecret: string | null; totpLastStep: number | null },
  code: string,
): Promise<SecondFactorMethod | null> {
  if (!user.totpSecret) return null;
  if (looksLikeTotp(code)) {
    const step = await verifyTotp(keyring.decrypt(user.totpSecret), code, user.totpLastStep);
    if (step === null) return null;
    const taken = await db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    return taken.length > 0 ? 'totp' : null;
  }
  return (await consumeRecoveryCode(db, user.id, code)) ? 'recovery_code' : null;
}
