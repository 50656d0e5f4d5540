import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../../db/schema/identity.ts';

/**
 * Roles for a member of an organisation that wait for a second administrator (four eyes). Roles
 * are only ever added by approval; removals never wait. Invitations carry their own approval.
 */
export const roleRequests = pgTable(
  'role_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The roles to add when approved. */
    roles: text('roles').array().notNull(),
    requestedByUserId: uuid('requested_by_user_id')
      .notNull()
      .references(() => users.id),
    /** pending, approved, rejected, withdrawn (by the one who asked) or superseded (by a newer request). */
    status: text('status').notNull().default('pending'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Why it was rejected: an administrator's words about an account, never about a case. */
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('role_requests_organisation_idx').on(t.organisationId, t.createdAt),
    uniqueIndex('role_requests_pending_key').on(t.organisationId, t.userId).where(sql`${t.status} = 'pending'`),
  ],
);
