import type { ReferralKind } from '../../../shared/enums.ts';
import type { Referral, ReferralCreateInput, ReferralRecipients, ReferralReasonInput } from '../../../shared/schemas/referrals.ts';
import type { Db, Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { type FieldError, badRequest, conflict, forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { type CaseAccess, requireCaseAccess } from '../cases/case-access.policy.ts';
import { withdrawApprovalOfSubject } from '../approvals/approvals.service.ts';
import { isOnCaseTeam } from '../case-team/referral-seat.service.ts';
import { notifyAboutWork, resolveWorkNotifications } from '../notifications/work-notifications.service.ts';
import { presentReferral } from './referral-presenter.ts';
import { answeringOrganisationIds, isRevocable } from './referrals.policy.ts';
import {
  type ReferralRow,
  findActiveOrganisation,
  findReferral,
  insertReferral,
  listAnsweringMembers,
  listCaseReferrals,
  listRecipientOrganisations,
  lockReferral,
  setReferralStatus,
} from './referrals.queries.ts';

export interface Idempotency {
  key: string | undefined;
  fingerprint: string;
}

/** Who works in the case may refer it and revoke its referrals; transfers are for those who run it. */
export const worksInCase = (access: CaseAccess) => access.can.manageTasks;

/** The organisation the actor sends from: the first in which they hold a case role. */
export function sendingOrganisationId(ctx: ActorContext): string {
  const [organisationId] = answeringOrganisationIds(ctx.actor, 'any');
  if (!organisationId) throw forbidden('You hold no case role in any organisation.');
  return organisationId;
}

const fieldRefusal = (field: string, code: string, message: string) => badRequest(`Invalid input: ${field}`, [{ field, code, message } satisfies FieldError]);

/**
 * The receiving organisation and named recipient, checked on the server whatever the form offered:
 * an active organisation with active members who can answer, and a named recipient among those
 * members. Disabled organisations and disabled users are refused (400), never offered.
 */
export async function requireRecipient(tx: Db | Tx, kind: ReferralKind, organisationId: string, recipientUserId: string | null) {
  const organisation = await findActiveOrganisation(tx, organisationId);
  const answering = organisation ? await listAnsweringMembers(tx, organisation.id, kind) : [];
  if (!organisation || answering.length === 0) {
    throw fieldRefusal('toOrganisationId', 'not_eligible', 'not an active organisation with active members who can answer');
  }
  if (recipientUserId !== null && !answering.some((m) => m.userId === recipientUserId)) {
    throw fieldRefusal('recipientUserId', 'not_eligible', 'not an active member of the organisation who can answer');
  }
  return { organisation, notify: recipientUserId !== null ? [recipientUserId] : answering.map((m) => m.userId) };
}

/** Referrals and transfers of a case the actor sees, latest first, with what they may do. */
export async function listReferralsOfCase(db: Db, ctx: ActorContext, unverifiedCaseId: string): Promise<Referral[]> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const rows = await listCaseReferrals(db, access.caseId);
  await recordAudit(db, ctx, { action: 'referral.list', subjectId: access.caseId, details: { referralIds: rows.map((r) => r.id), count: rows.length } });
  return rows.map((row) => presentReferral(ctx.actor, row, row.kind === 'transfer' ? access.can.manageTeam : worksInCase(access)));
}

/** Organisations to refer to (or transfer to), or the members of one to name as recipient. */
export async function getRecipients(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  query: { organisationId?: string | undefined; purpose: ReferralKind },
): Promise<ReferralRecipients> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId, 'manageTasks');
  if (query.organisationId === undefined) {
    const organisations = await listRecipientOrganisations(db, query.purpose, access.regionCode, [sendingOrganisationId(ctx)]);
    await recordAudit(db, ctx, { action: 'referral.recipients_read', subjectId: access.caseId, details: { count: organisations.length } });
    return { organisations, members: [] };
  }
  const organisation = await findActiveOrganisation(db, query.organisationId);
  if (!organisation) throw fieldRefusal('organisationId', 'not_eligible', 'no active organisation with this id');
  const members = await listAnsweringMembers(db, organisation.id, query.purpose);
  // Names of an organisation's members are personal data; the read is logged.
  await recordAudit(db, ctx, {
    action: 'referral.recipients_read',
    subjectId: access.caseId,
    details: { organisationId: organisation.id, count: members.length },
  });
  return { organisations: [], members };
}

