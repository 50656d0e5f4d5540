import { eq, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import type { Member, MemberList, RoleChoice } from '../../../shared/schemas/admin.ts';
import { inRoleOrder, needsApproval, rolesByOrganisationType } from '../../../shared/role-rules.ts';
import type { Db, Tx } from '../../db/client.ts';
import { sessions, users } from '../../db/schema/identity.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { notifyAboutRoles } from '../notifications/account-notifications.service.ts';
import { loadGrantPlace } from './grant-place.service.ts';
import {
  type GrantPlace,
  canDeactivate,
  grantRefusal,
  isOwnAccount,
  memberScope,
  removalRefusal,
  roleChangeRefusal,
  splitByApproval,
} from './members.policy.ts';
import { type MemberRow, findMember, listMembers, setMemberRoles } from './members.queries.ts';
import { roleChangeRefused, withRefusalsAudited } from '../../platform/audited-refusal.ts';
import { type MembersDeps, openRoleRequest } from './role-requests.service.ts';

const facts = (row: MemberRow) => ({ userId: row.id, organisationIds: row.organisationIds, isSystemAdmin: row.isSystemAdmin });
const granteeOf = (row: MemberRow) => ({ userId: row.id, email: row.email });

/** What the actor may give someone who has no account here yet (an invitation). */
function inviteChoices(actor: Actor, place: GrantPlace): RoleChoice[] {
  const newcomer = { userId: null, email: '' };
  return rolesByOrganisationType[place.type].map((role) => ({ role, refusal: grantRefusal(actor, place, newcomer, role), needsApproval: needsApproval(role) }));
}

function roleChoices(actor: Actor, place: GrantPlace, row: MemberRow): RoleChoice[] {
  const offered = inRoleOrder([...rolesByOrganisationType[place.type], ...row.roles]);
  return offered.map((role) => ({
    role,
    refusal: row.roles.includes(role) ? removalRefusal(actor, place, granteeOf(row), role) : grantRefusal(actor, place, granteeOf(row), role),
    needsApproval: needsApproval(role),
  }));
}

function presentMember(actor: Actor, place: GrantPlace, row: MemberRow): Member {
  const isSelf = isOwnAccount(actor, granteeOf(row));
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.roles,
    isActive: row.isActive,
    hasSecondFactor: row.hasSecondFactor,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    pendingRoles: row.pendingRoles,
    isSelf,
    can: { editRoles: !isSelf, deactivate: canDeactivate(actor, facts(row)), revokeSessions: true, roleChoices: roleChoices(actor, place, row) },
  };
}

export async function listMembersOf(db: Db, ctx: ActorContext, unverifiedOrganisationId: string): Promise<MemberList> {
  const place = await loadGrantPlace(db, ctx, unverifiedOrganisationId);
  const rows = await listMembers(db, memberScope(ctx.actor), place.id);
  // Names and addresses of members are personal data too: who looked at them is recorded.
  await recordAudit(db, ctx, { action: 'members.list', subjectId: place.id, details: { userIds: rows.map((r) => r.id) } });
  return { items: rows.map((row) => presentMember(ctx.actor, place, row)), inviteChoices: inviteChoices(ctx.actor, place) };
}

async function loadMember(tx: Db | Tx, ctx: ActorContext, organisationId: string, userId: string): Promise<MemberRow> {
  const row = await findMember(tx, memberScope(ctx.actor), organisationId, userId);
  if (!row) throw notFound('No such member in this organisation.');
  return row;
}

export async function getMember(db: Db, ctx: ActorContext, organisationId: string, userId: string): Promise<Member> {
  const place = await loadGrantPlace(db, ctx, organisationId);
  const row = await loadMember(db, ctx, place.id, userId);
  await recordAudit(db, ctx, { action: 'members.read', subjectId: row.id, details: { organisationId: place.id } });
  return presentMember(ctx.actor, place, row);
}

