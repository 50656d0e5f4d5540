import { casePhases, type CasePhase, type PhaseMoveKind } from '../../../shared/enums.ts';
import type { MissingItem } from '../../../shared/schemas/support-process.ts';

/**
 * The rules of the support process (DESIGN.md §4) as pure decisions over facts the service
 * loads: which moves exist, what entering a phase needs, and the child rule.
 */

/** What the rules read about a case. */
export interface PhaseFacts {
  phase: CasePhase;
  leadUserId: string | null;
  riskLevel: string | null;
  policeReportReference: string | null;
  noPoliceReportReason: string | null;
  longTermPath: string | null;
  closureOutcome: string | null;
  closureReason: string | null;
  isChild: boolean;
  /** Social services of the case's municipality are on the team under a legal basis that holds. */
  hasSocialServicesOnTeam: boolean;
  /** The required, active checklist items of the current phase, and whether the case ticked each. */
  requiredChecklist: readonly { itemId: string; labelEn: string; done: boolean }[];
}

/** The phases a child's case may not enter without social services on the team. */
const phasesNeedingSocialServicesForChild: readonly CasePhase[] = ['protection', 'legal', 'long_term'];

const missing = (field: string, message: string): MissingItem => ({ field, code: 'missing', message });

export const isOpenPhase = (phase: CasePhase) => phase !== 'closed';

/** The phase a forward move goes to; null for a closed case. */
export function nextPhaseOf(phase: CasePhase): CasePhase | null {
  if (phase === 'closed') return null;
  return casePhases[casePhases.indexOf(phase) + 1] ?? null;
}

/**
 * What kind of move from → to is: forward to the next phase or to 'closed' from any open phase;
 * back to any earlier open phase; reopen from closed to any open phase. Null for a move that does
 * not exist (staying, or skipping phases ahead).
 */
export function moveKindOf(from: CasePhase, to: CasePhase): PhaseMoveKind | null {
  if (from === to) return null;
  if (from === 'closed') return 'reopen';
  if (to === 'closed' || to === nextPhaseOf(from)) return 'forward';
  return casePhases.indexOf(to) < casePhases.indexOf(from) ? 'back' : null;
}

/** What entering the phase needs of the case itself. */
function entryRequirements(facts: PhaseFacts, to: CasePhase): MissingItem[] {
  switch (to) {
    case 'suspicion':
      // Region and exploitation forms are required when the case is opened.
      return [];
    case 'assessment':
      return facts.leadUserId ? [] : [missing('leadUserId', 'The case needs a lead coordinator.')];
    case 'protection':
      return facts.riskLevel ? [] : [missing('riskLevel', 'The risk assessment has not been recorded.')];
    case 'legal':
      return facts.policeReportReference || facts.noPoliceReportReason
        ? []
        : [missing('policeReport', 'Record the police report reference or the reason there is none.')];
    case 'long_term':
      return facts.longTermPath ? [] : [missing('longTermPath', 'Choose the long-term path.')];
    case 'closed':
      return [
        ...(facts.closureOutcome ? [] : [missing('closureOutcome', 'Record the outcome of the case.')]),
        ...(facts.closureReason ? [] : [missing('closureReason', 'Record why the case is closed.')]),
      ];
  }
}

/**
 * What a forward move to `to` lacks: what the phase needs to enter; when moving on to the next
 * phase (not when closing early), every required checklist item of the current phase; and for a
 * child, social services of the municipality on the team before the case goes past assessment.
 * Call it for forward moves only.
 */
export function missingForForwardMove(facts: PhaseFacts, to: CasePhase): MissingItem[] {
  const found = entryRequirements(facts, to);
  if (facts.isChild && phasesNeedingSocialServicesForChild.includes(to) && !facts.hasSocialServicesOnTeam) {
    found.push(missing('socialServicesOnTeam', "A child's case needs social services of the municipality on the case team."));
  }
  if (to === nextPhaseOf(facts.phase)) {
    for (const item of facts.requiredChecklist) {
      if (!item.done) found.push(missing(`checklist.${item.itemId}`, `Checklist item not done: ${item.labelEn}`));
    }
  }
  return found;
}

export type MoveDecision =
  | { ok: true; kind: PhaseMoveKind }
  | { ok: false; status: 400 | 422; detail: string; errors: MissingItem[] };

/**
 * Whether the case may move to `to`: a move that does not exist is refused (422, field `to`),
 * a move back or a reopening without a reason is bad input (400, field `reason`), and a forward
 * move that lacks something is refused (422) with every missing item listed.
 */
export function decideMove(facts: PhaseFacts, to: CasePhase, reason: string | undefined): MoveDecision {
  const kind = moveKindOf(facts.phase, to);
  if (kind === null) {
    const detail = facts.phase === to ? 'The case is already in this phase.' : 'A case moves on one phase at a time, or closes.';
    return { ok: false, status: 422, detail, errors: [{ field: 'to', code: 'invalid_move', message: detail }] };
  }
  if (kind !== 'forward') {
    if (!reason) {
      const detail = kind === 'back' ? 'Moving a case back needs a reason.' : 'Reopening a case needs a reason.';
      return { ok: false, status: 400, detail, errors: [{ field: 'reason', code: 'required', message: detail }] };
    }
    return { ok: true, kind };
  }
  const errors = missingForForwardMove(facts, to);
  if (errors.length > 0) {
    return { ok: false, status: 422, detail: 'The case does not yet have what the phase needs.', errors };
  }
  return { ok: true, kind };
}
