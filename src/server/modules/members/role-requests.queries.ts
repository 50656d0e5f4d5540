import { type SQL, and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role } from '../../../shared/enums.ts';
import type { Db, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/identity.ts';
import { roleRequests } from './members.schema.ts';

const requester = alias(users, 'requester');

export interface RoleRequestRow {
  id: string;
  organisationId: string;
  userId: string;
  memberName: string;
  email: string;
  roles: Role[];
  requestedByUserId: string;
  requestedByName: string;
  createdAt: Date;
}

const columns = {
  id: roleRequests.id,
  organisationId: roleRequests.organisationId,
  userId: roleRequests.userId,
  memberName: users.name,
  email: users.email,
  roles: sql<Role[]>`${roleRequests.roles}`,
  requestedByUserId: roleRequests.requestedByUserId,
  requestedByName: requester.name,
  createdAt: roleRequests.createdAt,
};

const isPending = eq(roleRequests.status, 'pending');

/** The pending requests of one organisation inside the scope (a condition on role_requests), newest first. */
export async function listPendingRequests(db: Db, scope: SQL, organisationId: string): Promise<RoleRequestRow[]> {
  return db
    .select(columns)
    .from(roleRequests)
    .innerJoin(users, eq(users.id, roleRequests.userId))
    .innerJoin(requester, eq(requester.id, roleRequests.requestedByUserId))
    .where(and(eq(roleRequests.organisationId, organisationId), isPending, scope))
    .orderBy(desc(roleRequests.createdAt), desc(roleRequests.id));
}

/** One pending request inside the scope; undefined for unknown, decided and out-of-scope alike. */
export async function findPendingRequest(db: Db | Tx, scope: SQL, where: SQL): Promise<RoleRequestRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(roleRequests)
    .innerJoin(users, eq(users.id, roleRequests.userId))
    .innerJoin(requester, eq(requester.id, roleRequests.requestedByUserId))
    .where(and(where, isPending, scope))
    .for('update', { of: roleRequests });
  return row;
}

export const requestOfMember = (organisationId: string, userId: string) =>
  and(eq(roleRequests.organisationId, organisationId), eq(roleRequests.userId, userId))!;
export const requestById = (organisationId: string, requestId: string) =>
  and(eq(roleRequests.organisationId, organisationId), eq(roleRequests.id, requestId))!;

export async function insertRequest(
  tx: Tx,
  request: { organisationId: string; userId: string; roles: readonly Role[]; requestedByUserId: string },
): Promise<string> {
  const [row] = await tx
    .insert(roleRequests)
    .values({ ...request, roles: [...request.roles] })
    .returning({ id: roleRequests.id });
  return row!.id;
}

export type RequestDecision = 'approved' | 'rejected' | 'withdrawn' | 'superseded';

/** Closes a pending request, once: a request already decided is left as it is. */
export async function decideRequest(
  tx: Tx,
  requestId: string,
  decision: RequestDecision,
  /** Null when approved on the server itself (samverka roles approve). */
  decidedByUserId: string | null,
  reason: string | null = null,
): Promise<boolean> {
  const updated = await tx
    .update(roleRequests)
    .set({ status: decision, decidedByUserId, decidedAt: sql`now()`, reason })
    .where(and(eq(roleRequests.id, requestId), isPending))
    .returning({ id: roleRequests.id });
  return updated.length > 0;
}

/** Every pending request of every organisation, oldest first: for `samverka roles pending` on the server. */
export async function listAllPendingRequests(db: Db): Promise<RoleRequestRow[]> {
  return db
    .select(columns)
    .from(roleRequests)
    .innerJoin(users, eq(users.id, roleRequests.userId))
    .innerJoin(requester, eq(requester.id, roleRequests.requestedByUserId))
    .where(isPending)
    .orderBy(roleRequests.createdAt, roleRequests.id);
}
