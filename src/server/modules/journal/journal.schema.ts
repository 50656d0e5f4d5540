import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../../db/schema/identity.ts';
import { cases } from '../cases/cases.schema.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Dated notes in a case. Only the author may correct one, within 24 hours; earlier text is kept. */
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    authorOrganisationId: uuid('author_organisation_id')
      .notNull()
      .references(() => organisations.id),
    body: text('body').notNull(),
    /** Swedish stemming for search (DESIGN.md §8). */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('swedish', body)`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    correctedAt: timestamp('corrected_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('journal_entries_case_idx').on(t.caseId, t.createdAt),
    index('journal_entries_search_idx').using('gin', t.searchVector),
    // A search for a common word walks the newest entries (modules/cases/case-search.ts).
    index('journal_entries_created_idx').on(t.createdAt),
  ],
);

/** The text an entry had before each correction. */
export const journalEntryRevisions = pgTable(
  'journal_entry_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => journalEntries.id),
    body: text('body').notNull(),
    /** When this text was written (the entry's creation or an earlier correction). */
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('journal_entry_revisions_entry_idx').on(t.entryId, t.replacedAt)],
);
