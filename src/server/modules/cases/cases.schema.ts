import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../../db/schema/identity.ts';
import { counties, municipalities, policeRegions } from '../../db/schema/reference.ts';
import { persons } from '../persons/persons.schema.ts';

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
    /** enums.indicators ticked for this case. */
    indicators: text('indicators').array().notNull().default(sql`'{}'::text[]`),
    phase: text('phase').notNull().default('suspicion'),
    /** The assessment: presumptive victim, and the risk (the protection phase needs it). */
    isPresumptiveVictim: boolean('is_presumptive_victim'),
    riskLevel: text('risk_level'),
    riskAssessedAt: timestamp('risk_assessed_at', { withTimezone: true }),
    /** The legal phase needs one of these two. */
    policeReportReference: text('police_report_reference'),
    noPoliceReportReason: text('no_police_report_reason'),
    /** enums.longTermPaths; the long-term phase needs it. */
    longTermPath: text('long_term_path'),
    /** enums.closureOutcomes and a reason; closing needs both. */
    closureOutcome: text('closure_outcome'),
    closureReason: text('closure_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    leadUserId: uuid('lead_user_id').references(() => users.id),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdByOrganisationId: uuid('created_by_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The consultation this case was escalated from (issue 5); no foreign key, to keep the modules apart. */
    sourceConsultationId: uuid('source_consultation_id'),
    /**
     * The organisations whose team seat on the case lets their members in: on the team, not
     * removed, under a legal basis that holds. Derived, never written by the app: triggers
     * (migration 0030_case_seat_organisations) recompute it from case_team_members and legal_bases
     * in the transaction that changes them, so the scope tests one column of the case itself.
     */
    seatOrganisationIds: uuid('seat_organisation_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('cases_region_created_idx').on(t.regionCode, t.createdAt),
    // The list's order (newest first, id breaking ties): a page is read straight off it, backwards.
    index('cases_created_id_idx').on(t.createdAt, t.id),
    index('cases_lead_idx').on(t.leadUserId).where(sql`${t.leadUserId} is not null`),
    index('cases_seat_organisations_idx').using('gin', t.seatOrganisationIds),
    index('cases_created_by_idx').on(t.createdByUserId),
    index('cases_phase_idx').on(t.phase),
    index('cases_person_idx').on(t.personId),
  ],
);

/** Last reference number handed out per year; bumped atomically. */
export const caseNumberCounters = pgTable('case_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** Two related cases, stored once with the smaller id first. */
export const caseLinks = pgTable(
  'case_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    linkedCaseId: uuid('linked_case_id')
      .notNull()
      .references(() => cases.id),
    /** One of enums.caseLinkKinds. */
    kind: text('kind').notNull(),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_links_pair_key').on(t.caseId, t.linkedCaseId),
    index('case_links_linked_idx').on(t.linkedCaseId),
    check('case_links_ordered', sql`${t.caseId} < ${t.linkedCaseId}`),
  ],
);

/** Break the glass: a coordinator's time-limited access to a case outside their scope. */
export const caseAccessGrants = pgTable(
  'case_access_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_access_grants_user_idx').on(t.userId, t.caseId, t.expiresAt), index('case_access_grants_granted_idx').on(t.grantedAt)],
);
