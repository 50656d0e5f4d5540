import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ApprovalKind, ApprovalStatus } from '../../../shared/enums.ts';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, users } from '../../db/schema/identity.ts';
import { approvalRequests } from './approvals.schema.ts';

const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

export interface ApprovalRow {
  id: string;
  kind: ApprovalKind;
  caseId: string;
  caseReference: string;
  subjectId: string | null;
  payload: Record<string, unknown>;
  status: ApprovalStatus;
  note: string | null;
  requestedByUserId: string;
  requestedByName: string;
  createdAt: Date;
  decidedByName: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  version: number;
}

function selectApprovals(db: Db | Tx) {
  return db
    .select({
      id: approvalRequests.id,
      kind: approvalRequests.kind,
      caseId: approvalRequests.caseId,
      caseReference: approvalRequests.caseReference,
      subjectId: approvalRequests.subjectId,
      payload: approvalRequests.payload,
      status: approvalRequests.status,
      note: approvalRequests.note,
      requestedByUserId: approvalRequests.requestedByUserId,
      requestedByName: requester.name,
      createdAt: approvalRequests.createdAt,
      decidedByName: decider.name,
      decidedAt: approvalRequests.decidedAt,
      decisionReason: approvalRequests.decisionReason,
      version: approvalRequests.version,
    })
    .from(approvalRequests)
    .innerJoin(requester, eq(requester.id, approvalRequests.requestedByUserId))
    .leftJoin(decider, eq(decider.id, approvalRequests.decidedByUserId));
}

/** Pending requests oldest first, or every request latest first. National coordinators see all. */
export async function listApprovals(db: Db, status: 'pending' | 'all'): Promise<ApprovalRow[]> {
  const rows =
    status === 'pending'
      ? await selectApprovals(db).where(eq(approvalRequests.status, 'pending')).orderBy(asc(approvalRequests.createdAt), asc(approvalRequests.id))
      : await selectApprovals(db).orderBy(desc(approvalRequests.createdAt), asc(approvalRequests.id)).limit(200);
  return rows as ApprovalRow[];
}

export async function countPendingApprovals(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(approvalRequests).where(eq(approvalRequests.status, 'pending'));
  return row?.n ?? 0;
}

export async function findApproval(db: Db | Tx, id: string): Promise<ApprovalRow | undefined> {
  const [row] = await selectApprovals(db).where(eq(approvalRequests.id, id));
  return row as ApprovalRow | undefined;
}

/** The pending request of a kind on a case, if any. */
export async function findPendingApproval(db: Db | Tx, caseId: string, kind: ApprovalKind): Promise<ApprovalRow | undefined> {
  const [row] = await selectApprovals(db).where(
    and(eq(approvalRequests.caseId, caseId), eq(approvalRequests.kind, kind), eq(approvalRequests.status, 'pending')),
  );
  return row as ApprovalRow | undefined;
}

/** The pending request about a record (the transfer), if any. */
export async function findPendingApprovalOfSubject(db: Db | Tx, kind: ApprovalKind, subjectId: string): Promise<ApprovalRow | undefined> {
  const [row] = await selectApprovals(db).where(
    and(eq(approvalRequests.subjectId, subjectId), eq(approvalRequests.kind, kind), eq(approvalRequests.status, 'pending')),
  );
  return row as ApprovalRow | undefined;
}

export async function lockApproval(tx: Tx, id: string) {
  const [row] = await tx
    .select({ id: approvalRequests.id, status: approvalRequests.status, version: approvalRequests.version })
    .from(approvalRequests)
    .where(eq(approvalRequests.id, id))
    .for('update');
  return row;
}

export async function insertApproval(tx: Tx, values: typeof approvalRequests.$inferInsert): Promise<string> {
  const [row] = await tx.insert(approvalRequests).values(values).returning({ id: approvalRequests.id });
  return row!.id;
}

export async function decideApproval(
  tx: Tx,
  id: string,
  expectedVersion: number,
  change: { status: ApprovalStatus; decidedByUserId: string | null; decisionReason: string | null },
): Promise<boolean> {
  const updated = await tx
    .update(approvalRequests)
    .set({ ...change, decidedAt: sql`now()`, version: sql`${approvalRequests.version} + 1` })
    .where(and(eq(approvalRequests.id, id), eq(approvalRequests.version, expectedVersion), eq(approvalRequests.status, 'pending')))
    .returning({ id: approvalRequests.id });
  return updated.length > 0;
}

/** The active national coordinators but the requester: those asked to decide. */
export async function listApproverIds(db: Db | Tx, exceptUserId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(users.isActive, true), sql`'national_coordinator' = any(${memberships.roles})`, sql`${users.id} <> ${exceptUserId}`));
  return rows.map((r) => r.id);
}
