import type { CasePhase } from '../../../shared/enums.ts';
import type { PhaseMoveInput, SupportProcessState } from '../../../shared/schemas/support-process.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { HttpProblem, badRequest, notFound, unprocessable } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { findPendingApprovalOf, registerApprovalAction, requestApproval } from '../approvals/approvals.service.ts';
import { requireCaseAccess } from '../cases/case-access.policy.ts';
import { decideMove, isOpenPhase, missingForForwardMove, nextPhaseOf } from './phase-rules.ts';
import {
  findCaseChecklists,
  findPhaseFacts,
  findPhaseHistory,
  findRequiredChecklist,
  insertPhaseChange,
  updateCasePhase,
} from './support-process.queries.ts';

/** The case's place in the process, read after the access check has let the actor in. */
async function presentSupportProcess(db: Db | Tx, actor: Actor, caseId: string): Promise<SupportProcessState> {
  const facts = await findPhaseFacts(db, caseId);
  if (!facts) throw notFound('No such case.');
  // One after another: inside a transaction the statements share one connection anyway.
  const phases = await findCaseChecklists(db, caseId);
  const history = await findPhaseHistory(db, caseId);
  const requiredChecklist = await findRequiredChecklist(db, caseId, facts.phase);
  const ruleFacts = { ...facts, requiredChecklist };
  const nextPhase = nextPhaseOf(facts.phase);
  return {
    caseId,
    phase: facts.phase,
    caseVersion: facts.version,
    phases,
    nextPhase,
    missingForNext: nextPhase ? missingForForwardMove(ruleFacts, nextPhase) : [],
    missingForClose: isOpenPhase(facts.phase) ? missingForForwardMove(ruleFacts, 'closed') : [],
    history,
    pendingClosureApproval: await findPendingApprovalOf(db, actor, caseId, 'close_protected_case'),
  };
}

/** The phase, the checklists, what the next move lacks and the history; any access to the case. */
export async function getSupportProcess(db: Db, ctx: ActorContext, unverifiedCaseId: string): Promise<SupportProcessState> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  // The history holds reasons written in the case: reading it is reading case content.
  await recordAudit(db, ctx, { action: 'case.phase_history_read', subjectId: access.caseId });
  return presentSupportProcess(db, ctx.actor, access.caseId);
}

/**
 * Moves the case to another phase if the rules allow it (see phase-rules.ts), for a caller who
 * read the case's current version. The case row is locked for the decision, so a concurrent change
 * either came first (412) or waits. Answers the new process state.
 */
export async function movePhase(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  input: PhaseMoveInput,
  expectedVersion: number,
  emailed = false,
): Promise<SupportProcessState> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'movePhase');
    const facts = await findPhaseFacts(tx, access.caseId, true);
    if (!facts) throw notFound('No such case.');
    if (facts.version !== expectedVersion) throw staleVersion(facts.version);
    // Closing a protected-identity case needs a second person (DESIGN.md §9): the move waits for approval.
    if (input.to === 'closed' && access.hasProtectedIdentity) {
      await requireAllowedMove(tx, access.caseId, facts, input);
      await requestApproval(
        tx,
        ctx,
        { kind: 'close_protected_case', caseId: access.caseId, caseReference: access.reference, subjectId: null, payload: {}, note: facts.closureReason },
        emailed,
      );
      return presentSupportProcess(tx, ctx.actor, access.caseId);
    }
    await applyMove(tx, ctx, access.caseId, facts, input);
    return presentSupportProcess(tx, ctx.actor, access.caseId);
  });
}

type Facts = NonNullable<Awaited<ReturnType<typeof findPhaseFacts>>>;

/** The phase rules' decision for the move, or the 400/422 that says what is wrong. */
async function requireAllowedMove(tx: Tx, caseId: string, facts: Facts, input: PhaseMoveInput) {
  const requiredChecklist = await findRequiredChecklist(tx, caseId, facts.phase);
  const decision = decideMove({ ...facts, requiredChecklist }, input.to, input.reason);
  if (!decision.ok) {
    throw decision.status === 400 ? badRequest(decision.detail, decision.errors) : unprocessable(decision.detail, decision.errors);
  }
  return decision;
}

/** Moves the locked case from the facts read, records the history and the audit event. */
async function applyMove(tx: Tx, ctx: ActorContext, caseId: string, facts: Facts, input: PhaseMoveInput): Promise<void> {
  const from: CasePhase = facts.phase;
  const decision = await requireAllowedMove(tx, caseId, facts, input);
  const version = await updateCasePhase(tx, { caseId, expectedVersion: facts.version, to: input.to, kind: decision.kind });
  // The row is locked, so only a bug could get here; never move without the version check.
  if (version === undefined) throw new HttpProblem(409, 'Conflict', 'The case changed while moving it.');
  await insertPhaseChange(tx, {
    caseId,
    from,
    to: input.to,
    kind: decision.kind,
    // A closing is explained by its closure reason; it stays in the history if the case reopens.
    reason: input.reason ?? (input.to === 'closed' ? facts.closureReason : null),
    byUserId: ctx.actor.userId,
  });
  await recordAudit(tx, ctx, { action: 'case.phase_moved', subjectId: caseId, details: { from, to: input.to, kind: decision.kind } });
}

// On approval the closing runs in the approver's transaction, checked against the rules again.
registerApprovalAction('close_protected_case', {
  async approve(tx, ctx, request) {
    const facts = await findPhaseFacts(tx, request.caseId, true);
    if (!facts) throw notFound('No such case.');
    await applyMove(tx, ctx, request.caseId, facts, { to: 'closed' });
  },
  async reject() {
    // Nothing was changed while the request waited: the case simply stays open.
  },
});
