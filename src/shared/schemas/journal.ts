import { z } from 'zod';
import { limits } from '../limits.ts';
import { uuid } from './common.ts';

/** The text of a journal entry, new or corrected; leading and trailing white space is dropped. */
export const journalEntryInput = z.object({
  /** The note itself; 1–20 000 characters after trimming. */
  body: z.string().trim().min(1).max(limits.journalEntryMax),
});
export type JournalEntryInput = z.infer<typeof journalEntryInput>;

export const journalEntryParams = z.object({ caseId: uuid, entryId: uuid });

/** One entry of a case's journal, as its readers see it. */
export const journalEntry = z.object({
  id: uuid,
  body: z.string(),
  authorName: z.string(),
  /** The organisation the author wrote for. */
  authorOrganisationName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  /** When the text was last corrected; null for an entry never corrected. */
  correctedAt: z.iso.datetime({ offset: true }).nullable(),
  /** How many earlier texts the entry has (one per correction). */
  revisionCount: z.number().int(),
  /** Send it back in If-Match to correct the entry. */
  version: z.number().int(),
  /** The caller wrote the entry and its correction time has not run out. */
  canCorrect: z.boolean(),
  /** For the caller's own entries: until when they may correct it; null for others' entries. */
  correctableUntil: z.iso.datetime({ offset: true }).nullable(),
});
export type JournalEntry = z.infer<typeof journalEntry>;

/** A text the entry had before a correction. */
export const journalEntryRevision = z.object({
  id: uuid,
  body: z.string(),
  /** When this text was written: the entry's creation or an earlier correction. */
  writtenAt: z.iso.datetime({ offset: true }),
  /** When a correction replaced it. */
  replacedAt: z.iso.datetime({ offset: true }),
});
export type JournalEntryRevision = z.infer<typeof journalEntryRevision>;
