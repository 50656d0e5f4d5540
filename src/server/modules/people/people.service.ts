import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import type { Person, PersonList } from '../../../shared/schemas/admin.ts';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, sessions, users } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { organisationScope } from '../organisations/organisations.policy.ts';
import { findOrganisation } from '../organisations/organisations.queries.ts';
import { canDeactivate, canSetRoles, peopleScope, personAbilities, removesOwnAdminRole } from './people.policy.ts';
import { type MemberRow, findMember, listMembers } from './people.queries.ts';

const facts = (row: MemberRow) => ({ userId: row.id, organisationIds: row.organisationIds, isSystemAdmin: row.isSystemAdmin });

function presentPerson(actor: Actor, row: MemberRow): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.roles,
    isActive: row.isActive,
    hasSecondFactor: row.hasSecondFactor,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    can: personAbilities(actor, facts(row)),
  };
}

export async function listPeopleOf(db: Db, ctx: ActorContext, unverifiedOrganisationId: string): Promise<PersonList> {
  const organisation = await findOrganisation(db, organisationScope(ctx.actor), unverifiedOrganisationId);
  if (!organisation) throw notFound('No such organisation.');
  const rows = await listMembers(db, peopleScope(ctx.actor), organisation.id);
  // Names and addresses of staff are personal data too: who looked at them is recorded.
  await recordAudit(db, ctx, { action: 'people.list', subjectId: organisation.id, details: { userIds: rows.map((r) => r.id) } });
  return { items: rows.map((row) => presentPerson(ctx.actor, row)) };
}

async function loadMember(tx: Db | Tx, ctx: ActorContext, organisationId: string, userId: string): Promise<MemberRow> {
  const row = await findMember(tx, peopleScope(ctx.actor), organisationId, userId);
  if (!row) throw notFound('No such person in this organisation.');
  return row;
}

export async function getPerson(db: Db, ctx: ActorContext, organisationId: string, userId: string): Promise<Person> {
  const row = await loadMember(db, ctx, organisationId, userId);
  await recordAudit(db, ctx, { action: 'people.read', subjectId: row.id, details: { organisationId } });
  return presentPerson(ctx.actor, row);
}

/** Sets the person's roles in one organisation, recording the lists before and after. */
export async function changeRoles(
  db: Db,
  ctx: ActorContext,
  organisationId: string,
  userId: string,
  roles: Role[],
): Promise<Person> {
  return db.transaction(async (tx) => {
    const member = await loadMember(tx, ctx, organisationId, userId);
    if (!canSetRoles(ctx.actor, member.roles, roles)) {
      throw forbidden('Only a system administrator grants or removes the system administrator role.');
    }
    if (removesOwnAdminRole(ctx.actor, facts(member), member.roles, roles)) {
      throw forbidden('You cannot remove your own administrator role.');
    }
    await tx
      .update(memberships)
      .set({ roles })
      .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, member.id)));
    await recordAudit(tx, ctx, {
      action: 'membership.roles_changed',
      subjectId: member.id,
      details: { organisationId, before: member.roles, after: roles },
    });
    return presentPerson(ctx.actor, (await findMember(tx, peopleScope(ctx.actor), organisationId, member.id))!);
  });
}

/** Ends every session of the person; returns how many there were. */
async function endSessionsOf(tx: Tx, userId: string): Promise<number> {
  const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return ended.length;
}

/**
 * Deactivates or reactivates the person's account. Deactivation ends all their sessions in the same
 * transaction, so their next request is refused.
 */
export async function setActive(
  db: Db,
  ctx: ActorContext,
  organisationId: string,
  userId: string,
  isActive: boolean,
): Promise<Person> {
  return db.transaction(async (tx) => {
    const member = await loadMember(tx, ctx, organisationId, userId);
    if (!canDeactivate(ctx.actor, facts(member))) {
      throw forbidden(
        member.id === ctx.actor.userId
          ? 'You cannot deactivate yourself.'
          : 'This person belongs to organisations you do not administer; ask a system administrator.',
      );
    }
    await tx.update(users).set({ isActive, updatedAt: sql`now()` }).where(eq(users.id, member.id));
    const sessionsEnded = isActive ? 0 : await endSessionsOf(tx, member.id);
    await recordAudit(tx, ctx, {
      action: isActive ? 'user.reactivated' : 'user.deactivated',
      subjectId: member.id,
      details: isActive ? { organisationId } : { organisationId, sessionsEnded },
    });
    return presentPerson(ctx.actor, (await findMember(tx, peopleScope(ctx.actor), organisationId, member.id))!);
  });
}

/** Signs the person out everywhere, e.g. after a lost phone. */
export async function revokeSessions(db: Db, ctx: ActorContext, organisationId: string, userId: string): Promise<{ revoked: number }> {
  return db.transaction(async (tx) => {
    const member = await loadMember(tx, ctx, organisationId, userId);
    const revoked = await endSessionsOf(tx, member.id);
    await recordAudit(tx, ctx, { action: 'session.revoked', subjectId: member.id, details: { organisationId, count: revoked } });
    return { revoked };
  });
}
