import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { invitations } from './invitations.schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import { conflict } from '../../platform/problems.ts';
import type { ActorContext, RequestContext } from '../../platform/request-context.ts';
import { hashToken, newToken } from '../../platform/sessions.ts';
import type { InvitationSent } from '../../../shared/schemas/admin.ts';
import { notifyAboutRoles } from '../notifications/account-notifications.service.ts';
import { findOrganisationById } from '../organisations/organisations.service.ts';
import { approvalRefusal } from '../members/members.policy.ts';
import { roleChangeRefused, withRefusalsAudited } from '../../platform/audited-refusal.ts';
import { type InvitationDeps, type InvitationRow, approvalFacts, deliver, expiry, findOpen, loadOpen } from './invitations.service.ts';

/** The second pair of eyes on an invitation waiting for approval; refusals are recorded. */
async function loadForDecision(tx: Tx, ctx: ActorContext, organisationId: string, invitationId: string, decision: 'approve' | 'reject') {
  const { place, found } = await loadOpen(tx, ctx, organisationId, invitationId);
  if (!found.awaitingApproval) throw conflict('The invitation does not wait for approval.');
  const refusal = approvalRefusal(ctx.actor, approvalFacts(found, place));
  if (refusal) {
    throw roleChangeRefused(refusal, {
      action: 'invitation.refused',
      subjectId: place.id,
      details: { organisationId: place.id, invitationId: found.id, attempted: decision, roles: found.roles, refusal },
    });
  }
  return { place, found };
}

/**
 * Lets an invitation waiting for approval go out: it gets the real token (whose hash is stored)
 * and a fresh 72 hours, and the one who invited is told. The caller has made sure the approver may.
 */
export async function releaseInvitation(tx: Tx, ctx: RequestContext, emailed: boolean, found: InvitationRow, token: string): Promise<void> {
  const organisation = await findOrganisationById(tx, found.organisationId);
  if (!organisation?.isActive) throw conflict('The organisation is deactivated.');
  await tx
    .update(invitations)
    .set({ awaitingApproval: false, approvedByUserId: ctx.actor?.userId ?? null, approvedAt: sql`now()`, tokenHash: hashToken(token), expiresAt: expiry() })
    .where(eq(invitations.id, found.id));
  await recordAudit(tx, ctx, { action: 'invitation.approved', subjectId: found.id, details: { organisationId: found.organisationId, roles: found.roles } });
  await notifyAboutRoles(
    tx,
    { kind: 'role_request_approved', organisationId: found.organisationId, requestId: found.id, recipients: [found.invitedByUserId] },
    emailed,
  );
}

/**
 * A second administrator approves an invitation: its link is e-mailed (or shown once to the
 * approver to hand over).
 */
export async function approveInvitation(deps: InvitationDeps, ctx: ActorContext, organisationId: string, invitationId: string): Promise<InvitationSent> {
  const token = newToken();
  const { row, place } = await withRefusalsAudited(deps.db, ctx, async (tx) => {
    const { place, found } = await loadForDecision(tx, ctx, organisationId, invitationId, 'approve');
    await releaseInvitation(tx, ctx, deps.emailNotifications, found, token);
    return { row: (await findOpen(tx, sql`true`, eq(invitations.id, found.id)))!, place };
  });
  return deliver(deps, ctx, place, row, place.name, token);
}

/** A second administrator rejects an invitation with a reason: it is revoked, and the one who invited is told. */
export async function rejectInvitation(
  deps: InvitationDeps,
  ctx: ActorContext,
  organisationId: string,
  invitationId: string,
  reason: string,
): Promise<void> {
  await withRefusalsAudited(deps.db, ctx, async (tx) => {
    const { place, found } = await loadForDecision(tx, ctx, organisationId, invitationId, 'reject');
    await tx.update(invitations).set({ revokedAt: sql`now()`, rejectionReason: reason }).where(eq(invitations.id, found.id));
    await recordAudit(tx, ctx, { action: 'invitation.rejected', subjectId: found.id, details: { organisationId: place.id, roles: found.roles } });
    await notifyAboutRoles(
      tx,
      { kind: 'role_request_rejected', organisationId: place.id, requestId: found.id, recipients: [found.invitedByUserId] },
      deps.emailNotifications,
    );
  });
}

