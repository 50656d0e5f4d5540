import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/identity.ts';
import { cases } from '../cases/cases.schema.ts';

/** A flag on a case (risk to the person, risk to staff, urgent), shown until removed. */
export const caseFlags = pgTable(
  'case_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** enums.caseFlagKinds. */
    kind: text('kind').notNull(),
    message: text('message'),
    /** A calendar date (SQL date, read as 'YYYY-MM-DD'), so it never moves a day across time zones. */
    dueOn: date('due_on', { mode: 'string' }),
    raisedByUserId: uuid('raised_by_user_id')
      .notNull()
      .references(() => users.id),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedByUserId: uuid('removed_by_user_id').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('case_flags_active_idx').on(t.caseId).where(sql`${t.removedAt} is null`)],
);
