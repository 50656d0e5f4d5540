import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/identity.ts';

/** The exposed person, pseudonymised: no identity data lives here. */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    codeName: text('code_name').notNull(),
    birthYear: integer('birth_year'),
    /** One of enums.genders. */
    gender: text('gender').notNull().default('unknown'),
    /** ISO 3166-1 alpha-2 codes. */
    citizenships: text('citizenships').array().notNull().default(sql`'{}'::text[]`),
    /** ISO 639-1 codes. */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    isChild: boolean('is_child').notNull(),
    /** Skyddade personuppgifter: identity shown to the lead coordinator only, address never. */
    hasProtectedIdentity: boolean('has_protected_identity').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // The case search finds code names by any fragment (`ilike '%…%'`): trigrams let 3+ characters
    // use the index instead of reading every person. Needs the pg_trgm extension (migration 0028,
    // and db/pglite.ts for the embedded database).
    index('persons_code_name_trgm_idx').using('gin', t.codeName.op('gin_trgm_ops')),
  ],
);

/**
 * The person's identity, apart from the pseudonymised record. Every value is encrypted with
 * platform/crypto (AES-256-GCM); the ciphertext names its key, and keyId is the key of the row.
 */
export const personIdentities = pgTable(
  'person_identities',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => persons.id),
    fullName: text('full_name'),
    personalNumber: text('personal_number'),
    /** Passport or other identity document number, as written on it. */
    documentNumber: text('document_number'),
    dateOfBirth: text('date_of_birth'),
    phone: text('phone'),
    address: text('address'),
    /** God man (guardian) of a child. */
    guardian: text('guardian'),
    keyId: text('key_id').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('person_identities_key_idx').on(t.keyId)],
);
