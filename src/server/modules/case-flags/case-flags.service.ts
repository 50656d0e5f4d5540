import type { CaseFlag, CaseFlagInput, CaseFlagSummary } from '../../../shared/schemas/case-flags.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { requireCaseAccess } from '../cases/case-access.policy.ts';
import { caseScope } from '../cases/cases.policy.ts';
import { notifyAboutWork, resolveWorkNotifications } from '../notifications/work-notifications.service.ts';
import { insertFlag, listActiveFlags, listFlagsOfCases, lockActiveFlag, markFlagRemoved } from './case-flags.queries.ts';

/** The flags on a case the actor sees. */
export async function listCaseFlags(db: Db, ctx: ActorContext, unverifiedCaseId: string): Promise<CaseFlag[]> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const flags = await listActiveFlags(db, access.caseId);
  await recordAudit(db, ctx, { action: 'case_flag.list', subjectId: access.caseId, details: { flagIds: flags.map((f) => f.id), count: flags.length } });
  return flags;
}

/**
 * The flags of a page of cases (the case list): cases outside the actor's scope answer nothing, as
 * if they had no flags. Kinds and dates only, no messages; the list itself is audited as a list.
 */
export async function listFlagsForCases(db: Db, ctx: ActorContext, caseIds: readonly string[]): Promise<CaseFlagSummary[]> {
  return listFlagsOfCases(db, caseScope(ctx.actor), caseIds);
}

/** Raises a flag on a case; the lead coordinator, if someone else, is told. */
export async function raiseFlag(db: Db, ctx: ActorContext, unverifiedCaseId: string, input: CaseFlagInput, emailed: boolean): Promise<CaseFlag> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageTasks');
    const id = await insertFlag(tx, { caseId: access.caseId, kind: input.kind, message: input.message, dueOn: input.dueOn, raisedByUserId: ctx.actor.userId });
    await recordAudit(tx, ctx, { action: 'case_flag.raise', subjectId: access.caseId, details: { flagId: id, kind: input.kind, dueOn: input.dueOn } });
    const organisationId = ctx.actor.memberships[0]?.organisationId;
    if (access.leadUserId !== null && access.leadUserId !== ctx.actor.userId && organisationId) {
      await notifyAboutWork(tx, { kind: 'case_flag_raised', organisationId, subjectId: id, caseId: access.caseId, recipients: [access.leadUserId] }, emailed);
    }
    const [flag] = await listActiveFlags(tx, access.caseId, id);
    return flag!;
  });
}

/** Removes a flag; the notification that announced it goes with it. */
export async function removeFlag(db: Db, ctx: ActorContext, unverifiedCaseId: string, unverifiedFlagId: string, expectedVersion: () => number): Promise<void> {
  await db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageTasks');
    const flag = await lockActiveFlag(tx, access.caseId, unverifiedFlagId);
    if (!flag) throw notFound('No such flag on this case.');
    if (flag.version !== expectedVersion()) throw staleVersion(flag.version);
    await markFlagRemoved(tx, flag.id, ctx.actor.userId);
    await recordAudit(tx, ctx, { action: 'case_flag.remove', subjectId: access.caseId, details: { flagId: flag.id, kind: flag.kind } });
    await resolveWorkNotifications(tx, flag.id, ['case_flag_raised']);
  });
}
