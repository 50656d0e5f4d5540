import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from '../../db/schema/identity.ts';

/**
 * One export a user asked for, from queued to expired. The file is kept only sealed with the
 * keyring (platform/crypto.ts), whatever its format: a CSV is then encrypted at rest, and an XLSX
 * (already encrypted with the user's password) has a second layer. The password an XLSX is
 * encrypted with waits sealed in `sealed_password` for the job and is erased when the job ends.
 */
export const dataExports = pgTable(
  'exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestedByUserId: uuid('requested_by_user_id')
      .notNull()
      .references(() => users.id),
    /** shared/schemas/exports.ts exportLists. */
    list: text('list').notNull(),
    /** csv or xlsx. */
    format: text('format').notNull(),
    /** The list's filters as validated when asked for (never a search text). */
    filter: jsonb('filter').$type<Record<string, unknown>>().notNull(),
    /** queued, running, done, failed, expired. */
    status: text('status').notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    /** How many times a job has taken it: a run that died is taken again, and only the latest run may finish it. */
    attempt: integer('attempt').notNull().default(0),
    /** When the running job last said it was alive; a run silent too long is taken to have died. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    rowCount: integer('row_count'),
    /** Rows left out to keep the file k-anonymous (the HTCDS microdata); null for other exports. */
    suppressedRows: integer('suppressed_rows'),
    sealedPassword: text('sealed_password'),
    /** The file, sealed with the keyring (base64 inside); removed on expiry. */
    sealedFile: text('sealed_file'),
    /** The request that asked for it: the job's audit events carry it too. */
    requestId: text('request_id').notNull(),
    clientAddress: text('client_address').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [
    index('exports_requested_by_idx').on(t.requestedByUserId, t.requestedAt),
    index('exports_expires_idx').on(t.expiresAt),
    check('exports_progress_range', sql`${t.progress} between 0 and 100`),
  ],
);
