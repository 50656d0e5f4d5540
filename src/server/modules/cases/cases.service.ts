import type { CaseCreateInput, CaseDetail, CaseListPage, CaseListQuery } from '../../../shared/schemas/cases.ts';
import type { Db, Tx } from '../../db/client.ts';
import { loadReferenceData } from '../../db/reference-data.ts';
import { membershipWithRole } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { type CaseAccess, findCaseAccess } from './case-access.ts';
import { formatCaseReference, swedishYear } from './case-reference.ts';
import { breakGlassRoles, canCreateAnyCase, canCreateCase, caseScope, initialLead } from './cases.policy.ts';
import { findCaseRecord, insertCase, listCases, nextCaseSequence } from './cases.queries.ts';
import { hasRole } from '../../platform/actor.ts';

export async function listCasesFor(db: Db, ctx: ActorContext, query: CaseListQuery): Promise<CaseListPage> {
  const { items, total } = await listCases(db, caseScope(ctx.actor), query);
  await recordAudit(db, ctx, {
    action: 'case.list',
    details: { caseIds: items.map((c) => c.id), total, page: query.page },
  });
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canCreateAnyCase(ctx.actor), breakGlass: breakGlassRoles.some((role) => hasRole(ctx.actor, role)) },
  };
}

/** The case's record with the actor's access and abilities. */
export async function presentCase(db: Db | Tx, access: CaseAccess): Promise<CaseDetail> {
  const record = await findCaseRecord(db, access.caseId);
  if (!record) throw notFound('No such case.');
  return {
    ...record,
    access: { via: access.via, breakGlassExpiresAt: access.breakGlassExpiresAt?.toISOString() ?? null },
    can: access.can,
  };
}

/** The case if the actor may see it; otherwise 404, whether it exists or not. */
export async function getCase(db: Db, ctx: ActorContext, unverifiedId: string): Promise<CaseDetail> {
  const access = await findCaseAccess(db, ctx.actor, unverifiedId);
  if (!access) throw notFound('No such case.');
  await recordAudit(db, ctx, { action: 'case.read', subjectId: access.caseId });
  return presentCase(db, access);
}

/**
 * Opens a case. With an Idempotency-Key, a retry of the same request answers the case the first
 * one created instead of opening another.
 */
export async function createCase(
  db: Db,
  ctx: ActorContext,
  input: CaseCreateInput,
  idempotency: { key: string | undefined; fingerprint: string },
): Promise<{ detail: CaseDetail; replayed: boolean }> {
  const municipality = loadReferenceData().municipalities.find((m) => m.code === input.municipalityCode);
  if (!municipality) {
    throw badRequest('Invalid input: municipalityCode', [{ field: 'municipalityCode', code: 'unknown', message: 'unknown municipality' }]);
  }
  const { regionCode } = municipality;
  const organisation = membershipWithRole(ctx.actor, 'national_coordinator', 'regional_coordinator');
  if (!organisation || !canCreateCase(ctx.actor, regionCode)) {
    throw forbidden('You may open cases only in the police region you coordinate.');
  }
  return db.transaction(async (tx) => {
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      const year = swedishYear(new Date());
      const created = await insertCase(tx, {
        reference: formatCaseReference(year, await nextCaseSequence(tx, year)),
        regionCode,
        countyCode: municipality.countyCode,
        municipalityCode: municipality.code,
        exploitationForms: input.exploitationForms,
        indicators: input.indicators,
        person: input.person,
        leadUserId: initialLead(ctx.actor, regionCode),
        createdByUserId: ctx.actor.userId,
        createdByOrganisationId: organisation.organisationId,
      });
      await recordAudit(tx, ctx, { action: 'case.create', subjectId: created });
      return created;
    });
    const access = await findCaseAccess(tx, ctx.actor, id);
    if (!access) throw notFound('No such case.');
    if (replayed) await recordAudit(tx, ctx, { action: 'case.read', subjectId: id, details: { idempotentReplay: true } });
    return { detail: await presentCase(tx, access), replayed };
  });
}
