import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/identity.ts';
import { cases } from '../cases/cases.schema.ts';

/** Every move between phases, kept for the case's history. */
export const casePhaseChanges = pgTable(
  'case_phase_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fromPhase: text('from_phase'),
    toPhase: text('to_phase').notNull(),
    /** enums.phaseMoveKinds. */
    kind: text('kind').notNull(),
    /** Needed to move back or reopen. */
    reason: text('reason'),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_phase_changes_case_idx').on(t.caseId, t.at)],
);

/** The checklist of each phase, seeded from DESIGN.md §4 and edited by national coordinators. */
export const checklistItems = pgTable(
  'checklist_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    phase: text('phase').notNull(),
    labelSv: text('label_sv').notNull(),
    labelEn: text('label_en').notNull(),
    /** A required item must be ticked before the case leaves the phase. */
    isRequired: boolean('is_required').notNull().default(false),
    position: integer('position').notNull(),
    /** Retired items stay for the cases that ticked them. */
    isActive: boolean('is_active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('checklist_items_phase_idx').on(t.phase, t.position)],
);

/** A checklist item ticked in a case. */
export const caseChecklistMarks = pgTable(
  'case_checklist_marks',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => checklistItems.id),
    doneByUserId: uuid('done_by_user_id')
      .notNull()
      .references(() => users.id),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.itemId] })],
);
