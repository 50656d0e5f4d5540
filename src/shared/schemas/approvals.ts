import { z } from 'zod';
import { approvalKinds, approvalStatuses } from '../enums.ts';
import { limits } from '../limits.ts';
import { uuid } from './common.ts';

const instant = z.iso.datetime({ offset: true });

export const approval = z.object({
  id: uuid,
  kind: z.enum(approvalKinds),
  caseId: uuid,
  caseReference: z.string(),
  status: z.enum(approvalStatuses),
  /** The requester's own words (the closing reason, the transfer's message). */
  note: z.string().nullable(),
  requestedByName: z.string(),
  createdAt: instant,
  decidedByName: z.string().nullable(),
  decidedAt: instant.nullable(),
  decisionReason: z.string().nullable(),
  /** Send it back in If-Match to approve or reject. */
  version: z.number().int(),
  /** Whether the caller may decide it: a national coordinator who did not ask. */
  canDecide: z.boolean(),
  /** Whether the caller may withdraw it: the one who asked (for a transfer, also who may revoke it). */
  canWithdraw: z.boolean(),
});
export type Approval = z.infer<typeof approval>;

export const approvalQuery = z.object({
  /** pending (default): waiting for a decision, oldest first; all: decided ones too, latest first. */
  status: z.enum(['pending', 'all']).default('pending'),
});

/** Approving or rejecting: the reason is required either way, so the record says why. */
export const approvalDecisionInput = z.object({ reason: z.string().trim().min(1).max(limits.reasonMax) });
export type ApprovalDecisionInput = z.infer<typeof approvalDecisionInput>;

/** Withdrawing a pending request: the reason is required, so the approver's record says why it went. */
export const approvalWithdrawInput = approvalDecisionInput;
export type ApprovalWithdrawInput = z.infer<typeof approvalWithdrawInput>;

export const approvalCount = z.object({ pending: z.number().int() });
export const approvalParams = z.object({ approvalId: uuid });