/** Refers the case, or one service need, to another organisation; its answering members are told. */
export async function createReferral(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  input: ReferralCreateInput,
  idempotency: Idempotency,
  emailed: boolean,
): Promise<{ referral: Referral; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageTasks');
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      const fromOrganisationId = sendingOrganisationId(ctx);
      const { organisation, notify } = await requireRecipient(tx, 'referral', input.toOrganisationId, input.recipientUserId);
      if (organisation.id === fromOrganisationId) throw fieldRefusal('toOrganisationId', 'own_organisation', 'refer to another organisation');
      if (input.serviceNeed === null && (await isOnCaseTeam(tx, access.caseId, organisation.id))) {
        throw conflict('The organisation is already on the case team; refer a single service need instead.');
      }
      const open = (await listCaseReferrals(tx, access.caseId)).some(
        (r) => r.kind === 'referral' && r.status === 'pending' && r.toOrganisationId === organisation.id && r.serviceNeed === input.serviceNeed,
      );
      if (open) throw conflict('The same referral already waits for an answer from this organisation.');
      const basis = input.legalBasis;
      const created = await insertReferral(tx, {
        kind: 'referral',
        caseId: access.caseId,
        caseReference: access.reference,
        caseRegionCode: access.regionCode,
        serviceNeed: input.serviceNeed,
        fromOrganisationId,
        toOrganisationId: organisation.id,
        recipientUserId: input.recipientUserId,
        message: input.message,
        legalBasisKind: basis.kind,
        statute: basis.kind === 'statute' ? basis.statute : null,
        consentGivenOn: basis.kind === 'consent' ? basis.consentGivenOn : null,
        consentScope: basis.kind === 'consent' ? basis.consentScope : null,
        consentGivenTo: basis.kind === 'consent' ? basis.consentGivenTo : null,
        requestedByUserId: ctx.actor.userId,
      });
      await recordAudit(tx, ctx, {
        action: 'referral.create',
        subjectId: access.caseId,
        details: { referralId: created, kind: 'referral', toOrganisationId: organisation.id, serviceNeed: input.serviceNeed },
      });
      await notifyAboutWork(tx, { kind: 'referral_received', organisationId: organisation.id, subjectId: created, caseId: null, recipients: notify }, emailed);
      return created;
    });
    const row = await findReferral(tx, id);
    if (!row || row.caseId !== access.caseId) throw notFound('No such referral.');
    return { referral: presentReferral(ctx.actor, row, worksInCase(access)), replayed };
  });
}

/**
 * Revokes a pending referral or transfer with a reason. It is then shown as revoked, never as done,
 * and cannot be accepted; the receiving side's notifications about it are removed and they are told.
 * A transfer that was accepted and waits for approval across regions is revoked too: its pending
 * approval is withdrawn in the same transaction, so no approver is left with it.
 */
export async function revokeReferral(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  unverifiedReferralId: string,
  expectedVersion: () => number,
  input: ReferralReasonInput,
  emailed: boolean,
): Promise<Referral> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId);
    const locked = await lockReferral(tx, unverifiedReferralId);
    const row = locked ? await findReferral(tx, locked.id) : undefined;
    if (!row || row.caseId !== access.caseId) throw notFound('No such referral in this case.');
    const mayRevoke = row.kind === 'transfer' ? access.can.manageTeam : worksInCase(access);
    if (!mayRevoke) throw forbidden('Your part in this case does not allow this.');
    const version = expectedVersion();
    if (!isRevocable(row)) throw conflict(`The ${row.kind} has already been ${row.status}.`);
    if (row.version !== version) throw staleVersion(row.version);
    if (row.status === 'awaiting_approval') await withdrawApprovalOfSubject(tx, ctx, 'transfer_across_regions', row.id, input.reason, emailed);
    await revokeLockedReferral(tx, ctx, row, input.reason, emailed);
    return presentReferral(ctx.actor, (await findReferral(tx, row.id))!, mayRevoke);
  });
}

/** Marks a locked referral revoked with the reason, audits it, and tells the receiving side. */
export async function revokeLockedReferral(tx: Tx, ctx: ActorContext, row: ReferralRow, reason: string, emailed: boolean): Promise<void> {
  if (!(await setReferralStatus(tx, row.id, row.version, { status: 'revoked', decidedByUserId: ctx.actor.userId, reason }))) {
    throw staleVersion(row.version + 1);
  }
  await recordAudit(tx, ctx, { action: 'referral.revoke', subjectId: row.caseId, details: { referralId: row.id, kind: row.kind, toOrganisationId: row.toOrganisationId } });
  await tellReceivingSide(tx, row, emailed);
}

/** After a revocation: the alert that announced the referral goes, and those it told learn it was revoked. */
async function tellReceivingSide(tx: Tx, row: ReferralRow, emailed: boolean): Promise<void> {
  await resolveWorkNotifications(tx, row.id, ['referral_received', 'transfer_received']);
  const members = row.recipientUserId !== null ? [row.recipientUserId] : (await listAnsweringMembers(tx, row.toOrganisationId, row.kind)).map((m) => m.userId);
  await notifyAboutWork(tx, { kind: 'referral_revoked', organisationId: row.toOrganisationId, subjectId: row.id, caseId: null, recipients: members }, emailed);
}
