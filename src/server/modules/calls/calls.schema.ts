import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/identity.ts';
import { policeRegions } from '../../db/schema/reference.ts';
import { cases } from '../cases/cases.schema.ts';
import { consultations } from '../consultations/consultations.schema.ts';

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
  (t) => [index('calls_operator_started_idx').on(t.operatorUserId, t.startedAt), index('calls_started_idx').on(t.startedAt)],
);
