import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../../db/schema/identity.ts';
import { cases } from '../cases/cases.schema.ts';

/**
 * In-app notifications, also e-mailed when SMTP is configured. The dedupe key names one reminder
 * occurrence (kind, subject, due date, recipient), so however many instances run the scheduler,
 * each reminder is inserted, and therefore sent, once.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** enums.notificationKinds. */
    kind: text('kind').notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    /** The task or measure the reminder is about. */
    subjectId: uuid('subject_id'),
    /** For notifications about roles and accounts: the organisation they concern. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** The deadline the reminder is about (a date, Swedish time). */
    dueOn: text('due_on'),
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** none (no SMTP), pending, sent or failed. */
    emailStatus: text('email_status').notNull().default('none'),
    emailAttempts: integer('email_attempts').notNull().default(0),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_email_pending_idx').on(t.createdAt).where(sql`${t.emailStatus} = 'pending'`),
  ],
);
