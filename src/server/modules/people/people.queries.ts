import { type SQL, and, asc, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import type { Db, Tx } from '../../db/client.ts';
import { auditEvents, memberships, users } from '../../db/schema/index.ts';

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
