import type { IncomingCount, Referral, ReferralReasonInput } from '../../../shared/schemas/referrals.ts';
import type { Db, Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { conflict, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { seatOrganisationByReferral } from '../case-team/referral-seat.service.ts';
import { notifyAboutWork, resolveWorkNotifications } from '../notifications/work-notifications.service.ts';
import { presentReferral } from './referral-presenter.ts';
import { answeringOrganisationIds } from './referrals.policy.ts';
import { type ReferralRow, countIncomingReferrals, findReferral, listIncomingReferrals, lockReferral, setReferralStatus } from './referrals.queries.ts';
import { acceptTransfer } from './transfers.service.ts';

/** A transfer is answered by the receiving organisation's regional coordinators only. */
const answeringOf = (ctx: ActorContext) => ({
  referral: answeringOrganisationIds(ctx.actor, 'referral'),
  transfer: answeringOrganisationIds(ctx.actor, 'transfer'),
});

/**
 * The queue of the organisations the actor answers for: read fresh on every request, so an answer
 * or a revocation by the other side shows on the next load. Only what the referral itself says is
 * shown (case reference, region, need, message), never the case's content.
 */
export async function listIncoming(db: Db, ctx: ActorContext, status: 'pending' | 'all'): Promise<Referral[]> {
  const visible = await listIncomingReferrals(db, answeringOf(ctx), status);
  await recordAudit(db, ctx, { action: 'referral.incoming_list', details: { referralIds: visible.map((r) => r.id), count: visible.length } });
  return visible.map((row) => presentReferral(ctx.actor, row, false));
}

export async function countIncoming(db: Db, ctx: ActorContext): Promise<IncomingCount> {
  return { pending: await countIncomingReferrals(db, answeringOf(ctx)) };
}

/**
 * The referral to answer, locked: 404 unless it was sent to an organisation the actor answers
 * for (as if it did not exist); 409 once answered or revoked; 412 on a stale version.
 */
async function requireAnswerable(tx: Tx, ctx: ActorContext, unverifiedId: string, expectedVersion: () => number): Promise<ReferralRow> {
  const locked = await lockReferral(tx, unverifiedId);
  const row = locked ? await findReferral(tx, locked.id) : undefined;
  if (!row || !answeringOrganisationIds(ctx.actor, row.kind).includes(row.toOrganisationId)) throw notFound('No such referral.');
  const version = expectedVersion();
  if (row.status === 'revoked') throw conflict('The referral has been revoked by the sender.');
  if (row.status !== 'pending') throw conflict('The referral has already been answered.');
  if (row.version !== version) throw staleVersion(row.version);
  return row;
}

/**
 * Accepts a referral: the receiving organisation joins the case team under the legal basis the
 * referral carried (recorded as the team records one), in the same transaction. A transfer moves
 * the case instead (or waits for approval across regions). The sender is told; the queue's alerts go.
 */
export async function acceptReferral(db: Db, ctx: ActorContext, unverifiedId: string, expectedVersion: () => number, emailed: boolean): Promise<Referral> {
  return db.transaction(async (tx) => {
    const row = await requireAnswerable(tx, ctx, unverifiedId, expectedVersion);
    let teamMemberId: string | undefined;
    let approvalId: string | undefined;
    if (row.kind === 'transfer') {
      ({ approvalId } = await acceptTransfer(tx, ctx, row, emailed));
    } else {
      teamMemberId = await seatOrganisationByReferral(tx, ctx, {
        caseId: row.caseId,
        organisationId: row.toOrganisationId,
        legalBasis: {
          kind: row.legalBasisKind ?? 'statute',
          statute: row.statute,
          consentGivenOn: row.consentGivenOn,
          consentScope: row.consentScope,
          consentGivenTo: row.consentGivenTo,
        },
        contactUserId: ctx.actor.userId,
      });
      if (!teamMemberId) throw conflict('The organisation is no longer active.');
      if (!(await setReferralStatus(tx, row.id, row.version, { status: 'accepted', decidedByUserId: ctx.actor.userId, teamMemberId }))) {
        throw staleVersion(row.version + 1);
      }
      await notifyAboutWork(
        tx,
        { kind: 'referral_accepted', organisationId: row.toOrganisationId, subjectId: row.id, caseId: row.caseId, recipients: [row.requestedByUserId] },
        emailed,
      );
    }
    await recordAudit(tx, ctx, {
      action: 'referral.accept',
      subjectId: row.caseId,
      details: { referralId: row.id, kind: row.kind, toOrganisationId: row.toOrganisationId, ...(teamMemberId ? { teamMemberId } : {}), ...(approvalId ? { approvalId } : {}) },
    });
    await resolveWorkNotifications(tx, row.id, ['referral_received', 'transfer_received']);
    return presentReferral(ctx.actor, (await findReferral(tx, row.id))!, false);
  });
}

/** Declines a referral with a reason; the sender is told, and the queue's alerts go. */
export async function declineReferral(
  db: Db,
  ctx: ActorContext,
  unverifiedId: string,
  expectedVersion: () => number,
  input: ReferralReasonInput,
  emailed: boolean,
): Promise<Referral> {
  return db.transaction(async (tx) => {
    const row = await requireAnswerable(tx, ctx, unverifiedId, expectedVersion);
    if (!(await setReferralStatus(tx, row.id, row.version, { status: 'declined', decidedByUserId: ctx.actor.userId, reason: input.reason }))) {
      throw staleVersion(row.version + 1);
    }
    await recordAudit(tx, ctx, { action: 'referral.decline', subjectId: row.caseId, details: { referralId: row.id, kind: row.kind, toOrganisationId: row.toOrganisationId } });
    await resolveWorkNotifications(tx, row.id, ['referral_received', 'transfer_received']);
    await notifyAboutWork(
      tx,
      {
        kind: row.kind === 'transfer' ? 'transfer_declined' : 'referral_declined',
        organisationId: row.toOrganisationId,
        subjectId: row.id,
        caseId: row.caseId,
        recipients: [row.requestedByUserId],
      },
      emailed,
    );
    return presentReferral(ctx.actor, (await findReferral(tx, row.id))!, false);
  });
}
