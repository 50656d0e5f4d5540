import { sql } from 'drizzle-orm';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { ExploitationForm, Indicator, PoliceRegion } from '../../../shared/enums.ts';
import { findRegionalCoordinators } from '../organisations/organisations.service.ts';
import { requireMunicipality } from '../reference/reference.service.ts';
import type {
  CaseCreateInput,
  CaseDetail,
  CaseListPage,
  CaseListQuery,
  CaseUpdateInput,
  LeadCandidate,
  PersonFields,
} from '../../../shared/schemas/cases.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { type CaseAccess, findCaseAccess, requireCaseAccess } from './case-access.policy.ts';
import { findCaseRecord } from './case-record.queries.ts';
import { searchCases } from './case-search.ts';
import { type CaseView, findCaseView } from './case-view.queries.ts';
import { canCreateAnyCase, casesPolicy, canCreateCase, caseScope, caseScopeParts, initialLead } from './cases.policy.ts';
import {
  type CaseChanges,
  caseFilters,
  caseListCondition,
  findCaseBySource,
  findCaseVersion,
  insertCase,
  listCases,
  updateCaseFields,
} from './cases.queries.ts';

/** Cases named by reference or id, each only when the actor may see it (a call's links), and the lock on one. */
export { findVisibleCaseId, lockCase, visibleCaseReferences } from './case-lookup.queries.ts';

/**
 * A page of the cases the actor may see, filtered; with a search text, the matching ones best
 * first, each with the snippet that matched. A search is audited as such, with the ids it showed
 * and never the text searched for, which may hold a name.
 */
export async function listCasesFor(db: Db, ctx: ActorContext, query: CaseListQuery): Promise<CaseListPage> {
  const list = { scopeParts: caseScopeParts(ctx.actor), filters: caseFilters(query, ctx.actor.userId, stockholmDate(new Date())) };
  const { items, total, totalIsLowerBound } =
    query.q === undefined ? await listCases(db, list, query) : await searchCases(db, caseListCondition(list), { ...query, q: query.q });
  await recordAudit(db, ctx, {
    action: query.q === undefined ? 'case.list' : 'case.search',
    details: { caseIds: items.map((c) => c.id), total, page: query.page },
  });
  return {
    items,
    total,
    totalIsLowerBound,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canCreateAnyCase(ctx.actor), breakGlass: casesPolicy.allows(ctx.actor, 'breakGlass') },
  };
}

/**
 * The case's record with the actor's access and abilities, and the consultation it was escalated
 * from when the actor may see that too.
 */
export async function presentCase(db: Db | Tx, actor: Actor, access: CaseAccess): Promise<CaseDetail> {
  const record = await findCaseRecord(db, access.caseId);
  if (!record) throw notFound('No such case.');
  return toCaseDetail({ record, access });
}

/** The case as the API shows it to the actor: its record, how they see it and what they may do. */
function toCaseDetail({ record, access }: CaseView): CaseDetail {
  return {
    ...record,
    access: { via: access.via, breakGlassExpiresAt: access.breakGlassExpiresAt?.toISOString() ?? null },
    can: access.can,
  };
}

/**
 * The case if the actor may see it; otherwise 404, whether it exists or not. Read in one
 * statement, and audited before anything of it leaves the server.
 */
export async function getCase(db: Db, ctx: ActorContext, unverifiedId: string): Promise<CaseDetail> {
  const view = await findCaseView(db, ctx.actor, unverifiedId);
  if (!view) throw notFound('No such case.');
  await recordAudit(db, ctx, { action: 'case.read', subjectId: view.access.caseId });
  return toCaseDetail(view);
}

/** What opening a case needs, whichever way it is opened (the new-case form, an escalation). */
export interface CaseOpening {
  municipalityCode: string;
  exploitationForms: ExploitationForm[];
  indicators: Indicator[];
  person: PersonFields;
  /** The consultation the case is escalated from; the case points back to it. */
  sourceConsultationId?: string;
}

/** The organisation a coordinator opens a case in: their membership in the case's region first. */
function openingOrganisation(actor: Actor, regionCode: PoliceRegion): string | undefined {
  const coordinating = actor.memberships.filter((m) => m.roles.includes('regional_coordinator') || m.roles.includes('national_coordinator'));
  return (coordinating.find((m) => m.roles.includes('regional_coordinator') && m.regionCode === regionCode) ?? coordinating[0])?.organisationId;
}

/**
 * Opens a case in the region of its municipality, led by the actor when they coordinate that
 * region, numbered and audited in the caller's transaction. Every way a case is opened comes
 * through here.
 */
export async function openCase(tx: Tx, ctx: ActorContext, opening: CaseOpening): Promise<{ id: string; reference: string }> {
  const municipality = requireMunicipality(opening.municipalityCode);
  const { regionCode } = municipality;
  const organisationId = openingOrganisation(ctx.actor, regionCode);
  if (!organisationId || !canCreateCase(ctx.actor, regionCode)) {
    throw forbidden('You may open cases only in the police region you coordinate.');
  }
  const created = await insertCase(tx, {
    regionCode,
    countyCode: municipality.countyCode,
    municipalityCode: municipality.code,
    exploitationForms: opening.exploitationForms,
    indicators: opening.indicators,
    person: opening.person,
    leadUserId: initialLead(ctx.actor, regionCode),
    createdByUserId: ctx.actor.userId,
    createdByOrganisationId: organisationId,
    sourceConsultationId: opening.sourceConsultationId,
  });
  const source = opening.sourceConsultationId;
  await recordAudit(tx, ctx, { action: 'case.create', subjectId: created.id, details: source ? { sourceConsultationId: source } : {} });
  return created;
}

