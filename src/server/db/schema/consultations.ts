import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { users } from './identity.ts';
import { counties, municipalities, policeRegions } from './reference.ts';

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
    /** The case it was escalated into; the case points back through cases.source_consultation_id. */
    escalatedCaseId: uuid('escalated_case_id').references(() => cases.id),
    /** Null for the public form. */
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('consultations_region_status_idx').on(t.regionCode, t.status, t.receivedAt.desc()),
    index('consultations_open_due_idx').on(t.firstResponseDueAt).where(sql`${t.firstRespondedAt} is null and ${t.status} = 'new'`),
    index('consultations_assignee_idx').on(t.assigneeUserId).where(sql`${t.assigneeUserId} is not null`),
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

/** One support-line contact. Calls from exposed people hold no identity data. */
export const calls = pgTable(
  'calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operatorUserId: uuid('operator_user_id')
      .notNull()
      .references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** enums.callerCategories. */
    callerCategory: text('caller_category').notNull(),
    /** enums.callTopics. */
    topic: text('topic').notNull(),
    regionCode: text('region_code').references(() => policeRegions.code),
    /** ISO 639-1 code of the language the call was held in. */
    language: text('language'),
    adviceGiven: text('advice_given'),
    followUpNeeded: boolean('follow_up_needed').notNull().default(false),
    consultationId: uuid('consultation_id').references(() => consultations.id),
    caseId: uuid('case_id').references(() => cases.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('calls_operator_started_idx').on(t.operatorUserId, t.startedAt.desc()), index('calls_started_idx').on(t.startedAt.desc())],
);

/**
 * Submissions of the public form per client address (hashed) and minute, shared by every instance,
 * so the rate limit holds however many servers run.
 */
export const intakeRateLimits = pgTable(
  'intake_rate_limits',
  {
    clientKey: text('client_key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.clientKey, t.windowStart] })],
);
