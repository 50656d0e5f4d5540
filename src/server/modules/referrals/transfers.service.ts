import type { Referral, TransferCreateInput } from '../../../shared/schemas/referrals.ts';
import type { Db, Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, conflict, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { registerApprovalAction, requestApproval } from '../approvals/approvals.service.ts';
import { findCaseAccess, requireCaseAccess } from '../cases/case-access.policy.ts';
import { moveCaseOwnership } from '../cases/case-ownership.service.ts';
import { notifyAboutWork } from '../notifications/work-notifications.service.ts';
import { requireMunicipality } from '../reference/reference.service.ts';
import { presentReferral } from './referral-presenter.ts';
import { type ReferralRow, findReferral, insertReferral, listCaseReferrals, lockReferral, setReferralStatus } from './referrals.queries.ts';
import { type Idempotency, requireRecipient, revokeLockedReferral, sendingOrganisationId } from './referrals.service.ts';

/**
 * Asks another coordinating organisation to take over the case (lead, and region when it moves).
 * Until it accepts (and, across police regions, a national coordinator approves), the sender owns it.
 */
export async function requestTransfer(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  input: TransferCreateInput,
  idempotency: Idempotency,
  emailed: boolean,
): Promise<{ referral: Referral; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageTeam');
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      const { organisation, notify } = await requireRecipient(tx, 'transfer', input.toOrganisationId, null);
      const targetRegion = organisation.regionCode;
      if (targetRegion === null) throw badRequest('Invalid input: toOrganisationId', [{ field: 'toOrganisationId', code: 'not_eligible', message: 'the organisation covers no police region' }]);
      if (input.municipalityCode !== null && requireMunicipality(input.municipalityCode).regionCode !== targetRegion) {
        throw badRequest('Invalid input: municipalityCode', [{ field: 'municipalityCode', code: 'other_region', message: "not in the receiving organisation's police region" }]);
      }
      if (targetRegion !== access.regionCode && input.municipalityCode === null) {
        throw badRequest('Invalid input: municipalityCode', [{ field: 'municipalityCode', code: 'required', message: 'a transfer to another region names where the person is now' }]);
      }
      if ((await listCaseReferrals(tx, access.caseId)).some((r) => r.kind === 'transfer' && (r.status === 'pending' || r.status === 'awaiting_approval'))) {
        throw conflict('A transfer of this case is already under way.');
      }
      const created = await insertReferral(tx, {
        kind: 'transfer',
        caseId: access.caseId,
        caseReference: access.reference,
        caseRegionCode: access.regionCode,
        fromOrganisationId: sendingOrganisationId(ctx),
        toOrganisationId: organisation.id,
        message: input.message,
        municipalityCode: input.municipalityCode,
        requestedByUserId: ctx.actor.userId,
      });
      await recordAudit(tx, ctx, {
        action: 'referral.create',
        subjectId: access.caseId,
        details: { referralId: created, kind: 'transfer', toOrganisationId: organisation.id, serviceNeed: null },
      });
      await notifyAboutWork(tx, { kind: 'transfer_received', organisationId: organisation.id, subjectId: created, caseId: null, recipients: notify }, emailed);
      return created;
    });
    const row = await findReferral(tx, id);
    if (!row) throw notFound('No such transfer.');
    return { referral: presentReferral(ctx.actor, row, access.can.manageTeam), replayed };
  });
}

/** The transfer takes effect: the accepting coordinator leads, the case moves with its municipality. */
async function completeTransfer(tx: Tx, ctx: ActorContext, row: ReferralRow, leadUserId: string, emailed: boolean, acceptedNow: boolean) {
  const { regionChanged } = await moveCaseOwnership(tx, ctx, { caseId: row.caseId, municipalityCode: row.municipalityCode, leadUserId });
  const change = acceptedNow ? { status: 'accepted' as const, decidedByUserId: ctx.actor.userId } : { status: 'accepted' as const };
  if (!(await setReferralStatus(tx, row.id, row.version, change))) throw conflict('The transfer changed; try again.');
  await recordAudit(tx, ctx, { action: 'referral.transfer_completed', subjectId: row.caseId, details: { referralId: row.id, toOrganisationId: row.toOrganisationId, regionChanged } });
  await notifyAboutWork(
    tx,
    { kind: 'transfer_accepted', organisationId: row.toOrganisationId, subjectId: row.id, caseId: row.caseId, recipients: [row.requestedByUserId] },
    emailed,
  );
}

