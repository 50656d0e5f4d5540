import { desc, eq, sql } from 'drizzle-orm';
import { limits } from '../../../shared/limits.ts';
import type { BreakGlassEvent, BreakGlassInput } from '../../../shared/schemas/cases.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/identity.ts';
import { caseAccessGrants, cases } from './cases.schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import { conflict, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { assertRecentlyAuthenticated } from '../account/account.service.ts';
import { findCaseAccess } from './case-access.policy.ts';

export interface BreakGlassGrant {
  caseId: string;
  expiresAt: string;
}

/**
 * Break the glass (DESIGN.md §6): a coordinator opens a case outside their scope for a few hours
 * after giving a written reason, having just proved their password and second factor again. The
 * reason is kept with the grant for auditors; the audit row holds only ids. A case the
 * coordinator already sees gets no grant (409): there is nothing to break.
 */
export async function breakTheGlass(db: Db, ctx: ActorContext, input: BreakGlassInput): Promise<BreakGlassGrant> {
  await assertRecentlyAuthenticated(db, ctx);
  const [target] = await db.select({ id: cases.id }).from(cases).where(eq(cases.reference, input.reference));
  if (!target) {
    await recordAudit(db, ctx, { action: 'case.break_glass_refused', details: { reference: input.reference } });
    throw notFound('No such case.');
  }
  const access = await findCaseAccess(db, ctx.actor, target.id);
  if (access && access.via !== 'break_glass') {
    throw conflict('You can already see this case without emergency access.');
  }
  return db.transaction(async (tx) => {
    const [grant] = await tx
      .insert(caseAccessGrants)
      .values({
        caseId: target.id,
        userId: ctx.actor.userId,
        reason: input.reason,
        expiresAt: sql`now() + make_interval(hours => ${limits.breakGlassHours})`,
      })
      .returning({ id: caseAccessGrants.id, expiresAt: caseAccessGrants.expiresAt });
    const expiresAt = grant!.expiresAt.toISOString();
    await recordAudit(tx, ctx, { action: 'case.break_glass', subjectId: target.id, details: { grantId: grant!.id, expiresAt } });
    return { caseId: target.id, expiresAt };
  });
}

export interface BreakGlassEventPage {
  items: BreakGlassEvent[];
  total: number;
  page: number;
  pageSize: number;
}

/** Every break-the-glass grant, newest first, for auditors to review; the listing is audited. */
export async function listBreakGlassEvents(
  db: Db,
  ctx: ActorContext,
  paging: { page: number; pageSize: number },
): Promise<BreakGlassEventPage> {
  const rows = await db
    .select({
      id: caseAccessGrants.id,
      caseId: caseAccessGrants.caseId,
      reference: cases.reference,
      userId: caseAccessGrants.userId,
      userName: users.name,
      reason: caseAccessGrants.reason,
      grantedAt: caseAccessGrants.grantedAt,
      expiresAt: caseAccessGrants.expiresAt,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(caseAccessGrants)
    .innerJoin(cases, eq(cases.id, caseAccessGrants.caseId))
    .innerJoin(users, eq(users.id, caseAccessGrants.userId))
    .orderBy(desc(caseAccessGrants.grantedAt), desc(caseAccessGrants.id))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  const total = rows[0]?.total ?? (paging.page > 1 ? await db.$count(caseAccessGrants) : 0);
  const items = rows.map(({ total: _total, ...r }) => ({
    ...r,
    grantedAt: r.grantedAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
  }));
  await recordAudit(db, ctx, {
    action: 'break_glass.list',
    details: { grantIds: items.map((e) => e.id), total, page: paging.page },
  });
  return { items, total, page: paging.page, pageSize: paging.pageSize };
}
