import type { FastifyBaseLogger } from 'fastify';
import { type SQL, and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import type { Invitation, InvitationCreateInput, InvitationList, InvitationSent } from '../../../shared/schemas/admin.ts';
import type { Config } from '../../config.ts';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, users } from '../../db/schema/identity.ts';
import { invitations } from './invitations.schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Mailer } from '../../platform/mail.ts';
import { conflict, notFound } from '../../platform/problems.ts';
import type { Actor } from '../../platform/actor.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { hashToken, newToken } from '../../platform/sessions.ts';
import { needsApproval } from '../../../shared/role-rules.ts';
import { notifyAboutRoles } from '../notifications/account-notifications.service.ts';
import { findOrganisationById } from '../organisations/organisations.service.ts';
import { loadGrantPlace } from '../members/grant-place.service.ts';
import { type GrantPlace, approvalRefusal, grantRefusal } from '../members/members.policy.ts';
import { roleChangeRefused, withRefusalsAudited } from '../../platform/audited-refusal.ts';
import { approversOf } from '../members/role-requests.service.ts';
import { invitationHours, invitationLink, invitationMessage } from './invitation-mail.ts';
import { invitationScope } from './invitations.policy.ts';

export interface InvitationDeps {
  db: Db;
  config: Config;
  /** Notifications about roles are e-mailed too (SMTP configured). */
  emailNotifications: boolean;
  /** null when no SMTP server is configured. */
  mailer: Mailer | null;
  log: FastifyBaseLogger;
}

const columns = {
  id: invitations.id,
  organisationId: invitations.organisationId,
  name: invitations.name,
  email: invitations.email,
  roles: sql<Role[]>`${invitations.roles}`,
  invitedByUserId: invitations.invitedByUserId,
  invitedByName: users.name,
  awaitingApproval: invitations.awaitingApproval,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
};
export interface InvitationRow {
  id: string;
  organisationId: string;
  name: string;
  email: string;
  roles: Role[];
  invitedByUserId: string;
  invitedByName: string;
  awaitingApproval: boolean;
  createdAt: Date;
  expiresAt: Date;
}

/** An invitation as a grant of roles waiting for approval, for the second pair of eyes. */
export const approvalFacts = (row: InvitationRow, place: GrantPlace) => ({
  requestedByUserId: row.invitedByUserId,
  place,
  grantee: { userId: null, email: row.email },
  roles: row.roles,
});

function present(actor: Actor, place: GrantPlace, row: InvitationRow): Invitation {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.roles,
    invitedByName: row.invitedByName,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    isExpired: row.expiresAt.getTime() <= Date.now(),
    awaitingApproval: row.awaitingApproval,
    can: {
      approve: row.awaitingApproval && approvalRefusal(actor, approvalFacts(row, place)) === null,
      resend: !row.awaitingApproval,
      revoke: true,
    },
  };
}

/** Neither accepted nor revoked; an expired one still counts, so it can be sent again. */
const isOpen = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

export async function findOpen(db: Db | Tx, scope: SQL, where: SQL): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(and(where, isOpen, scope));
  return row;
}

export const expiry = () => new Date(Date.now() + invitationHours * 3_600_000);

/** Every open invitation waiting for approval, oldest first: for `samverka roles pending` on the server. */
export async function listInvitationsAwaitingApproval(db: Db): Promise<InvitationRow[]> {
  return db
    .select(columns)
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(and(isOpen, eq(invitations.awaitingApproval, true)))
    .orderBy(invitations.createdAt, invitations.id);
}

export async function listOpenInvitations(db: Db, ctx: ActorContext, unverifiedOrganisationId: string): Promise<InvitationList> {
  const organisation = await loadGrantPlace(db, ctx, unverifiedOrganisationId);
  const rows = await db
    .select(columns)
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(and(eq(invitations.organisationId, organisation.id), isOpen, invitationScope(ctx.actor)))
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
  await recordAudit(db, ctx, {
    action: 'invitation.list',
    subjectId: organisation.id,
    details: { invitationIds: rows.map((r) => r.id) },
  });
  return { items: rows.map((row) => present(ctx.actor, organisation, row)) };
}

/**
 * Invites a new member to an organisation the actor administers, under the separation-of-duties rule
 * (members.policy.ts): never oneself, only roles that belong in the organisation's kind and that
 * the actor may grant. An invitation with a role that opens case content, audit or administration
 * is not sent until a second administrator approves it. An address that already has an account
 * is fine (accepting adds a membership); one already a member, or already invited and waiting,
 * is a conflict. A refused invitation is recorded and stores nothing.
 */
