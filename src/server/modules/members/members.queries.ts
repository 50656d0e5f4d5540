import { type SQL, and, asc, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import type { Db, Tx } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { memberships, users } from '../../db/schema/identity.ts';
import { roleRequests } from './members.schema.ts';

export interface MemberRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  isActive: boolean;
  hasSecondFactor: boolean;
  lastSignInAt: Date | null;
  organisationIds: string[];
  isSystemAdmin: boolean;
  /** Roles asked for in this organisation that wait for a second administrator. */
  pendingRoles: Role[];
}

const memberColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  roles: sql<Role[]>`${memberships.roles}`,
  isActive: users.isActive,
  hasSecondFactor: sql<boolean>`${users.totpSecret} is not null`,
  // The audit log is where sign-ins are recorded; sessions are deleted when they end.
  lastSignInAt: sql<Date | null>`(select max(${auditEvents.occurredAt}) from ${auditEvents}
    where ${auditEvents.subjectType} = 'user' and ${auditEvents.subjectId} = ${users.id}::text
    and ${auditEvents.action} = 'auth.sign_in')`.mapWith((v: string | Date | null) => (v === null ? null : new Date(v))),
  organisationIds: sql<string[]>`array(select m2.organisation_id::text from memberships m2 where m2.user_id = ${users.id})`,
  isSystemAdmin: sql<boolean>`exists(select 1 from memberships m3 where m3.user_id = ${users.id} and 'system_admin' = any(m3.roles))`,
  pendingRoles: sql<Role[]>`coalesce((select ${roleRequests.roles} from ${roleRequests}
    where ${roleRequests.organisationId} = ${memberships.organisationId} and ${roleRequests.userId} = ${users.id}
    and ${roleRequests.status} = 'pending'), '{}')`,
};

/** The members of one organisation, inside the scope (a condition on memberships). */
export async function listMembers(db: Db, scope: SQL, organisationId: string): Promise<MemberRow[]> {
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), scope))
    .orderBy(asc(users.name), asc(users.id));
}

/** One member of one organisation if inside the scope; undefined for unknown and out-of-scope alike. */
export async function findMember(db: Db | Tx, scope: SQL, organisationId: string, userId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId), scope));
  return row;
}

/** Replaces the member's roles in the organisation. */
export async function setMemberRoles(tx: Tx, organisationId: string, userId: string, roles: readonly Role[]): Promise<void> {
  await tx
    .update(memberships)
    .set({ roles: [...roles] })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
}

/**
 * The active administrators who could approve a grant of these roles in the organisation: every
 * system administrator, and the organisation's own administrators unless a role is one only
 * system administrators grant. The one who asked and the one it is for are left out.
 */
export async function findApprovers(
  db: Db | Tx,
  request: { organisationId: string; systemAdminsOnly: boolean; excludeUserIds: readonly string[]; excludeEmail?: string },
): Promise<string[]> {
  const orgAdmins = request.systemAdminsOnly
    ? sql`false`
    : sql`(m.organisation_id = ${request.organisationId} and 'org_admin' = any(m.roles))`;
  const excluded = request.excludeUserIds.length > 0 ? sql`and u.id not in ${[...request.excludeUserIds]}` : sql``;
  const result = await db.execute<{ id: string }>(sql`
    select distinct u.id from ${users} u join ${memberships} m on m.user_id = u.id
    where u.is_active and ('system_admin' = any(m.roles) or ${orgAdmins})
      ${excluded}
      and u.email <> ${request.excludeEmail ?? ''}`);
  return result.rows.map((r) => r.id);
}
