import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { EnrolmentStarted } from '../../../shared/schemas/auth.ts';
import type {
  AcceptExistingInput,
  AcceptFinishInput,
  AcceptStartInput,
  InvitationAccepted,
  InvitationDetails,
} from '../../../shared/schemas/invitation-acceptance.ts';
import type { Role } from '../../../shared/enums.ts';
import { inRoleOrder } from '../../../shared/role-rules.ts';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, organisations, users } from '../../db/schema/identity.ts';
import { invitations } from './invitations.schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { passwordFieldError } from '../../platform/password-policy.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import { badRequest, conflict, gone, unauthorized } from '../../platform/problems.ts';
import { replaceRecoveryCodes } from '../../platform/recovery-codes.ts';
import type { RequestContext } from '../../platform/request-context.ts';
import { verifySecondFactor } from '../../platform/second-factor.ts';
import { hashToken } from '../../platform/sessions.ts';
import {
  accountKey,
  addressKey,
  assertNotThrottled,
  clearFailures,
  invitationAddressKey,
  recordFailure,
} from '../../platform/sign-in-throttle.ts';
import { openEnrolment, startEnrolment } from '../../platform/totp-enrolment.ts';
import { verifyTotp } from '../../platform/totp.ts';
import { signInFailed } from '../auth/auth.service.ts';

const enrolmentPurpose = 'invitation';
const linkGone = () => gone('The invitation link is invalid, already used, withdrawn or expired. Ask for a new one.');

/** The open invitation behind a token; every other case (unknown, used, revoked, expired) is 410. */
async function loadOpenInvitation(db: Db | Tx, token: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      email: invitations.email,
      name: invitations.name,
      roles: invitations.roles,
      invitedByUserId: invitations.invitedByUserId,
      approvedByUserId: invitations.approvedByUserId,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
        // Not before a second administrator has approved its roles (the token is not out yet anyway).
        eq(invitations.awaitingApproval, false),
        eq(organisations.isActive, true),
      ),
    );
  return row ? { ...row, roles: row.roles as Role[] } : undefined;
}

/**
 * Guessing tokens is throttled per client address in the shared throttle table; a 256-bit token
 * cannot be guessed anyway, but the limit keeps the endpoint from being used as an oracle at scale.
 */
async function openInvitationOrThrottle(db: Db, ctx: RequestContext, token: string) {
  const key = invitationAddressKey(ctx.clientAddress);
  await assertNotThrottled(db, [key]);
  const invitation = await loadOpenInvitation(db, token);
  if (!invitation) {
    await recordFailure(db, [key]);
    throw linkGone();
  }
  return invitation;
}

async function accountExists(db: Db | Tx, email: string): Promise<boolean> {
  return (await db.$count(users, eq(users.email, email))) > 0;
}

export async function inspectInvitation(db: Db, ctx: RequestContext, token: string): Promise<InvitationDetails> {
  const invitation = await openInvitationOrThrottle(db, ctx, token);
  return {
    organisationName: invitation.organisationName,
    name: invitation.name,
    email: invitation.email,
    roles: invitation.roles,
    expiresAt: invitation.expiresAt.toISOString(),
    hasAccount: await accountExists(db, invitation.email),
  };
}

/**
 * Someone without an account, first step: the password (policy-checked) and a new TOTP secret to add to their
 * app. Nothing is stored; the choices travel sealed in the enrolment ticket until a code confirms.
 */
export async function startAcceptance(db: Db, keyring: Keyring, ctx: RequestContext, input: AcceptStartInput): Promise<EnrolmentStarted> {
  const invitation = await openInvitationOrThrottle(db, ctx, input.token);
  if (await accountExists(db, invitation.email)) throw conflict('You already have an account. Confirm it instead.');
  const refusal = passwordFieldError('password', input.password, { email: invitation.email });
  if (refusal) throw badRequest('The password cannot be used.', [refusal]);
  return startEnrolment(keyring, {
    purpose: enrolmentPurpose,
    subject: invitation.id,
    email: invitation.email,
    passwordHash: await hashPassword(input.password),
  });
}

/** Marks the invitation used, once: two racing requests cannot both accept it. */
async function markAccepted(tx: Tx, invitationId: string): Promise<void> {
  const taken = await tx
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, sql`now()`)))
    .returning({ id: invitations.id });
  if (taken.length === 0) throw linkGone();
}

