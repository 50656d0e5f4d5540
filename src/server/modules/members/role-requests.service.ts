import { sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import type { RoleRequest, RoleRequestList } from '../../../shared/schemas/admin.ts';
import { inRoleOrder, rolesGrantedBySystemAdminsOnly } from '../../../shared/role-rules.ts';
import type { Db, Tx } from '../../db/client.ts';
import { roleRequests } from './members.schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext, RequestContext } from '../../platform/request-context.ts';
import { notifyAboutRoles } from '../notifications/account-notifications.service.ts';
import { administeredScope } from '../organisations/organisations.policy.ts';
import { loadGrantPlace } from './grant-place.service.ts';
import { type GrantPlace, type Grantee, approvalRefusal } from './members.policy.ts';
import { findApprovers, findMember, setMemberRoles } from './members.queries.ts';
import { roleChangeRefused, withRefusalsAudited } from '../../platform/audited-refusal.ts';
import {
  type RoleRequestRow,
  decideRequest,
  findPendingRequest,
  insertRequest,
  listPendingRequests,
  requestById,
  requestOfMember,
} from './role-requests.queries.ts';

/** What granting roles needs besides the database: whether notifications are also e-mailed. */
export interface MembersDeps {
  db: Db;
  emailNotifications: boolean;
}

const requestScope = (actor: Actor) => administeredScope(actor, roleRequests.organisationId);

/** Who should be asked to approve a grant of these roles: see findApprovers. */
export function approversOf(tx: Db | Tx, place: GrantPlace, roles: readonly Role[], exclude: { userIds: string[]; email?: string }) {
  return findApprovers(tx, {
    organisationId: place.id,
    systemAdminsOnly: roles.some((role) => (rolesGrantedBySystemAdminsOnly as readonly Role[]).includes(role)),
    excludeUserIds: exclude.userIds,
    excludeEmail: exclude.email,
  });
}

/**
 * Puts roles for a member up for a second administrator's approval, replacing an earlier request
 * for the same member (the newer one says what is wanted now). The same roles asked for again
 * leave the earlier request as it is; no roles only withdraws it.
 */
export async function openRoleRequest(
  tx: Tx,
  ctx: ActorContext,
  emailed: boolean,
  request: { place: GrantPlace; grantee: Grantee & { userId: string }; roles: Role[] },
): Promise<void> {
  const { place, grantee, roles } = request;
  const earlier = await findPendingRequest(tx, requestScope(ctx.actor), requestOfMember(place.id, grantee.userId));
  if (earlier && earlier.roles.join() === roles.join()) return;
  if (earlier) {
    await decideRequest(tx, earlier.id, 'superseded', ctx.actor.userId);
    await recordAudit(tx, ctx, {
      action: 'role_request.withdrawn',
      subjectId: earlier.id,
      details: { organisationId: place.id, userId: grantee.userId, roles: earlier.roles, superseded: true },
    });
  }
  if (roles.length === 0) return;
  const id = await insertRequest(tx, { organisationId: place.id, userId: grantee.userId, roles, requestedByUserId: ctx.actor.userId });
  await recordAudit(tx, ctx, { action: 'role_request.created', subjectId: id, details: { organisationId: place.id, userId: grantee.userId, roles } });
  const approvers = await approversOf(tx, place, roles, { userIds: [ctx.actor.userId, grantee.userId] });
  await notifyAboutRoles(tx, { kind: 'role_request_pending', organisationId: place.id, requestId: id, recipients: approvers }, emailed);
}

function approvalFacts(row: RoleRequestRow, place: GrantPlace) {
  return { requestedByUserId: row.requestedByUserId, place, grantee: { userId: row.userId, email: row.email }, roles: row.roles };
}

function present(actor: Actor, place: GrantPlace, row: RoleRequestRow): RoleRequest {
  const mayDecide = approvalRefusal(actor, approvalFacts(row, place)) === null;
  return {
    id: row.id,
    userId: row.userId,
    memberName: row.memberName,
    email: row.email,
    roles: row.roles,
    requestedByName: row.requestedByName,
    createdAt: row.createdAt.toISOString(),
    can: { approve: mayDecide, reject: mayDecide, withdraw: row.requestedByUserId === actor.userId },
  };
}

/** The requests waiting in an organisation the actor administers, with what the actor may do to each. */
export async function listRoleRequests(db: Db, ctx: ActorContext, unverifiedOrganisationId: string): Promise<RoleRequestList> {
  const place = await loadGrantPlace(db, ctx, unverifiedOrganisationId);
  const rows = await listPendingRequests(db, requestScope(ctx.actor), place.id);
  return { items: rows.map((row) => present(ctx.actor, place, row)) };
}

async function loadRequest(tx: Tx, ctx: ActorContext, unverifiedOrganisationId: string, unverifiedRequestId: string) {
  const place = await loadGrantPlace(tx, ctx, unverifiedOrganisationId);
  const row = await findPendingRequest(tx, requestScope(ctx.actor), requestById(place.id, unverifiedRequestId));
  if (!row) throw notFound('No such request waiting for approval.');
  return { place, row };
}

/** A second administrator's decision must come from someone independent who could grant it all. */
function assertMayDecide(ctx: ActorContext, place: GrantPlace, row: RoleRequestRow, decision: 'approve' | 'reject'): void {
  const refusal = approvalRefusal(ctx.actor, approvalFacts(row, place));
  if (refusal) {
    throw roleChangeRefused(refusal, {
      action: 'membership.roles_change_refused',
      subjectId: row.userId,
      details: { organisationId: place.id, requestId: row.id, attempted: decision, roles: row.roles, refusal },
    });
  }
}

/**
 * Adds the requested roles to what the member holds now, recorded with the lists before and
 * after, and tells the member and the one who asked. The caller has made sure the approver may.
 */
export async function grantRequestedRoles(tx: Tx, ctx: RequestContext, emailed: boolean, row: RoleRequestRow): Promise<void> {
  const member = await findMember(tx, sql`true`, row.organisationId, row.userId);
  if (!member) throw notFound('No such member in this organisation.');
  const after = inRoleOrder([...member.roles, ...row.roles]);
  const organisationId = row.organisationId;
  await decideRequest(tx, row.id, 'approved', ctx.actor?.userId ?? null);
  await setMemberRoles(tx, organisationId, member.id, after);
  await recordAudit(tx, ctx, { action: 'role_request.approved', subjectId: row.id, details: { organisationId, userId: member.id, roles: row.roles } });
  await recordAudit(tx, ctx, {
    action: 'membership.roles_changed',
    subjectId: member.id,
    details: { organisationId, before: member.roles, after, requestId: row.id, requestedByUserId: row.requestedByUserId },
  });
  await notifyAboutRoles(tx, { kind: 'roles_changed', organisationId, requestId: row.id, recipients: [member.id] }, emailed);
  await notifyAboutRoles(tx, { kind: 'role_request_approved', organisationId, requestId: row.id, recipients: [row.requestedByUserId] }, emailed);
}

/** A second administrator approves a request; the roles take effect at once. */
export async function approveRoleRequest(deps: MembersDeps, ctx: ActorContext, organisationId: string, requestId: string): Promise<RoleRequest> {
  return withRefusalsAudited(deps.db, ctx, async (tx) => {
    const { place, row } = await loadRequest(tx, ctx, organisationId, requestId);
    assertMayDecide(ctx, place, row, 'approve');
    await grantRequestedRoles(tx, ctx, deps.emailNotifications, row);
    return present(ctx.actor, place, row);
  });
}

/** Rejects a request with a reason for the one who asked; nothing changes for the member. */
export async function rejectRoleRequest(
  deps: MembersDeps,
  ctx: ActorContext,
  organisationId: string,
  requestId: string,
  reason: string,
): Promise<RoleRequest> {
  return withRefusalsAudited(deps.db, ctx, async (tx) => {
    const { place, row } = await loadRequest(tx, ctx, organisationId, requestId);
    assertMayDecide(ctx, place, row, 'reject');
    await decideRequest(tx, row.id, 'rejected', ctx.actor.userId, reason);
    // The reason stays on the request; the audit log holds no free text.
    await recordAudit(tx, ctx, { action: 'role_request.rejected', subjectId: row.id, details: { organisationId: place.id, userId: row.userId, roles: row.roles } });
    await notifyAboutRoles(
      tx,
      { kind: 'role_request_rejected', organisationId: place.id, requestId: row.id, recipients: [row.requestedByUserId] },
      deps.emailNotifications,
    );
    return present(ctx.actor, place, row);
  });
}

/** The one who asked takes their request back. */
export async function withdrawRoleRequest(db: Db, ctx: ActorContext, organisationId: string, requestId: string): Promise<RoleRequest> {
  return db.transaction(async (tx) => {
    const { place, row } = await loadRequest(tx, ctx, organisationId, requestId);
    if (row.requestedByUserId !== ctx.actor.userId) throw forbidden('Only the administrator who asked withdraws a request.');
    await decideRequest(tx, row.id, 'withdrawn', ctx.actor.userId);
    await recordAudit(tx, ctx, { action: 'role_request.withdrawn', subjectId: row.id, details: { organisationId: place.id, userId: row.userId, roles: row.roles } });
    return present(ctx.actor, place, row);
  });
}
