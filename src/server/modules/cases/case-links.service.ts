import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { CaseLinkKind, CasePhase } from '../../../shared/enums.ts';
import type { CaseLink, CaseLinkInput } from '../../../shared/schemas/cases.ts';
import type { Db, Tx } from '../../db/client.ts';
import { persons } from '../persons/persons.schema.ts';
import { caseLinks, cases } from './cases.schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { badRequest, conflict, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { requireCaseAccess } from './case-access.policy.ts';
import { caseScope } from './cases.policy.ts';

/**
 * The links of a case whose other case the actor may see. A link is stored once, smaller id
 * first, so "the other case" is whichever end is not this one; the scope is applied to that case
 * in the same statement, so a link to a case outside it is neither listed nor counted.
 */
async function findVisibleLinks(db: Db | Tx, actor: Actor, caseId: string, linkId?: string): Promise<CaseLink[]> {
  const rows = await db
    .select({
      id: caseLinks.id,
      kind: caseLinks.kind,
      caseId: cases.id,
      reference: cases.reference,
      phase: cases.phase,
      codeName: persons.codeName,
      createdAt: caseLinks.createdAt,
    })
    .from(caseLinks)
    .innerJoin(
      cases,
      eq(cases.id, sql`case when ${caseLinks.caseId} = ${caseId} then ${caseLinks.linkedCaseId} else ${caseLinks.caseId} end`),
    )
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(
      and(
        or(eq(caseLinks.caseId, caseId), eq(caseLinks.linkedCaseId, caseId)),
        linkId === undefined ? undefined : eq(caseLinks.id, linkId),
        caseScope(actor),
      ),
    )
    .orderBy(asc(caseLinks.createdAt), asc(caseLinks.id));
  return rows.map((r) => ({
    ...r,
    kind: r.kind as CaseLinkKind,
    phase: r.phase as CasePhase,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function listCaseLinks(db: Db, ctx: ActorContext, unverifiedCaseId: string): Promise<CaseLink[]> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const links = await findVisibleLinks(db, ctx.actor, access.caseId);
  await recordAudit(db, ctx, {
    action: 'case.links_read',
    subjectId: access.caseId,
    details: { linkIds: links.map((l) => l.id), count: links.length },
  });
  return links;
}

/**
 * Links the case to another by its reference. The other case must be inside the actor's scope
 * too; one outside it answers as one that does not exist. Both cases get an audit row.
 */
export async function addCaseLink(db: Db, ctx: ActorContext, unverifiedCaseId: string, input: CaseLinkInput): Promise<CaseLink> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageLinks');
    const [other] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.reference, input.reference), caseScope(ctx.actor)));
    if (!other) throw notFound('No such case.');
    if (other.id === access.caseId) {
      throw badRequest('A case cannot be linked to itself.', [{ field: 'reference', code: 'self_link', message: 'the case itself' }]);
    }
    const [first, second] = [access.caseId, other.id].sort();
    const [created] = await tx
      .insert(caseLinks)
      .values({ caseId: first!, linkedCaseId: second!, kind: input.kind, createdByUserId: ctx.actor.userId })
      .onConflictDoNothing()
      .returning({ id: caseLinks.id });
    if (!created) throw conflict('The cases are already linked.');
    for (const [subjectId, linkedCaseId] of [
      [access.caseId, other.id],
      [other.id, access.caseId],
    ] as const) {
      await recordAudit(tx, ctx, { action: 'case.link_added', subjectId, details: { linkId: created.id, linkedCaseId } });
    }
    const [link] = await findVisibleLinks(tx, ctx.actor, access.caseId, created.id);
    return link!;
  });
}

/**
 * Links two cases the caller has already been let into, inside their transaction (a possible
 * duplicate linked as the same person); audited on both cases. Cases already linked stay as they
 * are: the answer is false.
 */
export async function linkCasesInTransaction(
  tx: Tx,
  ctx: ActorContext,
  caseIds: readonly [string, string],
  kind: CaseLinkKind,
): Promise<boolean> {
  const [first, second] = [...caseIds].sort() as [string, string];
  const [created] = await tx
    .insert(caseLinks)
    .values({ caseId: first, linkedCaseId: second, kind, createdByUserId: ctx.actor.userId })
    .onConflictDoNothing()
    .returning({ id: caseLinks.id });
  if (!created) return false;
  for (const [subjectId, linkedCaseId] of [
    [first, second],
    [second, first],
  ] as const) {
    await recordAudit(tx, ctx, { action: 'case.link_added', subjectId, details: { linkId: created.id, linkedCaseId } });
  }
  return true;
}

/** Removes a link the actor can see from this case; audited on both cases. */
export async function removeCaseLink(db: Db, ctx: ActorContext, unverifiedCaseId: string, unverifiedLinkId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageLinks');
    const [link] = await findVisibleLinks(tx, ctx.actor, access.caseId, unverifiedLinkId);
    if (!link) throw notFound('No such link.');
    await tx.delete(caseLinks).where(eq(caseLinks.id, link.id));
    for (const [subjectId, linkedCaseId] of [
      [access.caseId, link.caseId],
      [link.caseId, access.caseId],
    ] as const) {
      await recordAudit(tx, ctx, { action: 'case.link_removed', subjectId, details: { linkId: link.id, linkedCaseId } });
    }
  });
}
