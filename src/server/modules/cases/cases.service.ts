import { sql } from 'drizzle-orm';
import type { CaseCreateInput, CaseDetail, CaseListPage, CaseListQuery } from '../../../shared/schemas/cases.ts';
import type { Db } from '../../db/client.ts';
import { loadReferenceData } from '../../db/reference-data.ts';
import { membershipWithRole } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { badRequest, forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { formatCaseReference, swedishYear } from './case-reference.ts';
import { canCreateAnyCase, canCreateCase, caseScope, initialLead } from './cases.policy.ts';
import { findCase, insertCase, listCases, nextCaseSequence } from './cases.queries.ts';

export async function listCasesFor(db: Db, ctx: ActorContext, query: CaseListQuery): Promise<CaseListPage> {
  const { items, total } = await listCases(db, caseScope(ctx.actor), query);
  await recordAudit(db, ctx, {
    action: 'case.list',
    details: { caseIds: items.map((c) => c.id), total, page: query.page },
  });
  return { items, total, page: query.page, pageSize: query.pageSize, can: { create: canCreateAnyCase(ctx.actor) } };
}

/** The case if the actor may see it; otherwise 404, whether it exists or not. */
export async function getCase(db: Db, ctx: ActorContext, unverifiedId: string): Promise<CaseDetail> {
  const found = await findCase(db, caseScope(ctx.actor), unverifiedId);
  if (!found) throw notFound('No such case.');
  await recordAudit(db, ctx, { action: 'case.read', subjectId: found.id });
  return found;
}

export async function createCase(db: Db, ctx: ActorContext, input: CaseCreateInput): Promise<CaseDetail> {
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
    const year = swedishYear(new Date());
    const id = await insertCase(tx, {
      reference: formatCaseReference(year, await nextCaseSequence(tx, year)),
      regionCode,
      countyCode: municipality.countyCode,
      municipalityCode: municipality.code,
      exploitationForms: input.exploitationForms,
      codeName: input.person.codeName,
      isChild: input.person.isChild,
      leadUserId: initialLead(ctx.actor, regionCode),
      createdByUserId: ctx.actor.userId,
      createdByOrganisationId: organisation.organisationId,
    });
    await recordAudit(tx, ctx, { action: 'case.create', subjectId: id });
    const created = await findCase(tx, sql`true`, id);
    return created!;
  });
}