export async function createInvitation(
  deps: InvitationDeps,
  ctx: ActorContext,
  unverifiedOrganisationId: string,
  input: InvitationCreateInput,
): Promise<InvitationSent> {
  const { db } = deps;
  const token = newToken();
  const { row, place, organisationName } = await withRefusalsAudited(db, ctx, async (tx) => {
    const place = await loadGrantPlace(tx, ctx, unverifiedOrganisationId);
    for (const role of input.roles) {
      const refusal = grantRefusal(ctx.actor, place, { userId: null, email: input.email }, role);
      if (refusal) {
        throw roleChangeRefused(refusal, {
          action: 'invitation.refused',
          subjectId: place.id,
          details: { organisationId: place.id, roles: input.roles, refusal },
        });
      }
    }
    const organisation = (await findOrganisationById(tx, place.id))!;
    if (!organisation.isActive) throw conflict('The organisation is deactivated.');
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(users.email, input.email), eq(memberships.organisationId, place.id)));
    if (member) throw conflict('This address already belongs to a member of the organisation.');
    const pending = await findOpen(tx, sql`true`, and(eq(invitations.organisationId, place.id), eq(invitations.email, input.email))!);
    if (pending) throw conflict('This address is already invited; send the invitation again instead.');
    const awaitingApproval = input.roles.some(needsApproval);
    const [created] = await tx
      .insert(invitations)
      .values({
        organisationId: place.id,
        email: input.email,
        name: input.name,
        roles: input.roles,
        // Waiting for approval, the stored token is one nobody ever receives.
        tokenHash: hashToken(awaitingApproval ? newToken() : token),
        invitedByUserId: ctx.actor.userId,
        expiresAt: expiry(),
        awaitingApproval,
      })
      .returning({ id: invitations.id });
    await recordAudit(tx, ctx, {
      action: 'invitation.created',
      subjectId: created!.id,
      details: { organisationId: place.id, roles: input.roles, awaitingApproval },
    });
    if (awaitingApproval) {
      const approvers = await approversOf(tx, place, input.roles, { userIds: [ctx.actor.userId], email: input.email });
      await notifyAboutRoles(tx, { kind: 'role_request_pending', organisationId: place.id, requestId: created!.id, recipients: approvers }, deps.emailNotifications);
    }
    return { row: (await findOpen(tx, sql`true`, eq(invitations.id, created!.id)))!, place, organisationName: organisation.name };
  });
  if (row.awaitingApproval) return { invitation: present(ctx.actor, place, row), emailed: false, link: null };
  return deliver(deps, ctx, place, row, organisationName, token);
}

/** A fresh link for an open invitation (the old one stops working), valid another 72 hours. */
export async function resendInvitation(
  deps: InvitationDeps,
  ctx: ActorContext,
  organisationId: string,
  unverifiedInvitationId: string,
): Promise<InvitationSent> {
  const { db } = deps;
  const token = newToken();
  const { row, place, organisationName } = await db.transaction(async (tx) => {
    const { place, found } = await loadOpen(tx, ctx, organisationId, unverifiedInvitationId);
    if (found.awaitingApproval) throw conflict('The invitation waits for a second administrator to approve it.');
    const organisation = await findOrganisationById(tx, found.organisationId);
    if (!organisation?.isActive) throw conflict('The organisation is deactivated.');
    await tx
      .update(invitations)
      .set({ tokenHash: hashToken(token), expiresAt: expiry() })
      .where(eq(invitations.id, found.id));
    await recordAudit(tx, ctx, { action: 'invitation.resent', subjectId: found.id, details: { organisationId: place.id } });
    return { row: (await findOpen(tx, sql`true`, eq(invitations.id, found.id)))!, place, organisationName: organisation.name };
  });
  return deliver(deps, ctx, place, row, organisationName, token);
}

export async function loadOpen(tx: Tx, ctx: ActorContext, unverifiedOrganisationId: string, unverifiedInvitationId: string) {
  const place = await loadGrantPlace(tx, ctx, unverifiedOrganisationId);
  const found = await findOpen(
    tx,
    invitationScope(ctx.actor),
    and(eq(invitations.id, unverifiedInvitationId), eq(invitations.organisationId, place.id))!,
  );
  if (!found) throw notFound('No such invitation.');
  return { place, found };
}

export async function revokeInvitation(db: Db, ctx: ActorContext, organisationId: string, unverifiedInvitationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { place, found } = await loadOpen(tx, ctx, organisationId, unverifiedInvitationId);
    await tx.update(invitations).set({ revokedAt: sql`now()` }).where(eq(invitations.id, found.id));
    await recordAudit(tx, ctx, { action: 'invitation.revoked', subjectId: found.id, details: { organisationId: place.id } });
  });
}

/**
 * E-mails the link when SMTP is configured; otherwise, or when sending fails, hands it back once
 * for the inviting admin to pass on. The address and link are never logged.
 */
export async function deliver(
  deps: InvitationDeps,
  ctx: ActorContext,
  place: GrantPlace,
  row: InvitationRow,
  organisationName: string,
  token: string,
): Promise<InvitationSent> {
  const link = invitationLink(deps.config.publicUrl, token);
  if (deps.mailer) {
    try {
      await deps.mailer.send(invitationMessage(row.email, organisationName, link));
      return { invitation: present(ctx.actor, place, row), emailed: true, link: null };
    } catch (error) {
      deps.log.warn({ invitationId: row.id, reason: error instanceof Error ? error.name : 'unknown' }, 'invitation e-mail not sent');
    }
  }
  return { invitation: present(ctx.actor, place, row), emailed: false, link };
}

/** The names invitations were sent to, by invitation id (for the log of role changes). */
export async function findInvitationNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: invitations.id, name: invitations.name }).from(invitations).where(inArray(invitations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
