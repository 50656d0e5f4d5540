import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from './identity.ts';
import { counties, municipalities, policeRegions } from './reference.ts';

/** The exposed person, pseudonymised: no identity data lives here. */
export const persons = pgTable('persons', {
  id: uuid('id').primaryKey().defaultRandom(),
  codeName: text('code_name').notNull(),
  isChild: boolean('is_child').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** NMT-YYYY-NNNNNN, unique. */
    reference: text('reference').notNull().unique(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => policeRegions.code),
    countyCode: text('county_code')
      .notNull()
      .references(() => counties.code),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    exploitationForms: text('exploitation_forms').array().notNull(),
    phase: text('phase').notNull().default('suspicion'),
    leadUserId: uuid('lead_user_id').references(() => users.id),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdByOrganisationId: uuid('created_by_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('cases_region_created_idx').on(t.regionCode, t.createdAt.desc()),
    index('cases_created_idx').on(t.createdAt.desc()),
    index('cases_lead_idx').on(t.leadUserId).where(sql`${t.leadUserId} is not null`),
    index('cases_created_by_idx').on(t.createdByUserId),
  ],
);

/** Last reference number handed out per year; bumped atomically. */
export const caseNumberCounters = pgTable('case_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});