/**
 * A coordinator of the receiving organisation accepts: within the region the case moves at once;
 * across regions the transfer waits for a national coordinator's approval, and moves when approved.
 */
export async function acceptTransfer(tx: Tx, ctx: ActorContext, row: ReferralRow, emailed: boolean): Promise<{ approvalId?: string }> {
  const crossesRegions = row.toOrganisationRegionCode !== row.caseRegionCode;
  if (!crossesRegions) {
    await completeTransfer(tx, ctx, row, ctx.actor.userId, emailed, true);
    return {};
  }
  if (!(await setReferralStatus(tx, row.id, row.version, { status: 'awaiting_approval', decidedByUserId: ctx.actor.userId }))) {
    throw conflict('The transfer changed; try again.');
  }
  const approvalId = await requestApproval(
    tx,
    ctx,
    { kind: 'transfer_across_regions', caseId: row.caseId, caseReference: row.caseReference, subjectId: row.id, payload: { leadUserId: ctx.actor.userId }, note: row.message },
    emailed,
  );
  return { approvalId };
}

/** The transfer an approval request is about, locked, while it still waits for that approval. */
async function lockAwaitingTransfer(tx: Tx, subjectId: string | null): Promise<ReferralRow> {
  const locked = subjectId ? await lockReferral(tx, subjectId) : undefined;
  const row = locked ? await findReferral(tx, locked.id) : undefined;
  if (!row || row.status !== 'awaiting_approval') throw conflict('The transfer no longer waits for approval.');
  return row;
}

/** The transfer will not happen: declined with the reason, the sender told. */
async function declineAwaitingTransfer(tx: Tx, ctx: ActorContext, row: ReferralRow, reason: string, emailed: boolean): Promise<void> {
  if (!(await setReferralStatus(tx, row.id, row.version, { status: 'declined', reason }))) throw conflict('The transfer changed; try again.');
  await recordAudit(tx, ctx, { action: 'referral.decline', subjectId: row.caseId, details: { referralId: row.id, kind: 'transfer', toOrganisationId: row.toOrganisationId } });
  await notifyAboutWork(
    tx,
    { kind: 'transfer_declined', organisationId: row.toOrganisationId, subjectId: row.id, caseId: row.caseId, recipients: [row.requestedByUserId] },
    emailed,
  );
}

/** Who may revoke the transfer (runs the case, within their scope) may also withdraw its approval. */
async function mayRevokeTransfer(tx: Tx, actor: ActorContext['actor'], caseId: string): Promise<boolean> {
  return (await findCaseAccess(tx, actor, caseId))?.can.manageTeam === true;
}

registerApprovalAction('transfer_across_regions', {
  async approve(tx, ctx, request, emailed) {
    const row = await lockAwaitingTransfer(tx, request.subjectId);
    const leadUserId = typeof request.payload.leadUserId === 'string' ? request.payload.leadUserId : undefined;
    if (!leadUserId) throw conflict('The transfer no longer waits for approval.');
    await completeTransfer(tx, ctx, row, leadUserId, emailed, false);
  },
  async reject(tx, ctx, request, reason, emailed) {
    await declineAwaitingTransfer(tx, ctx, await lockAwaitingTransfer(tx, request.subjectId), reason, emailed);
  },
  async mayWithdraw(tx, actor, request) {
    return mayRevokeTransfer(tx, actor, request.caseId);
  },
  // The sending side withdrawing revokes the transfer; the accepting coordinator (who asked) takes the acceptance back.
  async withdraw(tx, ctx, request, reason, emailed) {
    const row = await lockAwaitingTransfer(tx, request.subjectId);
    if (await mayRevokeTransfer(tx, ctx.actor, row.caseId)) await revokeLockedReferral(tx, ctx, row, reason, emailed);
    else await declineAwaitingTransfer(tx, ctx, row, reason, emailed);
  },
});
