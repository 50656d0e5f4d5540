import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/identity.ts';
import { cases } from '../cases/cases.schema.ts';

/** An administrator's retention period for one record type; the configuration's default applies without a row. */
export const retentionSettings = pgTable('retention_settings', {
  /** shared/retention-terms.ts retentionRecordTypes. */
  recordType: text('record_type').primaryKey(),
  years: integer('years').notNull(),
  updatedByUserId: uuid('updated_by_user_id')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A legal hold: while not lifted, the case and what belongs to it are never anonymised. */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** Why (a decision, a court order's number): written by an administrator, never case content. */
    reason: text('reason').notNull(),
    placedByUserId: uuid('placed_by_user_id')
      .notNull()
      .references(() => users.id),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull().defaultNow(),
    liftedByUserId: uuid('lifted_by_user_id').references(() => users.id),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
  },
  (t) => [
    index('legal_holds_case_idx').on(t.caseId),
    // One active hold per case.
    uniqueIndex('legal_holds_active_key').on(t.caseId).where(sql`${t.liftedAt} is null`),
  ],
);

/**
 * What a retention run removed from one record, when, and under which period: the record stays
 * (statistics count it), this row says why its text is gone. One per record, so a run is idempotent.
 */
export const retentionTombstones = pgTable(
  'retention_tombstones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    /** Field names (never values) that were emptied or deleted. */
    removedFields: text('removed_fields').array().notNull(),
    /** When the record closed, and the period in years that had passed since. */
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull(),
    retentionYears: integer('retention_years').notNull(),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }).notNull().defaultNow(),
    runId: uuid('run_id').notNull(),
  },
  (t) => [uniqueIndex('retention_tombstones_record_key').on(t.recordType, t.recordId)],
);
