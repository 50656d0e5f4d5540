import { eq } from 'drizzle-orm';
import type { Gender } from '../../../shared/enums.ts';
import {
  type CaseReturns,
  type IomOrganisation,
  type ReturnApplication,
  type ReturnEndReason,
  type ReturnList,
  type ReturnListItem,
  type ReturnMilestoneKind,
  type ReturnReferInput,
  type ReturnStatus,
  type TravelDocumentStatus,
  activeReturnStatuses,
} from '../../../shared/schemas/returns.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { Db, Tx } from '../../db/client.ts';
import { type Actor, hasRole } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, conflict, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { findCaseAccess, requireCaseAccess } from '../cases/case-access.policy.ts';
import { deadlineStatus } from '../deadlines/deadlines.service.ts';
import { notifyAboutReturn } from './return-notifications.service.ts';
import { type ReturnFacts, officerOrganisationIds, returnAbilities } from './returns.policy.ts';
import {
  type ApplicationRow,
  type MilestoneRow,
  type ProgrammeListRow,
  activeMembersWithRole,
  findApplications,
  findMilestones,
  hasActiveApplication,
  insertApplication,
  listActiveIomOrganisations,
  listApplications,
  lockCaseReferrals,
} from './returns.queries.ts';
import { returnApplications } from './returns.schema.ts';

/** What a step's notification needs: whether e-mail is configured. */
export interface ReturnDeps {
  db: Db;
  emailed: boolean;
}

/** The facts that decide what the actor may do with the application. */
export async function factsOf(db: Db | Tx, actor: Actor, row: ApplicationRow): Promise<ReturnFacts> {
  const status = row.status as ReturnStatus;
  const isReceivingOfficer =
    row.iomOrganisationId !== null && officerOrganisationIds(actor).includes(row.iomOrganisationId) && !['submitted', 'approved', 'declined'].includes(status);
  const caseAccess = row.inCaseScope ? await findCaseAccess(db, actor, row.caseId) : undefined;
  return { status, isNational: hasRole(actor, 'national_coordinator'), isReceivingOfficer, worksInCase: caseAccess?.can.manageMeasures ?? false };
}

function presentMilestone(row: MilestoneRow, today: string): ReturnApplication['milestones'][number] {
  const isFollowUp = row.kind !== 'reintegration_plan';
  const hasAssessment = isFollowUp && row.housing !== null && row.income !== null && row.health !== null && row.safety !== null && row.socialNetwork !== null;
  return {
    id: row.id,
    kind: row.kind as ReturnMilestoneKind,
    dueOn: row.dueOn,
    ...deadlineStatus(row.dueOn, today, row.doneAt !== null),
    doneAt: row.doneAt?.toISOString() ?? null,
    assessment: hasAssessment
      ? { housing: row.housing!, income: row.income!, health: row.health!, safety: row.safety!, socialNetwork: row.socialNetwork! }
      : null,
    note: row.note,
  };
}

/**
 * The application as the actor may see it. Whoever sees only the referral (an IOM officer) gets
 * what it shares: the pseudonymised person and the application, never the case or its number.
 */
export function presentApplication(row: ApplicationRow, milestones: MilestoneRow[], facts: ReturnFacts, today: string): ReturnApplication {
  const seesCase = row.inCaseScope || facts.isNational;
  return {
    id: row.id,
    caseId: seesCase ? row.caseId : null,
    caseReference: seesCase ? row.caseReference : null,
    status: row.status as ReturnStatus,
    countryCode: row.countryCode,
    reasons: row.reasons,
    travelDocumentStatus: row.travelDocumentStatus as TravelDocumentStatus,
    consentGiven: row.consentGiven,
    consentOn: row.consentOn,
    person: { codeName: row.codeName, birthYear: row.birthYear, gender: row.gender as Gender, citizenships: row.citizenships, languages: row.languages },
    referredAt: row.referredAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    declineReason: row.declineReason,
    withdrawReason: row.withdrawReason,
    endReason: row.endReason as ReturnEndReason | null,
    endNote: row.endNote,
    endedAt: row.endedAt?.toISOString() ?? null,
    iomOrganisationId: row.iomOrganisationId,
    iomOrganisationName: row.iomOrganisationName,
    journeyOn: row.journeyOn,
    arrivedOn: row.arrivedOn,
    milestones: milestones.filter((m) => m.applicationId === row.id).map((m) => presentMilestone(m, today)),
    can: returnAbilities(facts),
    version: row.version,
  };
}

/** One application in the actor's scope, presented; 404 outside it. */
export async function presentOneApplication(db: Db | Tx, actor: Actor, id: string, now: Date): Promise<ReturnApplication> {
  const [row] = await findApplications(db, actor, eq(returnApplications.id, id));
  if (!row) throw notFound('No such return application.');
  return presentApplication(row, await findMilestones(db, [row.id]), await factsOf(db, actor, row), stockholmDate(now));
}

