import type {
  ReturnApplication,
  ReturnArrivalInput,
  ReturnAssignInput,
  ReturnDecisionInput,
  ReturnEndInput,
  ReturnFollowUpInput,
  ReturnJourneyInput,
  ReturnPlanInput,
  ReturnStatus,
  ReturnWithdrawInput,
} from '../../../shared/schemas/returns.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { badRequest, conflict, forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { type ReturnNotification, notifyAboutReturn, removeMilestoneReminders } from './return-notifications.service.ts';
import { type ReturnStep, milestonesAfterArrival, stepFrom } from './return-rules.ts';
import { returnAbilities } from './returns.policy.ts';
import { type ApplicationRow, activeMembersWithRole, cancelOpenMilestones, completeMilestone, insertMilestones, listActiveIomOrganisations, lockApplication, updateApplication } from './returns.queries.ts';
import { type ReturnDeps, factsOf, presentOneApplication } from './returns.service.ts';

interface StepContext {
  tx: Tx;
  row: ApplicationRow;
  today: string;
  /** Tells the people the step concerns (the actor is left out). */
  notify: (kind: ReturnNotification['kind'], on: string, options?: { nationals?: boolean }) => Promise<void>;
}

/**
 * Takes one step of the programme in one transaction: the application is loaded in the actor's
 * scope and locked (404 outside it), the actor's part is checked (403), then the order of the
 * steps (409: the application is not where the step starts). A refused step changes nothing.
 */
async function takeStep(deps: ReturnDeps, ctx: ActorContext, unverifiedId: string, step: ReturnStep, now: Date, act: (s: StepContext) => Promise<void>): Promise<ReturnApplication> {
  return deps.db.transaction(async (tx) => {
    const row = await lockApplication(tx, ctx.actor, unverifiedId);
    if (!row) throw notFound('No such return application.');
    const facts = await factsOf(tx, ctx.actor, row);
    // The actor's part, whatever the status: would they be allowed from the step's own start?
    if (!returnAbilities({ ...facts, status: stepFrom[step][0] })[step]) throw forbidden('Your part in this return application does not allow this.');
    if (!returnAbilities(facts)[step]) throw conflict(`The return application is ${row.status}; this step cannot be taken now.`);
    const today = stockholmDate(now);
    const notify: StepContext['notify'] = async (kind, on, options = {}) => {
      const current = await lockApplication(tx, ctx.actor, row.id);
      const iomOrganisationId = current?.iomOrganisationId ?? row.iomOrganisationId;
      const caseRecipients = [row.referredByUserId, ...(row.leadUserId ? [row.leadUserId] : [])];
      if (options.nationals) caseRecipients.push(...(await activeMembersWithRole(tx, 'national_coordinator')));
      const officers = iomOrganisationId ? await activeMembersWithRole(tx, 'return_officer', iomOrganisationId) : [];
      const notActor = (ids: readonly string[]) => ids.filter((id) => id !== ctx.actor.userId);
      await notifyAboutReturn(
        tx,
        {
          kind,
          applicationId: row.id,
          caseId: row.caseId,
          on,
          caseRecipients: notActor(caseRecipients),
          ...(iomOrganisationId ? { iom: { organisationId: iomOrganisationId, recipients: notActor(officers) } } : {}),
        },
        deps.emailed,
      );
    };
    await act({ tx, row, today, notify });
    return presentOneApplication(tx, ctx.actor, row.id, now);
  });
}

const fieldError = (field: string, code: string, message: string) => badRequest(`Invalid input: ${field}`, [{ field, code, message }]);

/** NMT approves or declines (with a reason) a submitted application. */
export function decideReturn(deps: ReturnDeps, ctx: ActorContext, id: string, input: ReturnDecisionInput, now = new Date()) {
  return takeStep(deps, ctx, id, 'decide', now, async ({ tx, row, today, notify }) => {
    const approved = input.decision === 'approve';
    await updateApplication(tx, row.id, {
      status: approved ? 'approved' : 'declined',
      decidedByUserId: ctx.actor.userId,
      decidedAt: now,
      declineReason: approved ? null : input.reason!,
    });
    await recordAudit(tx, ctx, { action: 'return.decided', subjectId: row.caseId, details: { returnId: row.id, decision: input.decision } });
    await notify(approved ? 'return_approved' : 'return_declined', today);
  });
}

/** NMT hands an approved application to an active IOM organisation. */
export function assignReturn(deps: ReturnDeps, ctx: ActorContext, id: string, input: ReturnAssignInput, now = new Date()) {
  return takeStep(deps, ctx, id, 'assign', now, async ({ tx, row, today, notify }) => {
    const offered = await listActiveIomOrganisations(tx);
    if (!offered.some((o) => o.id === input.organisationId)) {
      throw fieldError('organisationId', 'not_iom_organisation', 'choose an active IOM organisation');
    }
    await updateApplication(tx, row.id, { status: 'assigned', iomOrganisationId: input.organisationId });
    await recordAudit(tx, ctx, { action: 'return.assigned', subjectId: row.caseId, details: { returnId: row.id, organisationId: input.organisationId } });
    await notify('return_assigned', today);
  });
}

