import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/identity.ts';
import { cases } from '../cases/cases.schema.ts';

export const measures = pgTable(
  'measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** enums.measureTypes. */
    type: text('type').notNull(),
    /** enums.measureStatuses. */
    status: text('status').notNull().default('planned'),
    /** For permits: the decision date. The reflection period runs 30 days from it. */
    startOn: date('start_on'),
    /** For a temporary residence permit: its expiry. */
    endOn: date('end_on'),
    /** Short practical detail, never identity data. */
    note: text('note'),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('measures_case_idx').on(t.caseId), index('measures_type_end_idx').on(t.type, t.endOn)],
);
