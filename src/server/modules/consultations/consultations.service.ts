import { and, sql } from 'drizzle-orm';
import type {
  ConsultationAbilities,
  ConsultationAdviceInput,
  ConsultationAssignee,
  ConsultationCreateInput,
  ConsultationDetail,
  ConsultationEscalated,
  ConsultationEscalateInput,
  ConsultationListPage,
  ConsultationListQuery,
} from '../../../shared/schemas/consultations.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { Db, Tx } from '../../db/client.ts';
import { consultations } from './consultations.schema.ts';
import { type Actor, hasRole } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, conflict, forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { findCaseOpenedFrom, openCase } from '../cases/cases.service.ts';
import { findRegionalCoordinators } from '../organisations/organisations.service.ts';
import { openConsultation } from './consultation-opening.service.ts';
import { consultationScope, handlesRegion } from './consultations.policy.ts';
import {
  type ConsultationChanges,
  type ConsultationRecord,
  consultationFilters,
  findAdvice,
  findConsultationInScope,
  findConsultationVersion,
  insertAdvice,
  listConsultations,
  markFirstResponse,
  updateConsultation,
} from './consultations.queries.ts';

/** Consultations named by reference or id, each only when the actor may see it (a call's links). */
export { findVisibleConsultationId, visibleConsultationReferences } from './consultation-lookup.queries.ts';
/** The dashboard's consultation figures, counted inside the consultation scope. */
export { type ConsultationCountClock, type ConsultationCounts, countConsultations } from './consultation-counts.queries.ts';

const isOpen = (c: ConsultationRecord) => c.status === 'new' || c.status === 'claimed';

function abilitiesOf(actor: Actor, c: ConsultationRecord): ConsultationAbilities {
  const works = handlesRegion(actor, c.regionCode) && isOpen(c);
  return { claim: works && c.assigneeUserId !== actor.userId, assign: works, advise: works, close: works, escalate: works };
}

/** The consultations the actor may see, filtered, a page at a time. The audit names the ids shown. */
export async function listConsultationsFor(db: Db, ctx: ActorContext, query: ConsultationListQuery): Promise<ConsultationListPage> {
  const where = and(consultationScope(ctx.actor), ...consultationFilters(query, ctx.actor.userId, stockholmDate(new Date())))!;
  const { items, total, totalIsLowerBound } = await listConsultations(db, where, query);
  await recordAudit(db, ctx, { action: 'consultation.list', details: { consultationIds: items.map((c) => c.id), total, page: query.page } });
  return { items, total, totalIsLowerBound, page: query.page, pageSize: query.pageSize };
}

/**
 * The consultation if the actor may see it (404 otherwise, whether it exists or not); with
 * `handle`, also that they work its region's queue (403) and that it is still open (409).
 */
async function requireConsultation(db: Db | Tx, actor: Actor, unverifiedId: string, handle = false): Promise<ConsultationRecord> {
  const found = await findConsultationInScope(db, consultationScope(actor), unverifiedId);
  if (!found) throw notFound('No such consultation.');
  if (handle) {
    if (!handlesRegion(actor, found.regionCode)) throw forbidden("Only the region's coordinators work this consultation.");
    if (!isOpen(found)) throw conflict('The consultation is closed.');
  }
  return found;
}

/** The consultation with its advice and, if the actor may see it, the case it became. */
async function present(db: Db | Tx, actor: Actor, c: ConsultationRecord): Promise<ConsultationDetail> {
  const escalatedCase = c.status === 'escalated' ? await findCaseOpenedFrom(db, actor, c.id) : null;
  return {
    ...c,
    escalatedCaseId: escalatedCase?.id ?? null,
    escalatedCaseReference: escalatedCase?.reference ?? null,
    advice: await findAdvice(db, c.id),
    can: abilitiesOf(actor, c),
  };
}

export async function getConsultation(db: Db, ctx: ActorContext, unverifiedId: string): Promise<ConsultationDetail> {
  const found = await requireConsultation(db, ctx.actor, unverifiedId);
  await recordAudit(db, ctx, { action: 'consultation.read', subjectId: found.id });
  return present(db, ctx.actor, found);
}

async function reread(tx: Tx, actor: Actor, id: string): Promise<ConsultationDetail> {
  const found = await findConsultationInScope(tx, consultationScope(actor), id);
  if (!found) throw notFound('No such consultation.');
  return present(tx, actor, found);
}

/** A signed-in person asks for method support: from the support line if they are an operator. */
export async function createConsultation(
  db: Db,
  ctx: ActorContext,
  input: ConsultationCreateInput,
  idempotency: { key: string | undefined; fingerprint: string },
): Promise<{ detail: ConsultationDetail; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      const opened = await openConsultation(tx, ctx, {
        ...input,
        source: hasRole(ctx.actor, 'support_line_operator') ? 'support_line' : 'professional',
        createdByUserId: ctx.actor.userId,
      });
      return opened.id;
    });
    if (replayed) await recordAudit(tx, ctx, { action: 'consultation.read', subjectId: id, details: { idempotentReplay: true } });
    return { detail: await reread(tx, ctx.actor, id), replayed };
  });
}

