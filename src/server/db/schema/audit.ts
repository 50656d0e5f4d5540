import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only record of every read and write of personal data, sign-in and permission change. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    /** Personal detail: erased (with the client address) once the audit retention period has passed. */
    actorUserId: uuid('actor_user_id'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    requestId: text('request_id'),
    /** Personal detail (an IP address): erased with the actor. */
    clientAddress: text('client_address'),
    /** Ids and counts only, never free text or identity data. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** Hash of the row before, and of this row's canonical form with it: set by a trigger. */
    prevHash: text('prev_hash'),
    hash: text('hash'),
    /**
     * The canonical form the hash covers (migration 0023): 1 hashes the actor and the client
     * address themselves (rows kept from a chain that did not verify when it was upgraded), 2
     * hashes `personal_digest` in their place, so they can be erased without breaking the chain.
     */
    hashVersion: smallint('hash_version').notNull().default(2),
    /** Random per row (set by the trigger), so the digest of a guessable user id or address cannot be reversed; erased with them. */
    personalSalt: text('personal_salt'),
    /** SHA-256 of the salt, the actor and the client address; kept after erasure, covered by the hash. */
    personalDigest: text('personal_digest'),
    /** When retention erased the actor and client address: the row's own tombstone. */
    personalErasedAt: timestamp('personal_erased_at', { withTimezone: true }),
  },
  (t) => [
    index('audit_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_actor_idx').on(t.actorUserId),
    // Retention finds the events whose personal details are still there, oldest first.
    index('audit_personal_kept_idx').on(t.occurredAt).where(sql`${t.personalSalt} is not null`),
  ],
);
