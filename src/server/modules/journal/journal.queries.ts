import { and, desc, eq, sql } from 'drizzle-orm';
import { limits } from '../../../shared/limits.ts';
import type { Db, Tx } from '../../db/client.ts';
import { organisations, users } from '../../db/schema/identity.ts';
import { journalEntries, journalEntryRevisions } from './journal.schema.ts';

/**
 * Written less than journalCorrectionHours ago, by the database's clock, so the list's canCorrect
 * and the correction's check agree.
 */
const isWithinCorrectionTime = sql<boolean>`${journalEntries.createdAt} > now() - make_interval(hours => ${limits.journalCorrectionHours}::int)`;

const entryColumns = {
  id: journalEntries.id,
  body: journalEntries.body,
  authorUserId: journalEntries.authorUserId,
  authorName: users.name,
  authorOrganisationName: organisations.name,
  createdAt: journalEntries.createdAt,
  correctedAt: journalEntries.correctedAt,
  version: journalEntries.version,
  revisionCount: sql<number>`(
    select count(*)::int from ${journalEntryRevisions} where ${journalEntryRevisions.entryId} = ${journalEntries.id}
  )`,
  isWithinCorrectionTime,
};

export type JournalEntryRow = Awaited<ReturnType<typeof listJournalEntries>>[number];

/**
 * The entries of a case, newest first: the timeline reads from the latest note down, next to the
 * form that adds one. Call only after requireCaseAccess has let the actor into the case.
 */
export async function listJournalEntries(db: Db | Tx, caseId: string, entryId?: string) {
  return db
    .select(entryColumns)
    .from(journalEntries)
    .innerJoin(users, eq(users.id, journalEntries.authorUserId))
    .innerJoin(organisations, eq(organisations.id, journalEntries.authorOrganisationId))
    .where(and(eq(journalEntries.caseId, caseId), entryId === undefined ? undefined : eq(journalEntries.id, entryId)))
    .orderBy(desc(journalEntries.createdAt), desc(journalEntries.id));
}

export async function findJournalEntry(db: Db | Tx, caseId: string, entryId: string): Promise<JournalEntryRow | undefined> {
  const [row] = await listJournalEntries(db, caseId, entryId);
  return row;
}

/** An entry of the case, locked for a correction, so two corrections cannot both read the same version. */
export async function lockJournalEntry(tx: Tx, caseId: string, entryId: string) {
  const [row] = await tx
    .select({
      id: journalEntries.id,
      body: journalEntries.body,
      authorUserId: journalEntries.authorUserId,
      version: journalEntries.version,
      isWithinCorrectionTime,
    })
    .from(journalEntries)
    .where(and(eq(journalEntries.caseId, caseId), eq(journalEntries.id, entryId)))
    .for('update');
  return row;
}

export async function insertJournalEntry(
  tx: Tx,
  values: { caseId: string; authorUserId: string; authorOrganisationId: string; body: string },
): Promise<string> {
  const [row] = await tx.insert(journalEntries).values(values).returning({ id: journalEntries.id });
  return row!.id;
}

/**
 * Keeps the entry's current text as a revision (written when the entry was created or last
 * corrected) and puts the new text in its place. Answers the new version, or undefined when the
 * entry no longer has the expected version.
 */
export async function replaceJournalEntryBody(tx: Tx, entryId: string, expectedVersion: number, body: string): Promise<number | undefined> {
  const [updated] = await tx
    .update(journalEntries)
    .set({ body, correctedAt: sql`now()`, version: sql`${journalEntries.version} + 1` })
    .where(and(eq(journalEntries.id, entryId), eq(journalEntries.version, expectedVersion)))
    .returning({ version: journalEntries.version });
  return updated?.version;
}

/** Copies the entry's text as it is now into its revisions; call before replacing it. */
export async function keepJournalEntryRevision(tx: Tx, entryId: string): Promise<void> {
  await tx.execute(sql`
    insert into ${journalEntryRevisions} (entry_id, body, written_at, replaced_at)
    select ${journalEntries.id}, ${journalEntries.body}, coalesce(${journalEntries.correctedAt}, ${journalEntries.createdAt}), now()
    from ${journalEntries} where ${journalEntries.id} = ${entryId}
  `);
}

/** The earlier texts of an entry, the most recently replaced first. */
export async function listJournalEntryRevisions(db: Db | Tx, entryId: string) {
  return db
    .select({
      id: journalEntryRevisions.id,
      body: journalEntryRevisions.body,
      writtenAt: journalEntryRevisions.writtenAt,
      replacedAt: journalEntryRevisions.replacedAt,
    })
    .from(journalEntryRevisions)
    .where(eq(journalEntryRevisions.entryId, entryId))
    .orderBy(desc(journalEntryRevisions.replacedAt), desc(journalEntryRevisions.writtenAt));
}