/**
 * Opens a case from the new-case form. With an Idempotency-Key, a retry of the same request
 * answers the case the first one created instead of opening another.
 */
export async function createCase(
  db: Db,
  ctx: ActorContext,
  input: CaseCreateInput,
  idempotency: { key: string | undefined; fingerprint: string },
): Promise<{ detail: CaseDetail; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => (await openCase(tx, ctx, input)).id);
    const access = await findCaseAccess(tx, ctx.actor, id);
    if (!access) throw notFound('No such case.');
    if (replayed) await recordAudit(tx, ctx, { action: 'case.read', subjectId: id, details: { idempotentReplay: true } });
    return { detail: await presentCase(tx, ctx.actor, access), replayed };
  });
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes the case's own fields if the client read the current version. A new municipality moves
 * the case to its county and region, which the actor must be allowed to open cases in; a lead
 * must be a regional coordinator of the case's region; a risk level dates the assessment. The
 * audit names the fields that changed, never their values.
 */
export async function updateCase(
  db: Db,
  ctx: ActorContext,
  unverifiedId: string,
  expectedVersion: number,
  input: CaseUpdateInput,
): Promise<CaseDetail> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedId, 'edit');
    if (access.version !== expectedVersion) throw staleVersion(access.version);
    const current = await findCaseRecord(tx, access.caseId);
    if (!current) throw notFound('No such case.');

    const changes: CaseChanges = {};
    const changed: string[] = [];
    let regionCode = access.regionCode;
    if (input.municipalityCode !== undefined && input.municipalityCode !== current.municipalityCode) {
      const municipality = requireMunicipality(input.municipalityCode);
      if (!canCreateCase(ctx.actor, municipality.regionCode)) {
        throw forbidden('You may move cases only into a police region you coordinate.');
      }
      regionCode = municipality.regionCode;
      Object.assign(changes, { municipalityCode: municipality.code, countyCode: municipality.countyCode, regionCode });
      changed.push('municipalityCode');
    }
    if (input.leadUserId) {
      const [candidate] = await findRegionalCoordinators(tx, regionCode, input.leadUserId);
      if (!candidate) {
        throw badRequest('Invalid input: leadUserId', [
          { field: 'leadUserId', code: 'not_a_candidate', message: "not an active regional coordinator of the case's region" },
        ]);
      }
    }
    const plain = [
      'exploitationForms',
      'indicators',
      'isPresumptiveVictim',
      'riskLevel',
      'policeReportReference',
      'noPoliceReportReason',
      'longTermPath',
      'closureOutcome',
      'closureReason',
      'leadUserId',
    ] as const satisfies readonly (keyof CaseUpdateInput & keyof CaseChanges)[];
    for (const field of plain) {
      const value = input[field];
      if (value === undefined) continue;
      Object.assign(changes, { [field]: value });
      if (!sameValue(value, current[field])) changed.push(field);
    }
    // Sending a risk level records an assessment made now, even when the level stays the same.
    if (input.riskLevel !== undefined) changes.riskAssessedAt = input.riskLevel === null ? null : sql`now()`;

    const version = await updateCaseFields(tx, access.caseId, expectedVersion, changes);
    if (version === undefined) throw staleVersion((await findCaseVersion(tx, access.caseId)) ?? expectedVersion);
    await recordAudit(tx, ctx, { action: 'case.update', subjectId: access.caseId, details: { fields: changed, version } });
    const after = await findCaseAccess(tx, ctx.actor, access.caseId);
    if (!after) throw forbidden('The change would leave the case outside what you may see.');
    return presentCase(tx, ctx.actor, after);
  });
}

/** Who may lead the case: the active regional coordinators of its region, by name. */
export async function listLeadCandidates(db: Db, ctx: ActorContext, unverifiedId: string): Promise<LeadCandidate[]> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedId, 'edit');
  const collator = new Intl.Collator('sv-SE');
  const rows = (await findRegionalCoordinators(db, access.regionCode)).sort((a, b) => collator.compare(a.name, b.name));
  // Staff names are personal data too.
  await recordAudit(db, ctx, { action: 'case.lead_candidates_read', subjectId: access.caseId, details: { userIds: rows.map((r) => r.userId) } });
  return rows;
}

/**
 * The case a consultation was escalated into, if the actor may see it (null otherwise, as if there
 * were none): the consultation shows the link only to those the case scope lets in.
 */
export async function findCaseOpenedFrom(db: Db | Tx, actor: Actor, consultationId: string): Promise<{ id: string; reference: string } | null> {
  return (await findCaseBySource(db, caseScope(actor), consultationId)) ?? null;
}
