import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only record of every read and write of personal data, sign-in and permission change. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    requestId: text('request_id'),
    clientAddress: text('client_address'),
    /** Ids and counts only, never free text or identity data. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** Hash of the row before, and of this row's canonical form with it: set by a trigger. */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [index('audit_subject_idx').on(t.subjectType, t.subjectId), index('audit_actor_idx').on(t.actorUserId)],
);
