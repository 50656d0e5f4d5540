import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../../db/schema/identity.ts';
import { requestDecisionColumns } from '../../db/schema/request-decision.ts';
import { cases } from '../cases/cases.schema.ts';

/**
 * A case (or one service need of it) handed to another organisation: a referral puts the receiving
 * organisation on the case team when it accepts; a transfer gives it the case. Until then the
 * sender keeps the case. The row keeps its history: a revoked or declined one stays, never done.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** enums.referralKinds. */
    kind: text('kind').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** Copied from the case when sent, so the receiving queue needs nothing of the case. */
    caseReference: text('case_reference').notNull(),
    caseRegionCode: text('case_region_code').notNull(),
    /** enums.serviceNeeds; null: the whole case. */
    serviceNeed: text('service_need'),
    /** enums.referralStatuses. */
    status: text('status').notNull().default('pending'),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    recipientUserId: uuid('recipient_user_id').references(() => users.id),
    message: text('message').notNull(),
    /** The legal basis the receiving organisation joins the team under (referrals only). */
    legalBasisKind: text('legal_basis_kind'),
    statute: text('statute'),
    consentGivenOn: date('consent_given_on'),
    consentScope: text('consent_scope'),
    consentGivenTo: text('consent_given_to'),
    /** Transfers: the municipality the case moves to, when it changes. */
    municipalityCode: text('municipality_code'),
    ...requestDecisionColumns(),
    /** Why it was declined or revoked (required for those). */
    reason: text('reason'),
    /** The team seat an accepted referral made or found. */
    teamMemberId: uuid('team_member_id'),
  },
  (t) => [
    index('referrals_case_idx').on(t.caseId, t.createdAt),
    index('referrals_to_pending_idx').on(t.toOrganisationId).where(sql`${t.status} = 'pending'`),
    // One open referral per case, organisation, kind and need; one open transfer per case.
    uniqueIndex('referrals_open_key')
      .on(t.caseId, t.toOrganisationId, t.kind, sql`coalesce(${t.serviceNeed}, '')`)
      .where(sql`${t.status} in ('pending', 'awaiting_approval')`),
    uniqueIndex('referrals_open_transfer_key').on(t.caseId).where(sql`${t.kind} = 'transfer' and ${t.status} in ('pending', 'awaiting_approval')`),
    check(
      'referrals_reason_needed',
      sql`${t.status} not in ('declined', 'revoked') or (${t.reason} is not null and length(${t.reason}) > 0)`,
    ),
    check(
      'referrals_basis_needed',
      sql`${t.kind} <> 'referral' or ${t.legalBasisKind} = 'statute' and ${t.statute} is not null or ${t.legalBasisKind} = 'consent' and ${t.consentGivenOn} is not null`,
    ),
  ],
);