/** The IOM organisation (or NMT) plans the journey; it may be moved until departure. */
export function planReturnJourney(deps: ReturnDeps, ctx: ActorContext, id: string, input: ReturnJourneyInput, now = new Date()) {
  return takeStep(deps, ctx, id, 'planJourney', now, async ({ tx, row, notify }) => {
    await updateApplication(tx, row.id, { status: 'travel_planned', journeyOn: input.journeyOn });
    await recordAudit(tx, ctx, { action: 'return.journey_planned', subjectId: row.caseId, details: { returnId: row.id } });
    await notify('return_journey_planned', input.journeyOn);
  });
}

/**
 * The person has arrived: the reintegration plan falls due a month later and the follow-ups at
 * 3, 6 and 12 months, as deadlines the reminder tick watches.
 */
export function recordReturnArrival(deps: ReturnDeps, ctx: ActorContext, id: string, input: ReturnArrivalInput, now = new Date()) {
  return takeStep(deps, ctx, id, 'recordArrival', now, async ({ tx, row, today, notify }) => {
    if (input.arrivedOn > today) throw fieldError('arrivedOn', 'in_future', 'the arrival cannot be in the future');
    if (row.journeyOn !== null && input.arrivedOn < row.journeyOn) throw fieldError('arrivedOn', 'before_journey', 'the arrival cannot be before the journey');
    await updateApplication(tx, row.id, { status: 'arrived', arrivedOn: input.arrivedOn });
    const milestoneIds = await insertMilestones(tx, row.id, milestonesAfterArrival(input.arrivedOn));
    await recordAudit(tx, ctx, { action: 'return.arrival_recorded', subjectId: row.caseId, details: { returnId: row.id, milestoneIds } });
    await notify('return_arrived', input.arrivedOn, { nationals: true });
  });
}

/** The reintegration plan is recorded: the follow-ups come next. */
export function recordReturnPlan(deps: ReturnDeps, ctx: ActorContext, id: string, input: ReturnPlanInput, now = new Date()) {
  return takeStep(deps, ctx, id, 'recordPlan', now, async ({ tx, row, today, notify }) => {
    const milestoneId = await completeMilestone(tx, row.id, 'reintegration_plan', { note: input.summary, doneByUserId: ctx.actor.userId });
    if (!milestoneId) throw conflict('The reintegration plan is already recorded.');
    await updateApplication(tx, row.id, { status: 'reintegration' });
    await recordAudit(tx, ctx, { action: 'return.plan_recorded', subjectId: row.caseId, details: { returnId: row.id, milestoneId } });
    await notify('return_plan_recorded', today);
  });
}

/** A follow-up with its assessment; the 12-month follow-up closes the application. */
export function recordReturnFollowUp(deps: ReturnDeps, ctx: ActorContext, id: string, input: ReturnFollowUpInput, now = new Date()) {
  return takeStep(deps, ctx, id, 'recordFollowUp', now, async ({ tx, row, today, notify }) => {
    const { kind, ...assessment } = input;
    const milestoneId = await completeMilestone(tx, row.id, kind, { ...assessment, doneByUserId: ctx.actor.userId });
    if (!milestoneId) throw conflict('This follow-up is already recorded.');
    if (kind === 'follow_up_12') await updateApplication(tx, row.id, { status: 'closed' satisfies ReturnStatus });
    else await updateApplication(tx, row.id, {});
    await recordAudit(tx, ctx, { action: 'return.follow_up_recorded', subjectId: row.caseId, details: { returnId: row.id, milestoneId, kind } });
    await notify('return_follow_up_recorded', today);
  });
}

/** The person no longer wishes to return: withdrawn with a reason, at any time before departure. */
export function withdrawReturn(deps: ReturnDeps, ctx: ActorContext, id: string, input: ReturnWithdrawInput, now = new Date()) {
  return takeStep(deps, ctx, id, 'withdraw', now, async ({ tx, row, today, notify }) => {
    await updateApplication(tx, row.id, { status: 'withdrawn', withdrawReason: input.reason });
    await recordAudit(tx, ctx, { action: 'return.withdrawn', subjectId: row.caseId, details: { returnId: row.id } });
    await notify('return_withdrawn', today, { nationals: true });
  });
}

/**
 * Ends the participation before the 12-month follow-up, with a reason (consent withdrawn, no
 * contact, ...): the application is closed, and the plan and follow-ups not yet done are
 * cancelled with their reminders, so nobody is reminded about them again.
 */
export function endReturn(deps: ReturnDeps, ctx: ActorContext, id: string, input: ReturnEndInput, now = new Date()) {
  return takeStep(deps, ctx, id, 'end', now, async ({ tx, row, today, notify }) => {
    const cancelledMilestoneIds = await cancelOpenMilestones(tx, row.id);
    await removeMilestoneReminders(tx, cancelledMilestoneIds);
    await updateApplication(tx, row.id, { status: 'closed' satisfies ReturnStatus, endReason: input.reason, endNote: input.note, endedAt: now });
    await recordAudit(tx, ctx, { action: 'return.ended', subjectId: row.caseId, details: { returnId: row.id, reason: input.reason, cancelledMilestoneIds } });
    await notify('return_ended', today, { nationals: true });
  });
}
