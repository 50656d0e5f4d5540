import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { SecondFactorInput, SignInInput } from '../../../shared/schemas/auth.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { pendingSignIns, users } from '../../db/schema/identity.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { verifyPassword } from '../../platform/passwords.ts';
import { unauthorized } from '../../platform/problems.ts';
import type { ActorContext, RequestContext } from '../../platform/request-context.ts';
import { verifySecondFactor } from '../../platform/second-factor.ts';
import { createSession, endSession, hashToken, newToken } from '../../platform/sessions.ts';
import {
  accountKey,
  addressKey,
  assertNotThrottled,
  clearFailures,
  recordFailure,
} from '../../platform/sign-in-throttle.ts';

/** One message for every failure, so a guesser learns nothing about which part was wrong. */
export const signInFailed = 'The e-mail address, password or code is wrong.';
/** How long the second step may wait after a correct password, and how many codes it may try. */
export const pendingSignInSeconds = 5 * 60;
const pendingSignInAttempts = 5;

/**
 * The first step: checks the password, and when it is right opens a short pending sign-in that
 * waits for the second factor; returns its token for a cookie. No session exists yet. An account
 * without an enrolled second factor cannot sign in with a password at all.
 */
export async function startSignIn(db: Db, ctx: RequestContext, input: SignInInput): Promise<string> {
  const keys = [accountKey(input.email), addressKey(ctx.clientAddress)];
  await assertNotThrottled(db, keys);
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, totpSecret: users.totpSecret })
    .from(users)
    .where(and(eq(users.email, input.email), eq(users.isActive, true)));
  const isValid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !isValid || !user.totpSecret) {
    await recordFailure(db, keys);
    // The address typed is not recorded: it may be someone's password typed in the wrong field.
    await recordAudit(db, ctx, { action: 'auth.sign_in_failed', actorUserId: user?.id, details: { step: 'password' } });
    throw unauthorized(signInFailed);
  }
  const token = newToken();
  await db.transaction(async (tx) => {
    // One pending sign-in per user: a new password step replaces the old one; stale ones go too.
    await tx.delete(pendingSignIns).where(sql`${pendingSignIns.userId} = ${user.id} or ${lt(pendingSignIns.expiresAt, sql`now()`)}`);
    await tx.insert(pendingSignIns).values({
      id: hashToken(token),
      userId: user.id,
      expiresAt: sql`now() + make_interval(secs => ${pendingSignInSeconds})`,
    });
  });
  return token;
}

/**
 * The second step: a TOTP code or a recovery code for the pending sign-in. On success the pending
 * sign-in is gone and a new session (a new token every time) takes its place, and any session the
 * browser came with is ended, so an id planted before sign-in is worth nothing after it.
 */
export async function finishSignIn(
  db: Db,
  keyring: Keyring,
  config: Config,
  ctx: RequestContext & { userAgent?: string },
  pendingToken: string | undefined,
  input: SecondFactorInput,
): Promise<string> {
  if (!pendingToken) throw unauthorized(signInFailed);
  const pendingId = hashToken(pendingToken);
  // Counting the attempt first, in one statement, keeps parallel guesses within the limit.
  const [pending] = await db
    .update(pendingSignIns)
    .set({ attempts: sql`${pendingSignIns.attempts} + 1` })
    .where(and(eq(pendingSignIns.id, pendingId), gt(pendingSignIns.expiresAt, sql`now()`)))
    .returning({ userId: pendingSignIns.userId, attempts: pendingSignIns.attempts });
  if (!pending) throw unauthorized(signInFailed);
  const [user] = await db
    .select({ id: users.id, email: users.email, totpSecret: users.totpSecret, totpLastStep: users.totpLastStep })
    .from(users)
    .where(and(eq(users.id, pending.userId), eq(users.isActive, true)));
  if (!user) throw unauthorized(signInFailed);
  const keys = [accountKey(user.email), addressKey(ctx.clientAddress)];
  await assertNotThrottled(db, keys);

  const method = pending.attempts <= pendingSignInAttempts ? await verifySecondFactor(db, keyring, user, input.code) : null;
  if (!method) {
    await recordFailure(db, keys);
    if (pending.attempts >= pendingSignInAttempts) await db.delete(pendingSignIns).where(eq(pendingSignIns.id, pendingId));
    await recordAudit(db, ctx, { action: 'auth.sign_in_failed', actorUserId: user.id, details: { step: 'second_factor' } });
    throw unauthorized(signInFailed);
  }
  await db.delete(pendingSignIns).where(eq(pendingSignIns.id, pendingId));
  await clearFailures(db, accountKey(user.email));
  if (ctx.actor) await endSession(db, ctx.actor.sessionId);
  const token = await createSession(db, user.id, config, 'password', {
    clientAddress: ctx.clientAddress,
    userAgent: ctx.userAgent,
  });
  await recordAudit(db, ctx, { action: 'auth.sign_in', subjectId: user.id, actorUserId: user.id, details: { secondFactor: method } });
  if (method === 'recovery_code') {
    await recordAudit(db, ctx, { action: 'auth.recovery_code_used', subjectId: user.id, actorUserId: user.id });
  }
  return token;
}

export async function signOut(db: Db, ctx: ActorContext): Promise<void> {
  await db.transaction(async (tx) => {
    await endSession(tx, ctx.actor.sessionId);
    await recordAudit(tx, ctx, { action: 'auth.sign_out', subjectId: ctx.actor.userId });
  });
}

export async function hasAnyUser(db: Db): Promise<boolean> {
  const result = await db.execute(sql`select exists (select 1 from users) as found`);
  return result.rows[0]?.found === true;
}
