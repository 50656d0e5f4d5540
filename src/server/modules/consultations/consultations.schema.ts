import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/identity.ts';
import { counties, municipalities, policeRegions } from '../../db/schema/reference.ts';

/**
 * A request for method support (metodstödsärende) from a professional, often without personal data
 * about the exposed person. Routed to the police region of its municipality.
 */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** MS-YYYY-NNNNNN, unique. */
    reference: text('reference').notNull().unique(),
    /** enums.consultationSources. */
    source: text('source').notNull(),
    /** enums.consultationStatuses. */
    status: text('status').notNull().default('new'),
    regionCode: text('region_code')
      .notNull()
      .references(() => policeRegions.code),
    countyCode: text('county_code')
      .notNull()
      .references(() => counties.code),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    /** The professional who asks: their own work contact details, not the exposed person's. */
    requesterName: text('requester_name'),
    requesterOrganisation: text('requester_organisation'),
    requesterPhone: text('requester_phone'),
    requesterEmail: text('requester_email'),
    /** What they have seen, as they wrote it; stored as text and always rendered escaped. */
    description: text('description').notNull(),
    exploitationForms: text('exploitation_forms').array().notNull().default(sql`'{}'::text[]`),
    /** enums.childInvolvement. */
    childInvolved: text('child_involved').notNull().default('unknown'),
    /** enums.consultationUrgencies. */
    urgency: text('urgency').notNull().default('normal'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** One working day after receipt (Swedish holidays and weekends excluded). */
    firstResponseDueAt: timestamp('first_response_due_at', { withTimezone: true }).notNull(),
    firstRespondedAt: timestamp('first_responded_at', { withTimezone: true }),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    /** enums.consultationOutcomes. */
    outcome: text('outcome'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedByUserId: uuid('closed_by_user_id').references(() => users.id),
    /** Null for the public form. */
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('consultations_region_status_idx').on(t.regionCode, t.status, t.receivedAt),
    index('consultations_open_due_idx').on(t.firstResponseDueAt).where(sql`${t.firstRespondedAt} is null and ${t.status} = 'new'`),
    index('consultations_assignee_idx').on(t.assigneeUserId).where(sql`${t.assigneeUserId} is not null`),
    // A professional's own requests, the scope of everyone but the coordinators: a few among a
    // million, which without it are looked for by reading them all.
    index('consultations_created_by_idx').on(t.createdByUserId).where(sql`${t.createdByUserId} is not null`),
    // The national dashboard: open ones across every region, and those received today.
    index('consultations_status_received_idx').on(t.status, t.receivedAt),
    // The list's order (newest first, id breaking ties), read backwards.
    index('consultations_received_id_idx').on(t.receivedAt, t.id),
  ],
);

/** Advice logged in a consultation, append-only. */
export const consultationAdvice = pgTable(
  'consultation_advice',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consultation_advice_consultation_idx').on(t.consultationId, t.createdAt)],
);

/** Last consultation reference number handed out per year. */
export const consultationNumberCounters = pgTable('consultation_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});
