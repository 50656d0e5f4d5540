import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import {
  type AccountSession,
  type ChangePasswordInput,
  type ReauthenticateInput,
  reauthenticationRequiredType,
  type SecondFactorFinishInput,
} from '../../../shared/schemas/account.ts';
import type { EnrolmentStarted } from '../../../shared/schemas/auth.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { sessions, users } from '../../db/schema/identity.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { passwordFieldError } from '../../platform/password-policy.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import { badRequest, forbidden, notFound, unauthorized } from '../../platform/problems.ts';
import { replaceRecoveryCodes } from '../../platform/recovery-codes.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { verifySecondFactor } from '../../platform/second-factor.ts';
import { accountKey, addressKey, assertNotThrottled, clearFailures, recordFailure } from '../../platform/sign-in-throttle.ts';
import { openEnrolment, startEnrolment } from '../../platform/totp-enrolment.ts';
import { verifyTotp } from '../../platform/totp.ts';
import { signInFailed } from '../auth/auth.service.ts';

/** How long a proof of password and second factor lets sensitive account changes through. */
export const reauthenticationWindowMinutes = 5;
const resetPurpose = 'second-factor-reset';

export async function listMySessions(db: Db, config: Config, ctx: ActorContext): Promise<AccountSession[]> {
  const rows = await db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      method: sessions.method,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, ctx.actor.userId),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, sql`now() - make_interval(mins => ${config.sessionIdleMinutes})`),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    lastSeenAt: r.lastSeenAt.toISOString(),
    isCurrent: r.id === ctx.actor.sessionId,
  }));
}

/** Ends one of the caller's own sessions; someone else's answers 404 like one that does not exist. */
export async function revokeMySession(db: Db, ctx: ActorContext, unverifiedSessionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.id, unverifiedSessionId), eq(sessions.userId, ctx.actor.userId)))
      .returning({ id: sessions.id });
    if (ended.length === 0) throw notFound();
    await recordAudit(tx, ctx, { action: 'session.revoked', subjectId: ctx.actor.userId, details: { own: true } });
  });
}

async function loadSelf(db: Db, ctx: ActorContext) {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      passwordHash: users.passwordHash,
      totpSecret: users.totpSecret,
      totpLastStep: users.totpLastStep,
    })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  if (!user) throw unauthorized();
  return user;
}

/**
 * The password and a second-factor code again; marks the session as freshly authenticated. Wrong
 * answers count towards the same throttle as sign-in, since they guess the same secrets.
 */
export async function reauthenticate(db: Db, keyring: Keyring, ctx: ActorContext, input: ReauthenticateInput): Promise<void> {
  const keys = [accountKey(ctx.actor.email), addressKey(ctx.clientAddress)];
  await assertNotThrottled(db, keys);
  const user = await loadSelf(db, ctx);
  const isValid =
    (await verifyPassword(user.passwordHash, input.password)) &&
    (await verifySecondFactor(db, keyring, user, input.code)) !== null;
  if (!isValid) {
    await recordFailure(db, keys);
    await recordAudit(db, ctx, { action: 'auth.sign_in_failed', actorUserId: user.id, details: { step: 'reauthenticate' } });
    throw badRequest(signInFailed, [{ field: 'code', code: 'wrong_credentials', message: signInFailed }]);
  }
  await clearFailures(db, accountKey(user.email));
  await db.update(sessions).set({ authenticatedAt: sql`now()` }).where(eq(sessions.id, ctx.actor.sessionId));
  await recordAudit(db, ctx, { action: 'account.reauthenticated', subjectId: user.id });
}

/** 403 with a problem type the web app answers by asking for the password and a code again. */
export async function assertRecentlyAuthenticated(db: Db, ctx: ActorContext): Promise<void> {
  const [fresh] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(
        eq(sessions.id, ctx.actor.sessionId),
        gt(sessions.authenticatedAt, sql`now() - make_interval(mins => ${reauthenticationWindowMinutes})`),
      ),
    );
  if (!fresh) {
    throw forbidden('Confirm your password and a code first.').withType(reauthenticationRequiredType);
  }
}

/** A new password (policy-checked); every other session of the user ends. */
export async function changePassword(db: Db, ctx: ActorContext, input: ChangePasswordInput): Promise<void> {
  await assertRecentlyAuthenticated(db, ctx);
  const refusal = passwordFieldError('newPassword', input.newPassword, { email: ctx.actor.email });
  if (refusal) throw badRequest('The password cannot be used.', [refusal]);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, ctx.actor.userId));
    await tx.delete(sessions).where(and(eq(sessions.userId, ctx.actor.userId), ne(sessions.id, ctx.actor.sessionId)));
    await recordAudit(tx, ctx, { action: 'account.password_changed', subjectId: ctx.actor.userId });
  });
}

/** Starts replacing the second factor: a new secret, which counts only once confirmed by a code. */
export async function startSecondFactorReset(db: Db, keyring: Keyring, ctx: ActorContext): Promise<EnrolmentStarted> {
  await assertRecentlyAuthenticated(db, ctx);
  return startEnrolment(keyring, { purpose: resetPurpose, subject: ctx.actor.userId, email: ctx.actor.email });
}

/** Confirms the new secret with a code from it; the old one stops working. */
export async function finishSecondFactorReset(
  db: Db,
  keyring: Keyring,
  ctx: ActorContext,
  input: SecondFactorFinishInput,
): Promise<void> {
  await assertRecentlyAuthenticated(db, ctx);
  const pending = openEnrolment(keyring, input.ticket, resetPurpose, ctx.actor.userId);
  const step = await verifyTotp(pending.secret, input.code, null);
  if (step === null) {
    throw badRequest('The code is wrong.', [{ field: 'code', code: 'wrong_code', message: 'The code is wrong or too old.' }]);
  }
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: keyring.encrypt(pending.secret), totpLastStep: step, updatedAt: sql`now()` })
      .where(eq(users.id, ctx.actor.userId));
    await recordAudit(tx, ctx, { action: 'account.second_factor_reset', subjectId: ctx.actor.userId });
  });
}

/** Ten new recovery codes; the old ones stop working. */
export async function renewRecoveryCodes(db: Db, ctx: ActorContext): Promise<string[]> {
  await assertRecentlyAuthenticated(db, ctx);
  return db.transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, ctx.actor.userId);
    await recordAudit(tx, ctx, { action: 'account.recovery_codes_renewed', subjectId: ctx.actor.userId });
    return codes;
  });
}
