import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { memberships, users } from '../db/schema/index.ts';
import { loadUserActor } from '../platform/sessions.ts';
import { changeRoles } from '../modules/members/members.service.ts';
import { AuditedRefusal } from '../platform/audited-refusal.ts';

async function userIdOf(db: Db, email: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

/**
 * The separation of duties at work in the demo, through the real service: the organisation
 * administrator tried to make themselves a national coordinator (refused, and on record in the
 * organisation's log of role changes), and asked for case access for a colleague, which waits
 * for a second administrator (the system administrator) to approve.
 */
export async function seedDemoRoleEvents(db: Db, who: { admin: string; colleague: string }): Promise<void> {
  const adminId = await userIdOf(db, who.admin);
  const actor = (await loadUserActor(db, adminId, 'demo'))!;
  const ctx = { actor, requestId: 'demo', clientAddress: '127.0.0.1' };
  const deps = { db, emailNotifications: false };
  const [membership] = await db.select().from(memberships).where(eq(memberships.userId, adminId));
  const organisationId = membership!.organisationId;
  try {
    await changeRoles(deps, ctx, organisationId, adminId, ['regional_coordinator', 'org_admin']);
  } catch (error) {
    if (!(error instanceof AuditedRefusal)) throw error;
  }
  await changeRoles(deps, ctx, organisationId, await userIdOf(db, who.colleague), ['case_worker', 'trainer']);
}
