import { z } from 'zod';
import { casePhases, phaseMoveKinds } from '../enums.ts';
import { limits } from '../limits.ts';
import { uuid } from './common.ts';

const iso = z.iso.datetime({ offset: true });
const label = z.string().trim().min(1).max(limits.shortTextMax);

/** One item of a phase's checklist as it stands in a case. */
export const checklistEntry = z.object({
  itemId: uuid,
  labelSv: z.string(),
  labelEn: z.string(),
  /** Must be ticked before the case moves on from the phase. */
  isRequired: z.boolean(),
  /** False for an item national coordinators have retired; listed only where the case ticked it. */
  isActive: z.boolean(),
  done: z.boolean(),
  doneByName: z.string().nullable(),
  doneAt: iso.nullable(),
});
export type ChecklistEntry = z.infer<typeof checklistEntry>;

export const phaseChecklist = z.object({
  phase: z.enum(casePhases),
  checklist: z.array(checklistEntry),
});
export type PhaseChecklist = z.infer<typeof phaseChecklist>;

/**
 * Something a phase move lacks. `field` is stable for the web app to word and link: leadUserId,
 * riskLevel, policeReport, longTermPath, closureOutcome, closureReason, socialServicesOnTeam, or
 * checklist.<itemId>; `code` is 'missing'.
 */
export const missingItem = z.object({ field: z.string(), code: z.string(), message: z.string() });
export type MissingItem = z.infer<typeof missingItem>;

export const phaseHistoryEntry = z.object({
  id: uuid,
  from: z.enum(casePhases).nullable(),
  to: z.enum(casePhases),
  kind: z.enum(phaseMoveKinds),
  /** Why the case moved back or reopened; for a closing, the closure reason. */
  reason: z.string().nullable(),
  byName: z.string(),
  at: iso,
});
export type PhaseHistoryEntry = z.infer<typeof phaseHistoryEntry>;

/** Where a case stands in the support process (DESIGN.md §4). */
export const supportProcessState = z.object({
  caseId: uuid,
  phase: z.enum(casePhases),
  /** The case's version: send it in If-Match to move the case. */
  caseVersion: z.number().int(),
  /** Every phase in order, each with its checklist for this case. */
  phases: z.array(phaseChecklist),
  /** The phase a forward move goes to; null for a closed case. */
  nextPhase: z.enum(casePhases).nullable(),
  /** What a forward move to nextPhase lacks right now (empty: the move would be accepted). */
  missingForNext: z.array(missingItem),
  /** What closing the case lacks right now; empty for a closed case. */
  missingForClose: z.array(missingItem),
  /** Every move, oldest first. */
  history: z.array(phaseHistoryEntry),
  /**
   * Closing a case whose person has protected identity waits for a national coordinator's approval:
   * the request that waits, if any (the case stays open until it is approved).
   */
  pendingClosureApproval: z
    .object({
      id: uuid,
      createdAt: z.iso.datetime({ offset: true }),
      requestedByName: z.string(),
      /** Send it back in If-Match to withdraw the request. */
      version: z.number().int(),
      /** Whether the caller asked for it, and so may withdraw it. */
      canWithdraw: z.boolean(),
    })
    .nullable(),
});
export type SupportProcessState = z.infer<typeof supportProcessState>;

export const phaseMoveInput = z.object({
  /** The next phase, 'closed', an earlier phase (with a reason), or for a closed case any open phase (with a reason). */
  to: z.enum(casePhases),
  /** Needed to move back or reopen; optional when moving on. */
  reason: z.string().trim().min(limits.reasonMin).max(limits.reasonMax).optional(),
});
export type PhaseMoveInput = z.infer<typeof phaseMoveInput>;

export const checklistTickInput = z.object({ done: z.boolean() });
export type ChecklistTickInput = z.infer<typeof checklistTickInput>;

/** A checklist item as national coordinators keep it. */
export const checklistItem = z.object({
  id: uuid,
  phase: z.enum(casePhases),
  labelSv: z.string(),
  labelEn: z.string(),
  isRequired: z.boolean(),
  /** 1-based place among the phase's items, retired ones included. */
  position: z.number().int(),
  isActive: z.boolean(),
  updatedAt: iso,
  /** Send it back in If-Match to change the item. */
  version: z.number().int(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const checklistItemList = z.object({
  phases: z.array(z.object({ phase: z.enum(casePhases), items: z.array(checklistItem) })),
  /** Whether the caller may add and change items (national coordinators). */
  can: z.object({ manage: z.boolean() }),
});
export type ChecklistItemList = z.infer<typeof checklistItemList>;

export const checklistItemCreateInput = z.object({
  phase: z.enum(casePhases),
  labelSv: label,
  labelEn: label,
  isRequired: z.boolean().default(false),
});
export type ChecklistItemCreateInput = z.infer<typeof checklistItemCreateInput>;
export type ChecklistItemCreateRequest = z.input<typeof checklistItemCreateInput>;

/** A change to an item; send only what changes, with If-Match. */
export const checklistItemUpdateInput = z
  .object({
    labelSv: label,
    labelEn: label,
    isRequired: z.boolean(),
    /** The item's new place among the phase's items (1 = first); the others shift to make room. */
    position: z.number().int().min(1).max(10_000),
    /** False retires the item: cases that ticked it keep the tick, new cases no longer see it. */
    isActive: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type ChecklistItemUpdateInput = z.infer<typeof checklistItemUpdateInput>;
