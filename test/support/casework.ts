import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/server/db/client.ts';
import { auditEvents, journalEntries, memberships, sessions } from '../../src/server/db/schema/index.ts';
import type { AuditAction } from '../../src/shared/audit-events.ts';

/** A journal entry written straight into the table (the journal module has its own tests). */
export async function insertJournalEntry(db: Db, caseId: string, author: { id: string; organisationId: string }, body: string): Promise<string> {
  const [row] = await db
    .insert(journalEntries)
    .values({ caseId, authorUserId: author.id, authorOrganisationId: author.organisationId, body })
    .returning({ id: journalEntries.id });
  return row!.id;
}

/** Makes the person's sign-in older than the re-authentication window. */
export async function ageSignIn(db: Db, userId: string, minutes = 10): Promise<void> {
  await db
    .update(sessions)
    .set({ authenticatedAt: sql`now() - make_interval(mins => ${minutes})` })
    .where(eq(sessions.userId, userId));
}

/** The audit rows of one action, oldest first. */
export async function auditRows(db: Db, action: AuditAction) {
  return db.select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(auditEvents.id);
}

/** The audit rows of one action about one subject (a case, say), oldest first. */
export async function auditRowsAbout(db: Db, action: AuditAction, subjectId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, subjectId)))
    .orderBy(auditEvents.id);
}

/** The last audit row of one action. */
export async function lastAudit(db: Db, action: AuditAction) {
  const rows = await auditRows(db, action);
  return rows.at(-1);
}

/** Adds a role membership of an existing person in an existing organisation. */
export async function addMembership(db: Db, userId: string, organisationId: string, roles: string[]): Promise<void> {
  await db.insert(memberships).values({ userId, organisationId, roles });
}

/** An inject with the cookie and JSON answer, for brevity in tests. */
export function requestAs(app: FastifyInstance, cookie: string) {
  return (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method, url, headers: { cookie, ...headers }, payload: payload as object | undefined });
}