/**
 * Sets the member's roles in one organisation, under the separation-of-duties rule
 * (members.policy.ts): removals and roles that open nothing sensitive take effect at once and are
 * recorded with the lists before and after; roles that open case content, audit or administration
 * become a request for a second administrator (replacing any earlier one for this member). A
 * refused change is recorded too, and changes nothing.
 */
export async function changeRoles(
  deps: MembersDeps,
  ctx: ActorContext,
  unverifiedOrganisationId: string,
  userId: string,
  wanted: Role[],
): Promise<Member> {
  return withRefusalsAudited(deps.db, ctx, async (tx) => {
    const place = await loadGrantPlace(tx, ctx, unverifiedOrganisationId);
    const member = await loadMember(tx, ctx, place.id, userId);
    const refusal = roleChangeRefusal(ctx.actor, place, granteeOf(member), member.roles, wanted);
    if (refusal) {
      throw roleChangeRefused(refusal, {
        action: 'membership.roles_change_refused',
        subjectId: member.id,
        details: { organisationId: place.id, before: member.roles, attempted: inRoleOrder(wanted), refusal },
      });
    }
    const added = wanted.filter((role) => !member.roles.includes(role));
    const { immediate, awaitingApproval } = splitByApproval(added);
    const now = inRoleOrder([...member.roles.filter((role) => wanted.includes(role)), ...immediate]);
    if (now.join() !== member.roles.join()) {
      await setMemberRoles(tx, place.id, member.id, now);
      await recordAudit(tx, ctx, {
        action: 'membership.roles_changed',
        subjectId: member.id,
        details: { organisationId: place.id, before: member.roles, after: now },
      });
      await notifyAboutRoles(tx, { kind: 'roles_changed', organisationId: place.id, requestId: null, recipients: [member.id] }, deps.emailNotifications);
    }
    await openRoleRequest(tx, ctx, deps.emailNotifications, { place, grantee: granteeOf(member), roles: inRoleOrder(awaitingApproval) });
    return presentMember(ctx.actor, place, (await findMember(tx, memberScope(ctx.actor), place.id, member.id))!);
  });
}

/** Ends every session of the member; returns how many there were. */
async function endSessionsOf(tx: Tx, userId: string): Promise<number> {
  const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return ended.length;
}

/**
 * Deactivates or reactivates the member's account. Deactivation ends all their sessions in the same
 * transaction, so their next request is refused.
 */
export async function setActive(
  db: Db,
  ctx: ActorContext,
  organisationId: string,
  userId: string,
  isActive: boolean,
): Promise<Member> {
  return db.transaction(async (tx) => {
    const place = await loadGrantPlace(tx, ctx, organisationId);
    const member = await loadMember(tx, ctx, place.id, userId);
    if (!canDeactivate(ctx.actor, facts(member))) {
      throw forbidden(
        member.id === ctx.actor.userId
          ? 'You cannot deactivate yourself.'
          : 'This member belongs to organisations you do not administer; ask a system administrator.',
      );
    }
    await tx.update(users).set({ isActive, updatedAt: sql`now()` }).where(eq(users.id, member.id));
    const sessionsEnded = isActive ? 0 : await endSessionsOf(tx, member.id);
    await recordAudit(tx, ctx, {
      action: isActive ? 'user.reactivated' : 'user.deactivated',
      subjectId: member.id,
      details: isActive ? { organisationId: place.id } : { organisationId: place.id, sessionsEnded },
    });
    return presentMember(ctx.actor, place, (await findMember(tx, memberScope(ctx.actor), place.id, member.id))!);
  });
}

/** Signs the member out everywhere, e.g. after a lost phone. */
export async function revokeSessions(db: Db, ctx: ActorContext, organisationId: string, userId: string): Promise<{ revoked: number }> {
  return db.transaction(async (tx) => {
    const member = await loadMember(tx, ctx, organisationId, userId);
    const revoked = await endSessionsOf(tx, member.id);
    await recordAudit(tx, ctx, { action: 'session.revoked', subjectId: member.id, details: { organisationId, count: revoked } });
    return { revoked };
  });
}
