import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/identity.ts';
import { municipalities, policeRegions } from '../../db/schema/reference.ts';

/** A training event for municipalities, authorities and NGOs (DESIGN.md §3 "utbildning"). */
export const trainings = pgTable(
  'trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** enums.trainingAudiences. */
    audiences: text('audiences').array().notNull(),
    /** enums.trainingFormats. */
    format: text('format').notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Null: a national event. */
    regionCode: text('region_code').references(() => policeRegions.code),
    capacity: integer('capacity').notNull(),
    registrationDeadline: timestamp('registration_deadline', { withTimezone: true }).notNull(),
    /** enums.trainingStatuses. */
    status: text('status').notNull().default('draft'),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The organiser's evaluation summary; null until recorded. */
    evaluationCount: integer('evaluation_count'),
    evaluationAverage: doublePrecision('evaluation_average'),
    evaluationComments: text('evaluation_comments'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('trainings_starts_idx').on(t.startsAt), index('trainings_status_ends_idx').on(t.status, t.endsAt)],
);

/**
 * A professional's registration, made on the public form without signing in or by a signed-in
 * member of staff in the app. The token that lets
 * the registrant see and cancel it is kept only as its SHA-256.
 */
export const trainingRegistrations = pgTable(
  'training_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id),
    reference: text('reference').notNull().unique(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    organisation: text('organisation').notNull(),
    /** enums.trainingAudiences: the kind of organisation the registrant works in. */
    organisationKind: text('organisation_kind').notNull(),
    /** The police region the registrant works in (their organisation's, or their municipality's); for the counts by region. */
    regionCode: text('region_code').references(() => policeRegions.code),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    /** A signed-in member of staff who registered themselves in the app; null for the public form. */
    userId: uuid('user_id').references(() => users.id),
    /** Dietary or accessibility needs. */
    needs: text('needs'),
    /** enums.trainingRegistrationStatuses. */
    status: text('status').notNull(),
    cancelTokenHash: text('cancel_token_hash').notNull().unique(),
    /** Order on the waiting list: registration time, then id. */
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    attended: boolean('attended'),
  },
  (t) => [
    index('training_registrations_training_idx').on(t.trainingId, t.status, t.registeredAt),
    uniqueIndex('training_registrations_active_email_idx')
      .on(t.trainingId, t.email)
      .where(sql`${t.status} <> 'cancelled'`),
  ],
);

/**
 * E-mails to registrants waiting to be sent (confirmations, cancellations, changes). Queued in the
 * transaction of the change, sent right after it commits and, when that fails, retried by the
 * periodic job until `attempts` reaches the limit. The message (address, link with the
 * registrant's token) is kept encrypted with the keyring, and the row is deleted once sent.
 */
export const trainingEmails = pgTable(
  'training_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => trainingRegistrations.id),
    /** The message as JSON ({ to, subject, text }), encrypted (Keyring.encrypt). */
    sealedMessage: text('sealed_message').notNull(),
    /** pending, or sending while one instance has claimed it. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_emails_pending_idx').on(t.createdAt).where(sql`${t.status} = 'pending'`)],
);
