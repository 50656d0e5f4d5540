import type { ApprovalKind } from '../../../shared/enums.ts';
import type { Approval } from '../../../shared/schemas/approvals.ts';
import type { Db, Tx } from '../../db/client.ts';
import { type Actor, hasRole } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { conflict, forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { notifyAboutWork, resolveWorkNotifications } from '../notifications/work-notifications.service.ts';
import { mayDecide } from './approvals.policy.ts';
import {
  type ApprovalRow,
  countPendingApprovals,
  decideApproval,
  findApproval,
  findPendingApproval,
  findPendingApprovalOfSubject,
  insertApproval,
  listApprovals,
  listApproverIds,
  lockApproval,
} from './approvals.queries.ts';

/** What runs when a request of a kind is decided; registered by the module that asked. */
export interface ApprovalAction {
  /** Runs the held action in the approver's transaction; throwing rolls the approval back. */
  approve(tx: Tx, ctx: ActorContext, request: ApprovalRow, emailed: boolean): Promise<void>;
  /** Puts the held action's record back, e.g. a transfer becomes declined with the reason. */
  reject(tx: Tx, ctx: ActorContext, request: ApprovalRow, reason: string, emailed: boolean): Promise<void>;
  /**
   * Whether someone other than the requester may withdraw it (for a transfer: whoever may revoke
   * the transfer, judged within their case scope). Absent: the requester alone.
   */
  mayWithdraw?(tx: Tx, actor: Actor, request: ApprovalRow): Promise<boolean>;
  /** Puts the held action's record back when the request is withdrawn (the transfer is revoked). */
  withdraw?(tx: Tx, ctx: ActorContext, request: ApprovalRow, reason: string, emailed: boolean): Promise<void>;
}

const actions = new Map<ApprovalKind, ApprovalAction>();

/** A module hands the approvals module what to do with its requests (so approvals imports none of them). */
export function registerApprovalAction(kind: ApprovalKind, action: ApprovalAction): void {
  actions.set(kind, action);
}

export interface ApprovalRequestInput {
  kind: ApprovalKind;
  caseId: string;
  caseReference: string;
  subjectId: string | null;
  /** What the action needs to run: ids and enums, never personal data. */
  payload: Record<string, string | null>;
  note: string | null;
}

/**
 * Holds an action for a second person: writes the request and tells the national coordinators
 * (but the requester). 409 when the same kind of request already waits on the case.
 */
export async function requestApproval(tx: Tx, ctx: ActorContext, input: ApprovalRequestInput, emailed: boolean): Promise<string> {
  if (await findPendingApproval(tx, input.caseId, input.kind)) {
    throw conflict('A request of this kind is already waiting for approval on this case.');
  }
  const id = await insertApproval(tx, { ...input, requestedByUserId: ctx.actor.userId });
  await recordAudit(tx, ctx, { action: 'approval.request', subjectId: input.caseId, details: { approvalId: id, kind: input.kind } });
  const recipients = await listApproverIds(tx, ctx.actor.userId);
  const organisationId = ctx.actor.memberships[0]?.organisationId;
  if (organisationId) {
    await notifyAboutWork(tx, { kind: 'approval_requested', organisationId, subjectId: id, caseId: input.caseId, recipients }, emailed);
  }
  return id;
}

export interface PendingApprovalSummary {
  id: string;
  createdAt: string;
  requestedByName: string;
  version: number;
  canWithdraw: boolean;
}

/** The pending request of a kind on a case, for the case's own pages (they have checked access). */
export async function findPendingApprovalOf(db: Db | Tx, actor: Actor, caseId: string, kind: ApprovalKind): Promise<PendingApprovalSummary | null> {
  const row = await findPendingApproval(db, caseId, kind);
  if (!row) return null;
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    requestedByName: row.requestedByName,
    version: row.version,
    canWithdraw: row.requestedByUserId === actor.userId,
  };
}

function present(actor: Actor, row: ApprovalRow): Approval {
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    caseReference: row.caseReference,
    status: row.status,
    note: row.note,
    requestedByName: row.requestedByName,
    createdAt: row.createdAt.toISOString(),
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionReason: row.decisionReason,
    version: row.version,
    canDecide: row.status === 'pending' && mayDecide(actor, row.requestedByUserId),
    // The approvers' list: only the requester's own withdrawal is offered there.
    canWithdraw: row.status === 'pending' && row.requestedByUserId === actor.userId,
  };
}

/** The approvals queue of the national coordinators (the route's gate lets only them in). */
export async function listApprovalsFor(db: Db, ctx: ActorContext, status: 'pending' | 'all'): Promise<Approval[]> {
  const rows = await listApprovals(db, status);
  await recordAudit(db, ctx, { action: 'approval.list', details: { approvalIds: rows.map((r) => r.id), count: rows.length } });
  return rows.map((row) => present(ctx.actor, row));
}

export async function countApprovals(db: Db): Promise<{ pending: number }> {
  return { pending: await countPendingApprovals(db) };
}

/**
 * Approves or rejects a request from the version read. Only a national coordinator who did not
 * ask may decide (403 otherwise, the request unchanged); on approval the held action runs in the
 * same transaction, so either both happen or neither. The request's notifications are removed and
 * the requester is told.
 */
