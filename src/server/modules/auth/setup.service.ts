import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { EnrolmentStarted, SetupFinishInput, SetupInput } from '../../../shared/schemas/auth.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { memberships, organisations, setupTokens, users } from '../../db/schema/identity.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { passwordFieldError } from '../../platform/password-policy.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { badRequest, gone } from '../../platform/problems.ts';
import { replaceRecoveryCodes } from '../../platform/recovery-codes.ts';
import type { RequestContext } from '../../platform/request-context.ts';
import { hashToken, newToken } from '../../platform/sessions.ts';
import { openEnrolment, startEnrolment } from '../../platform/totp-enrolment.ts';
import { verifyTotp } from '../../platform/totp.ts';
import { hasAnyUser } from './auth.service.ts';

const setupLinkLifetimeMs = 3_600_000;
const setupLockKey = 7_346_202;
const enrolmentPurpose = 'setup';

/**
 * While nobody has an account, makes a fresh one-time setup link (valid one hour) and voids older
 * ones; returns null once an administrator exists. The token sits in the URL fragment, which
 * browsers never send to a server or put in a Referer.
 */
export async function openSetupLink(db: Db, config: Config): Promise<string | null> {
  if (await hasAnyUser(db)) return null;
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.delete(setupTokens).where(isNull(setupTokens.usedAt));
    await tx
      .insert(setupTokens)
      .values({ tokenHash: hashToken(token), expiresAt: new Date(Date.now() + setupLinkLifetimeMs) });
  });
  return `${config.publicUrl}/setup#token=${token}`;
}

const linkGone = () => gone('The setup link is invalid or has expired. Restart Samverka for a new one.');

async function assertLinkOpen(db: Db, token: string): Promise<void> {
  if (await hasAnyUser(db)) throw gone('Setup is already done. Sign in instead.');
  const [link] = await db
    .select({ tokenHash: setupTokens.tokenHash })
    .from(setupTokens)
    .where(and(eq(setupTokens.tokenHash, hashToken(token)), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, sql`now()`)));
  if (!link) throw linkGone();
}

/**
 * The first step of setup: checks the link and the chosen password, and starts the second-factor
 * enrolment. Nothing is stored yet; the choices travel sealed in the enrolment ticket.
 */
export async function startSetup(db: Db, keyring: Keyring, input: SetupInput): Promise<EnrolmentStarted> {
  await assertLinkOpen(db, input.token);
  const refusal = passwordFieldError('password', input.password, { email: input.email });
  if (refusal) throw badRequest('The password cannot be used.', [refusal]);
  return startEnrolment(keyring, {
    purpose: enrolmentPurpose,
    subject: hashToken(input.token),
    email: input.email,
    passwordHash: await hashPassword(input.password),
    details: { organisationName: input.organisationName, name: input.name },
  });
}

/**
 * The second step: the first code from the authenticator app proves the enrolment; then the
 * organisation and its administrator are created, and ten recovery codes returned to show once.
 */
export async function finishSetup(db: Db, keyring: Keyring, ctx: RequestContext, input: SetupFinishInput): Promise<string[]> {
  const pending = openEnrolment(keyring, input.ticket, enrolmentPurpose, hashToken(input.token));
  const step = await verifyTotp(pending.secret, input.code, null);
  if (step === null) {
    throw badRequest('The code is wrong.', [{ field: 'code', code: 'wrong_code', message: 'The code is wrong or too old.' }]);
  }
  return db.transaction(async (tx) => {
    // Two people racing with the same link: the second waits here, then finds it used.
    await tx.execute(sql`select pg_advisory_xact_lock(${setupLockKey})`);
    const [existing] = await tx.select({ id: users.id }).from(users).limit(1);
    if (existing) throw gone('Setup is already done. Sign in instead.');
    const used = await tx
      .update(setupTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(eq(setupTokens.tokenHash, hashToken(input.token)), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, sql`now()`)),
      )
      .returning({ tokenHash: setupTokens.tokenHash });
    if (used.length === 0) throw linkGone();

    const [organisation] = await tx
      .insert(organisations)
      .values({ name: pending.details?.organisationName ?? 'Samverka', type: 'national_agency', regionCode: null })
      .returning({ id: organisations.id });
    const [user] = await tx
      .insert(users)
      .values({
        email: pending.email,
        name: pending.details?.name ?? pending.email,
        passwordHash: pending.passwordHash,
        passwordChangedAt: sql`now()`,
        totpSecret: keyring.encrypt(pending.secret),
        totpLastStep: step,
      })
      .returning({ id: users.id });
    await tx.insert(memberships).values({
      userId: user!.id,
      organisationId: organisation!.id,
      // Separation of duties: the administrator runs the system and sees no case content.
      roles: ['system_admin', 'org_admin'],
    });
    const codes = await replaceRecoveryCodes(tx, user!.id);
    await recordAudit(tx, ctx, { action: 'setup.completed', subjectId: user!.id, actorUserId: user!.id });
    return codes;
  });
}
