import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Submissions of the public form per client address (hashed) and minute, shared by every instance,
 * so the rate limit holds however many servers run.
 */
export const intakeRateLimits = pgTable(
  'intake_rate_limits',
  {
    clientKey: text('client_key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.clientKey, t.windowStart] })],
);