/**
 * Someone without an account, second step: the first code proves the app holds the secret. Creates the
 * account with the invitation's name and e-mail, its membership with the invitation's roles, and
 * ten recovery codes to show once.
 */
export async function finishAcceptance(
  db: Db,
  keyring: Keyring,
  ctx: RequestContext,
  input: AcceptFinishInput,
): Promise<InvitationAccepted> {
  const invitation = await openInvitationOrThrottle(db, ctx, input.token);
  const pending = openEnrolment(keyring, input.ticket, enrolmentPurpose, invitation.id);
  const step = await verifyTotp(pending.secret, input.code, null);
  if (step === null) {
    throw badRequest('The code is wrong.', [{ field: 'code', code: 'wrong_code', message: 'The code is wrong or too old.' }]);
  }
  const recoveryCodes = await db.transaction(async (tx) => {
    await markAccepted(tx, invitation.id);
    if (await accountExists(tx, invitation.email)) throw conflict('You already have an account. Confirm it instead.');
    const [user] = await tx
      .insert(users)
      .values({
        email: invitation.email,
        name: invitation.name,
        passwordHash: pending.passwordHash,
        passwordChangedAt: sql`now()`,
        totpSecret: keyring.encrypt(pending.secret),
        totpLastStep: step,
      })
      .returning({ id: users.id });
    await tx.insert(memberships).values({ userId: user!.id, organisationId: invitation.organisationId, roles: invitation.roles });
    const codes = await replaceRecoveryCodes(tx, user!.id);
    await recordAudit(tx, ctx, {
      action: 'invitation.accepted',
      subjectId: invitation.id,
      actorUserId: user!.id,
      details: { organisationId: invitation.organisationId, roles: invitation.roles, before: [], after: invitation.roles, userId: user!.id, newAccount: true },
    });
    return codes;
  });
  return { organisationName: invitation.organisationName, recoveryCodes };
}

/**
 * Someone who already has an account joins the organisation by proving it: password and a code,
 * throttled like a sign-in. Roles they already hold there are kept and the invitation's added.
 */
export async function acceptWithExistingAccount(
  db: Db,
  keyring: Keyring,
  ctx: RequestContext,
  input: AcceptExistingInput,
): Promise<InvitationAccepted> {
  const invitation = await openInvitationOrThrottle(db, ctx, input.token);
  const keys = [accountKey(invitation.email), addressKey(ctx.clientAddress)];
  await assertNotThrottled(db, keys);
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, totpSecret: users.totpSecret, totpLastStep: users.totpLastStep })
    .from(users)
    .where(and(eq(users.email, invitation.email), eq(users.isActive, true)));
  const isValid =
    (await verifyPassword(user?.passwordHash, input.password)) &&
    user !== undefined &&
    (await verifySecondFactor(db, keyring, user, input.code)) !== null;
  if (!user || !isValid) {
    await recordFailure(db, keys);
    await recordAudit(db, ctx, { action: 'auth.sign_in_failed', actorUserId: user?.id, details: { step: 'invitation' } });
    throw unauthorized(signInFailed);
  }
  await clearFailures(db, accountKey(invitation.email));
  // Defence in depth: the address was never the inviter's or the approver's, so neither can be the one accepting.
  if (user.id === invitation.invitedByUserId || user.id === invitation.approvedByUserId) throw linkGone();
  await db.transaction(async (tx) => {
    await markAccepted(tx, invitation.id);
    const [existing] = await tx
      .select({ roles: memberships.roles })
      .from(memberships)
      .where(and(eq(memberships.userId, user.id), eq(memberships.organisationId, invitation.organisationId)))
      .for('update');
    const before = (existing?.roles ?? []) as Role[];
    const after = inRoleOrder([...before, ...invitation.roles]);
    await tx
      .insert(memberships)
      .values({ userId: user.id, organisationId: invitation.organisationId, roles: after })
      .onConflictDoUpdate({ target: [memberships.userId, memberships.organisationId], set: { roles: after } });
    await recordAudit(tx, ctx, {
      action: 'invitation.accepted',
      subjectId: invitation.id,
      actorUserId: user.id,
      details: { organisationId: invitation.organisationId, roles: invitation.roles, before, after, userId: user.id, newAccount: false },
    });
  });
  return { organisationName: invitation.organisationName, recoveryCodes: [] };
}
