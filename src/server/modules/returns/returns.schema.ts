import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../../db/schema/identity.ts';
import { cases } from '../cases/cases.schema.ts';

/**
 * Applications to the IOM return programme (issue 11 part 3). One case may have several over
 * time, but only one in the programme at once. Dates are SQL dates (Swedish calendar days), so
 * they never shift across time zones.
 */
export const returnApplications = pgTable(
  'return_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** shared/schemas/returns.ts returnStatuses. */
    status: text('status').notNull().default('submitted'),
    /** ISO 3166-1 alpha-2. */
    countryCode: text('country_code').notNull(),
    reasons: text('reasons').notNull(),
    /** shared/schemas/returns.ts travelDocumentStatuses. */
    travelDocumentStatus: text('travel_document_status').notNull(),
    consentGiven: boolean('consent_given').notNull(),
    consentOn: date('consent_on').notNull(),
    referredByUserId: uuid('referred_by_user_id')
      .notNull()
      .references(() => users.id),
    referredAt: timestamp('referred_at', { withTimezone: true }).notNull().defaultNow(),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    iomOrganisationId: uuid('iom_organisation_id').references(() => organisations.id),
    journeyOn: date('journey_on'),
    arrivedOn: date('arrived_on'),
    withdrawReason: text('withdraw_reason'),
    /** shared/schemas/returns.ts returnEndReasons: set when ended before the 12-month follow-up. */
    endReason: text('end_reason'),
    endNote: text('end_note'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('return_applications_case_idx').on(t.caseId),
    index('return_applications_iom_idx').on(t.iomOrganisationId),
    // One application in the programme per case at a time.
    uniqueIndex('return_applications_one_active_idx')
      .on(t.caseId)
      .where(sql`${t.status} in ('submitted', 'approved', 'assigned', 'travel_planned', 'arrived', 'reintegration')`),
  ],
);

/**
 * What the programme watches after arrival: the reintegration plan (a month after arrival) and
 * the follow-ups at 3, 6 and 12 months, each with its assessment once recorded. The deadlines
 * module reminds about the open ones.
 */
export const returnMilestones = pgTable(
  'return_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => returnApplications.id),
    /** shared/schemas/returns.ts returnMilestoneKinds. */
    kind: text('kind').notNull(),
    dueOn: date('due_on').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneByUserId: uuid('done_by_user_id').references(() => users.id),
    housing: smallint('housing'),
    income: smallint('income'),
    health: smallint('health'),
    safety: smallint('safety'),
    socialNetwork: smallint('social_network'),
    /** The plan's summary, or a follow-up's note. */
    note: text('note'),
  },
  (t) => [
    uniqueIndex('return_milestones_kind_idx').on(t.applicationId, t.kind),
    index('return_milestones_open_due_idx').on(t.dueOn).where(sql`${t.doneAt} is null`),
  ],
);