/** Whom the consultation may be assigned to: the active regional coordinators of its region. */
export async function listAssignees(db: Db, ctx: ActorContext, unverifiedId: string): Promise<ConsultationAssignee[]> {
  const found = await requireConsultation(db, ctx.actor, unverifiedId);
  if (!handlesRegion(ctx.actor, found.regionCode)) throw forbidden("Only the region's coordinators work this consultation.");
  const collator = new Intl.Collator('sv-SE');
  const rows = (await findRegionalCoordinators(db, found.regionCode)).sort((a, b) => collator.compare(a.name, b.name));
  await recordAudit(db, ctx, { action: 'consultation.read', subjectId: found.id, details: { assigneeUserIds: rows.map((r) => r.userId) } });
  return rows;
}

async function change(
  tx: Tx,
  id: string,
  expectedVersion: number,
  changes: ConsultationChanges,
): Promise<number> {
  const version = await updateConsultation(tx, id, expectedVersion, changes);
  if (version === undefined) throw staleVersion((await findConsultationVersion(tx, id)) ?? expectedVersion);
  return version;
}

export async function claimConsultation(db: Db, ctx: ActorContext, unverifiedId: string, expectedVersion: number): Promise<ConsultationDetail> {
  return db.transaction(async (tx) => {
    const found = await requireConsultation(tx, ctx.actor, unverifiedId, true);
    const version = await change(tx, found.id, expectedVersion, {
      status: 'claimed',
      assigneeUserId: ctx.actor.userId,
      claimedAt: sql`now()`,
      firstRespondedAt: sql`coalesce(${consultations.firstRespondedAt}, now())`,
    });
    await recordAudit(tx, ctx, { action: 'consultation.claim', subjectId: found.id, details: { version } });
    return reread(tx, ctx.actor, found.id);
  });
}

export async function assignConsultation(
  db: Db,
  ctx: ActorContext,
  unverifiedId: string,
  expectedVersion: number,
  userId: string,
): Promise<ConsultationDetail> {
  return db.transaction(async (tx) => {
    const found = await requireConsultation(tx, ctx.actor, unverifiedId, true);
    const [candidate] = await findRegionalCoordinators(tx, found.regionCode, userId);
    if (!candidate) {
      throw badRequest('Invalid input: userId', [{ field: 'userId', code: 'not_a_candidate', message: "not an active regional coordinator of the consultation's region" }]);
    }
    const version = await change(tx, found.id, expectedVersion, {
      status: 'claimed',
      assigneeUserId: userId,
      claimedAt: sql`now()`,
    });
    await recordAudit(tx, ctx, { action: 'consultation.assign', subjectId: found.id, details: { assigneeUserId: userId, version } });
    return reread(tx, ctx.actor, found.id);
  });
}

/** Appends advice (append-only, so no If-Match); the first advice is the first response. */
export async function adviseConsultation(db: Db, ctx: ActorContext, unverifiedId: string, input: ConsultationAdviceInput): Promise<ConsultationDetail> {
  return db.transaction(async (tx) => {
    const found = await requireConsultation(tx, ctx.actor, unverifiedId, true);
    const adviceId = await insertAdvice(tx, found.id, ctx.actor.userId, input.body);
    await markFirstResponse(tx, found.id);
    await recordAudit(tx, ctx, { action: 'consultation.advice', subjectId: found.id, details: { adviceId } });
    return reread(tx, ctx.actor, found.id);
  });
}

export async function closeConsultation(
  db: Db,
  ctx: ActorContext,
  unverifiedId: string,
  expectedVersion: number,
  outcome: string,
): Promise<ConsultationDetail> {
  return db.transaction(async (tx) => {
    const found = await requireConsultation(tx, ctx.actor, unverifiedId, true);
    const version = await change(tx, found.id, expectedVersion, {
      status: 'closed',
      outcome,
      closedAt: sql`now()`,
      closedByUserId: ctx.actor.userId,
    });
    await recordAudit(tx, ctx, { action: 'consultation.close', subjectId: found.id, details: { outcome, version } });
    return reread(tx, ctx.actor, found.id);
  });
}

/**
 * Escalates the consultation into a case carrying its facts over (municipality, exploitation forms,
 * whether a child is involved) with the pseudonym the coordinator gives; each points to the other.
 */
export async function escalateConsultation(
  db: Db,
  ctx: ActorContext,
  unverifiedId: string,
  expectedVersion: number,
  input: ConsultationEscalateInput,
): Promise<ConsultationEscalated> {
  return db.transaction(async (tx) => {
    const found = await requireConsultation(tx, ctx.actor, unverifiedId, true);
    if (found.version !== expectedVersion) throw staleVersion(found.version);
    const { id: caseId, reference } = await openCase(tx, ctx, {
      municipalityCode: found.municipalityCode,
      exploitationForms: found.exploitationForms.length > 0 ? found.exploitationForms : ['unknown'],
      indicators: [],
      person: {
        codeName: input.codeName,
        birthYear: null,
        gender: 'unknown',
        citizenships: [],
        languages: [],
        isChild: found.childInvolved === 'yes',
        hasProtectedIdentity: false,
      },
      sourceConsultationId: found.id,
    });
    const version = await change(tx, found.id, expectedVersion, {
      status: 'escalated',
      outcome: 'escalated_to_case',
      closedAt: sql`now()`,
      closedByUserId: ctx.actor.userId,
      firstRespondedAt: sql`coalesce(${consultations.firstRespondedAt}, now())`,
    });
    await recordAudit(tx, ctx, { action: 'consultation.escalate', subjectId: found.id, details: { caseId, version } });
    return { caseId, reference };
  });
}

