import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/identity.ts';
import { cases } from '../cases/cases.schema.ts';

export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    title: text('title').notNull(),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    dueOn: date('due_on'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneByUserId: uuid('done_by_user_id').references(() => users.id),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('tasks_case_idx').on(t.caseId),
    index('tasks_open_due_idx').on(t.dueOn).where(sql`${t.doneAt} is null`),
    index('tasks_assignee_idx').on(t.assigneeUserId).where(sql`${t.doneAt} is null`),
  ],
);