/** The case's applications to the programme, for everyone who sees the case. */
export async function listCaseReturns(db: Db, ctx: ActorContext, unverifiedCaseId: string, now = new Date()): Promise<CaseReturns> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const rows = await findApplications(db, ctx.actor, eq(returnApplications.caseId, access.caseId));
  const milestones = await findMilestones(db, rows.map((r) => r.id));
  const today = stockholmDate(now);
  const items = await Promise.all(rows.map(async (row) => presentApplication(row, milestones, await factsOf(db, ctx.actor, row), today)));
  await recordAudit(db, ctx, { action: 'return.case_read', subjectId: access.caseId, details: { returnIds: rows.map((r) => r.id), count: rows.length } });
  const isActive = rows.some((row) => (activeReturnStatuses as readonly string[]).includes(row.status));
  return { items, canRefer: access.can.manageMeasures && !isActive };
}

/** One application: the referral as the IOM organisation sees it, or the whole for NMT. */
export async function getReturn(db: Db, ctx: ActorContext, unverifiedId: string, now = new Date()): Promise<ReturnApplication> {
  const application = await presentOneApplication(db, ctx.actor, unverifiedId, now);
  const [row] = await db.select({ caseId: returnApplications.caseId }).from(returnApplications).where(eq(returnApplications.id, application.id));
  await recordAudit(db, ctx, { action: 'return.read', subjectId: row!.caseId, details: { returnId: application.id } });
  return application;
}

/** A row of the programme list as the actor may see it: the case and its number only to those who see the case, and NMT. */
export function presentListItem(actor: Actor): (row: ProgrammeListRow) => ReturnListItem {
  const isNational = hasRole(actor, 'national_coordinator');
  return ({ inCaseScope, ...row }) => {
    const seesCase = inCaseScope || isNational;
    return {
      ...row,
      caseId: seesCase ? row.caseId : null,
      caseReference: seesCase ? row.caseReference : null,
      status: row.status as ReturnStatus,
      nextDueKind: row.nextDueKind as ReturnMilestoneKind | null,
    };
  };
}

/**
 * Everyone in the programme the actor may see (NMT: the whole country; an IOM officer: their
 * organisation's referrals): overdue follow-ups first, then the next due date.
 */
export async function listReturns(db: Db, ctx: ActorContext, now = new Date()): Promise<ReturnList> {
  const today = stockholmDate(now);
  const rows = await listApplications(db, ctx.actor, today);
  const items = rows.map(presentListItem(ctx.actor));
  await recordAudit(db, ctx, { action: 'return.list', details: { returnIds: items.map((i) => i.id), count: items.length } });
  return { items, today };
}

/** The IOM organisations NMT may assign an application to: active ones only. */
export async function listIomOrganisations(db: Db, ctx: ActorContext): Promise<IomOrganisation[]> {
  const rows = await listActiveIomOrganisations(db);
  await recordAudit(db, ctx, { action: 'return.iom_organisations_read', details: { count: rows.length } });
  return rows;
}

/**
 * A case member refers the person to the programme, with their consent. One application may be
 * in the programme per case at a time (409 otherwise). With an Idempotency-Key a retry answers
 * the application the first request made.
 */
export async function referToReturn(
  deps: ReturnDeps,
  ctx: ActorContext,
  unverifiedCaseId: string,
  input: ReturnReferInput,
  idempotency: { key: string | undefined; fingerprint: string },
  now = new Date(),
): Promise<{ application: ReturnApplication; replayed: boolean }> {
  const today = stockholmDate(now);
  if (input.consentOn > today) {
    throw badRequest('Invalid input: consentOn', [{ field: 'consentOn', code: 'in_future', message: 'the consent cannot be dated in the future' }]);
  }
  return deps.db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageMeasures');
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      await lockCaseReferrals(tx, access.caseId);
      if (await hasActiveApplication(tx, access.caseId, activeReturnStatuses)) throw conflict('The person is already in the return programme.');
      const created = await insertApplication(tx, { caseId: access.caseId, ...input, referredByUserId: ctx.actor.userId });
      await recordAudit(tx, ctx, { action: 'return.referred', subjectId: access.caseId, details: { returnId: created } });
      const nationals = await activeMembersWithRole(tx, 'national_coordinator');
      const recipients = [...nationals, ...(access.leadUserId ? [access.leadUserId] : [])].filter((u) => u !== ctx.actor.userId);
      await notifyAboutReturn(tx, { kind: 'return_referred', applicationId: created, caseId: access.caseId, on: today, caseRecipients: recipients }, deps.emailed);
      return created;
    });
    if (replayed) await recordAudit(tx, ctx, { action: 'return.read', subjectId: access.caseId, details: { returnId: id } });
    return { application: await presentOneApplication(tx, ctx.actor, id, now), replayed };
  });
}
