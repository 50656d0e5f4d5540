import type { FastifyBaseLogger } from 'fastify';
import { type SQL, and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import type { Invitation, InvitationCreateInput, InvitationList, InvitationSent } from '../../../shared/schemas/admin.ts';
import type { Config } from '../../config.ts';
import type { Db, Tx } from '../../db/client.ts';
import { invitations, memberships, users } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Mailer } from '../../platform/mail.ts';
import { conflict, forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { hashToken, newToken } from '../../platform/sessions.ts';
import { organisationScope } from '../organisations/organisations.policy.ts';
import { findOrganisation } from '../organisations/organisations.queries.ts';
import { invitationHours, invitationLink, invitationMessage } from './invitation-mail.ts';
import { canInviteWithRoles, invitationScope } from './invitations.policy.ts';

export interface InvitationDeps {
  db: Db;
  config: Config;
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
  invitedByName: users.name,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
};
interface InvitationRow {
  id: string;
  organisationId: string;
  name: string;
  email: string;
  roles: Role[];
  invitedByName: string;
  createdAt: Date;
  expiresAt: Date;
}

function present(row: InvitationRow): Invitation {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.roles,
    invitedByName: row.invitedByName,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    isExpired: row.expiresAt.getTime() <= Date.now(),
  };
}

/** Neither accepted nor revoked; an expired one still counts, so it can be sent again. */
const isOpen = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

async function findOpen(db: Db | Tx, scope: SQL, where: SQL): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(and(where, isOpen, scope));
  return row;
}

const expiry = () => new Date(Date.now() + invitationHours * 3_600_000);

export async function listOpenInvitations(db: Db, ctx: ActorContext, unverifiedOrganisationId: string): Promise<InvitationList> {
  const organisation = await findOrganisation(db, organisationScope(ctx.actor), unverifiedOrganisationId);
  if (!organisation) throw notFound('No such organisation.');
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
  return { items: rows.map(present) };
}

/**
 * Invites a person to an organisation the actor administers. An address that already has an
 * account is fine (accepting adds a membership); one already a member, or already invited and
 * waiting, is a conflict.
 */
export async function createInvitation(
  deps: InvitationDeps,
  ctx: ActorContext,
  unverifiedOrganisationId: string,
  input: InvitationCreateInput,
): Promise<InvitationSent> {
  const { db } = deps;
  const token = newToken();
  const { row, organisationName } = await db.transaction(async (tx) => {
    const organisation = await findOrganisation(tx, organisationScope(ctx.actor), unverifiedOrganisationId);
    if (!organisation) throw notFound('No such organisation.');
    if (!canInviteWithRoles(ctx.actor, input.roles)) {
      throw forbidden('Only a system administrator grants the system administrator role.');
    }
    if (!organisation.isActive) throw conflict('The organisation is deactivated.');
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(users.email, input.email), eq(memberships.organisationId, organisation.id)));
    if (member) throw conflict('This person is already a member of the organisation.');
    const pending = await findOpen(
      tx,
      sql`true`,
      and(eq(invitations.organisationId, organisation.id), eq(invitations.email, input.email))!,
    );
    if (pending) throw conflict('This person is already invited; send the invitation again instead.');
    const [created] = await tx
      .insert(invitations)
      .values({
        organisationId: organisation.id,
        email: input.email,
        name: input.name,
        roles: input.roles,
        tokenHash: hashToken(token),
        invitedByUserId: ctx.actor.userId,
        expiresAt: expiry(),
      })
      .returning({ id: invitations.id });
    await recordAudit(tx, ctx, {
      action: 'invitation.created',
      subjectId: created!.id,
      details: { organisationId: organisation.id, roles: input.roles },
    });
    return { row: (await findOpen(tx, sql`true`, eq(invitations.id, created!.id)))!, organisationName: organisation.name };
  });
  return deliver(deps, row, organisationName, token);
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
  const { row, organisationName } = await db.transaction(async (tx) => {
    const found = await findOpen(
      tx,
      invitationScope(ctx.actor),
      and(eq(invitations.id, unverifiedInvitationId), eq(invitations.organisationId, organisationId))!,
    );
    if (!found) throw notFound('No such invitation.');
    const organisation = await findOrganisation(tx, sql`true`, found.organisationId);
    if (!organisation?.isActive) throw conflict('The organisation is deactivated.');
    await tx
      .update(invitations)
      .set({ tokenHash: hashToken(token), expiresAt: expiry() })
      .where(eq(invitations.id, found.id));
    await recordAudit(tx, ctx, { action: 'invitation.resent', subjectId: found.id, details: { organisationId } });
    return { row: (await findOpen(tx, sql`true`, eq(invitations.id, found.id)))!, organisationName: organisation.name };
  });
  return deliver(deps, row, organisationName, token);
}

export async function revokeInvitation(db: Db, ctx: ActorContext, organisationId: string, unverifiedInvitationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const found = await findOpen(
      tx,
      invitationScope(ctx.actor),
      and(eq(invitations.id, unverifiedInvitationId), eq(invitations.organisationId, organisationId))!,
    );
    if (!found) throw notFound('No such invitation.');
    await tx.update(invitations).set({ revokedAt: sql`now()` }).where(eq(invitations.id, found.id));
    await recordAudit(tx, ctx, { action: 'invitation.revoked', subjectId: found.id, details: { organisationId } });
  });
}

/**
 * E-mails the link when SMTP is configured; otherwise, or when sending fails, hands it back once
 * for the inviting admin to pass on. The address and link are never logged.
 */
async function deliver(deps: InvitationDeps, row: InvitationRow, organisationName: string, token: string): Promise<InvitationSent> {
  const link = invitationLink(deps.config.publicUrl, token);
  if (deps.mailer) {
    try {
      await deps.mailer.send(invitationMessage(row.email, organisationName, link));
      return { invitation: present(row), emailed: true, link: null };
    } catch (error) {
      deps.log.warn({ invitationId: row.id, reason: error instanceof Error ? error.name : 'unknown' }, 'invitation e-mail not sent');
    }
  }
  return { invitation: present(row), emailed: false, link };
}
