import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.ts';

/**
 * The columns every request that waits for another person's answer carries (a referral, an
 * approval): who asked and when, who answered and when, and the version a change must match.
 * A function, so each table gets its own column builders.
 */
export function requestDecisionColumns() {
  return {
    requestedByUserId: uuid('requested_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Who answered it (approved, rejected, accepted, declined, revoked or withdrew it), and when. */
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  };
}
