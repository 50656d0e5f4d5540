import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../../db/schema/identity.ts';
import { cases } from '../cases/cases.schema.ts';

/**
 * Why an organisation may take part in a case: the person's consent, or a statutory provision.
 * Withdrawn consent ends the access it gave at once, because the case scope reads this row.
 */
export const legalBases = pgTable(
  'legal_bases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** enums.legalBasisKinds. */
    kind: text('kind').notNull(),
    /** enums.statutoryProvisions, for kind statute. */
    statute: text('statute'),
    consentGivenOn: date('consent_given_on'),
    /** What the consent covers, in the coordinator's words. */
    consentScope: text('consent_scope'),
    /** To whom the person gave it (a person or office). */
    consentGivenTo: text('consent_given_to'),
    consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true }),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('legal_bases_case_idx').on(t.caseId),
    check(
      'legal_bases_kind_fields',
      sql`(${t.kind} = 'consent' and ${t.consentGivenOn} is not null) or (${t.kind} = 'statute' and ${t.statute} is not null)`,
    ),
  ],
);

/** An organisation on the case team, under a recorded legal basis of the same organisation. */
export const caseTeamMembers = pgTable(
  'case_team_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    legalBasisId: uuid('legal_basis_id')
      .notNull()
      .references(() => legalBases.id),
    /** Named contacts in the organisation (users.id). */
    contactUserIds: uuid('contact_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    addedByUserId: uuid('added_by_user_id')
      .notNull()
      .references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedByUserId: uuid('removed_by_user_id').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('case_team_members_active_key').on(t.caseId, t.organisationId).where(sql`${t.removedAt} is null`),
    index('case_team_members_org_idx').on(t.organisationId).where(sql`${t.removedAt} is null`),
  ],
);
