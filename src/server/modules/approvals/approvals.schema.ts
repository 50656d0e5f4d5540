import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { requestDecisionColumns } from '../../db/schema/request-decision.ts';
import { cases } from '../cases/cases.schema.ts';

/**
 * An action the policy holds for a second person (DESIGN.md §9): it waits here until a national
 * coordinator who did not ask approves it (the action runs in the same transaction) or rejects it,
 * or the one who asked withdraws it.
 */
export const approvalRequests = pgTable(
  'approval_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** enums.approvalKinds. */
    kind: text('kind').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** Copied from the case, so the approver's list needs nothing else of it. */
    caseReference: text('case_reference').notNull(),
    /** The record the action is about (the transfer), if any. */
    subjectId: uuid('subject_id'),
    /** What the action needs to run, as the requesting module wrote it (ids and enums only). */
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    /** The requester's own words (e.g. the closing reason), shown to the approver. */
    note: text('note'),
    /** enums.approvalStatuses. */
    status: text('status').notNull().default('pending'),
    ...requestDecisionColumns(),
    /** Why it was approved, rejected or withdrawn (always given). */
    decisionReason: text('decision_reason'),
  },
  (t) => [
    index('approval_requests_pending_idx').on(t.createdAt).where(sql`${t.status} = 'pending'`),
    uniqueIndex('approval_requests_open_key').on(t.caseId, t.kind).where(sql`${t.status} = 'pending'`),
    // Nobody decides their own request; withdrawing it is theirs to do.
    check(
      'approval_requests_not_own',
      sql`${t.decidedByUserId} is null or ${t.decidedByUserId} <> ${t.requestedByUserId} or ${t.status} = 'withdrawn'`,
    ),
  ],
);
