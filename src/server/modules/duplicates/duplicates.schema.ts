import { check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from '../../db/schema/identity.ts';
import { persons } from '../persons/persons.schema.ts';

/**
 * Keyed hashes of a person's identity (match-keys.ts): HMAC-SHA256 of the normalised personal
 * identity number and of the names' phonetic codes, under a subkey of the encryption key named by
 * keyId. They let a new identity be compared with every other without decrypting any; `keys
 * rotate` and `duplicates reindex` compute them again under the current key.
 */
export const personMatchKeys = pgTable(
  'person_match_keys',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** match-keys.ts matchKinds: personal_number, document_number or name. */
    kind: text('kind').notNull(),
    keyId: text('key_id').notNull(),
    /** Hex HMAC-SHA256. */
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.keyId, t.hash] }), index('person_match_keys_hash_idx').on(t.keyId, t.hash)],
);

/**
 * A coordinator's decision about two persons who may be the same: linked as the same person, or
 * not the same (with the reason), which is no longer suggested. Stored once, smaller id first.
 */
export const duplicateDecisions = pgTable(
  'duplicate_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    otherPersonId: uuid('other_person_id')
      .notNull()
      .references(() => persons.id),
    /** shared/schemas/duplicates.ts duplicateDecisions. */
    decision: text('decision').notNull(),
    /** Why they are not the same person; null for the same person. */
    reason: text('reason'),
    decidedByUserId: uuid('decided_by_user_id')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('duplicate_decisions_pair_idx').on(t.personId, t.otherPersonId),
    check('duplicate_decisions_order', sql`${t.personId} < ${t.otherPersonId}`),
  ],
);