export async function decide(
  db: Db,
  ctx: ActorContext,
  unverifiedId: string,
  decision: 'approve' | 'reject',
  expectedVersion: () => number,
  reason: string,
  emailed: boolean,
): Promise<Approval> {
  return db.transaction(async (tx) => {
    const locked = await lockApproval(tx, unverifiedId);
    if (!locked) throw notFound('No such approval request.');
    const row = (await findApproval(tx, locked.id))!;
    if (!mayDecide(ctx.actor, row.requestedByUserId)) throw forbidden('A request is decided by a national coordinator other than the one who asked.');
    const version = expectedVersion();
    if (row.status === 'withdrawn') throw conflict('The request was withdrawn by the one who asked.');
    if (row.status !== 'pending') throw conflict('The request has already been decided.');
    if (row.version !== version) throw staleVersion(row.version);
    const action = actions.get(row.kind);
    if (!action) throw new Error(`No action registered for approval kind ${row.kind}`);
    if (decision === 'approve') await action.approve(tx, ctx, row, emailed);
    else await action.reject(tx, ctx, row, reason, emailed);
    const status = decision === 'approve' ? 'approved' : 'rejected';
    if (!(await decideApproval(tx, row.id, version, { status, decidedByUserId: ctx.actor.userId, decisionReason: reason }))) {
      throw staleVersion(row.version + 1);
    }
    await recordAudit(tx, ctx, { action: `approval.${decision}`, subjectId: row.caseId, details: { approvalId: row.id, kind: row.kind } });
    await resolveWorkNotifications(tx, row.id, ['approval_requested']);
    const organisationId = ctx.actor.memberships[0]?.organisationId;
    if (organisationId) {
      await notifyAboutWork(
        tx,
        { kind: 'approval_decided', organisationId, subjectId: row.id, caseId: row.caseId, recipients: [row.requestedByUserId] },
        emailed,
      );
    }
    return present(ctx.actor, (await findApproval(tx, row.id))!);
  });
}

/**
 * Withdraws a pending request from the version read, with a reason: the one who asked, or whoever
 * the requesting module lets (for a transfer: who may revoke it). Anyone else: 404, or 403 for a
 * national coordinator, who sees it in the queue. The held action's record is put back in the same
 * transaction (a transfer is revoked); withdrawn, it can no longer be approved (409).
 */
export async function withdraw(
  db: Db,
  ctx: ActorContext,
  unverifiedId: string,
  expectedVersion: () => number,
  reason: string,
  emailed: boolean,
): Promise<Approval> {
  return db.transaction(async (tx) => {
    const locked = await lockApproval(tx, unverifiedId);
    if (!locked) throw notFound('No such approval request.');
    const row = (await findApproval(tx, locked.id))!;
    const action = actions.get(row.kind);
    const allowed = row.requestedByUserId === ctx.actor.userId || (action?.mayWithdraw ? await action.mayWithdraw(tx, ctx.actor, row) : false);
    if (!allowed) {
      if (hasRole(ctx.actor, 'national_coordinator')) throw forbidden('A request is withdrawn by the one who asked.');
      throw notFound('No such approval request.');
    }
    const version = expectedVersion();
    if (row.status !== 'pending') throw conflict(`The request has already been ${row.status}.`);
    if (row.version !== version) throw staleVersion(row.version);
    await action?.withdraw?.(tx, ctx, row, reason, emailed);
    await markWithdrawn(tx, ctx, row, reason, emailed);
    return present(ctx.actor, (await findApproval(tx, row.id))!);
  });
}

/**
 * The record a request was about has been withdrawn by its own module (a transfer revoked while it
 * waited for approval): its pending request is withdrawn in the same transaction, so the approvers'
 * list never shows it again. Nothing happens when none waits.
 */
export async function withdrawApprovalOfSubject(tx: Tx, ctx: ActorContext, kind: ApprovalKind, subjectId: string, reason: string, emailed: boolean): Promise<void> {
  const row = await findPendingApprovalOfSubject(tx, kind, subjectId);
  if (!row) return;
  await lockApproval(tx, row.id);
  await markWithdrawn(tx, ctx, row, reason, emailed);
}

/** Marks the request withdrawn, audits it, removes the approvers' alerts and tells those who may have seen one. */
async function markWithdrawn(tx: Tx, ctx: ActorContext, row: ApprovalRow, reason: string, emailed: boolean): Promise<void> {
  if (!(await decideApproval(tx, row.id, row.version, { status: 'withdrawn', decidedByUserId: ctx.actor.userId, decisionReason: reason }))) {
    throw staleVersion(row.version + 1);
  }
  await recordAudit(tx, ctx, { action: 'approval.withdraw', subjectId: row.caseId, details: { approvalId: row.id, kind: row.kind } });
  const removed = await resolveWorkNotifications(tx, row.id, ['approval_requested']);
  // An approver who read the alert or got its e-mail learns it is gone; the others never see it.
  const seenBy = removed.filter((n) => n.seen && n.userId !== ctx.actor.userId).map((n) => n.userId);
  const organisationId = ctx.actor.memberships[0]?.organisationId;
  if (organisationId) {
    await notifyAboutWork(tx, { kind: 'approval_withdrawn', organisationId, subjectId: row.id, caseId: row.caseId, recipients: seenBy }, emailed);
  }
}
