import { limits } from '../../../shared/limits.ts';
import type { JournalEntry, JournalEntryInput, JournalEntryRevision } from '../../../shared/schemas/journal.ts';
import type { Db, Tx } from '../../db/client.ts';
import { type Actor, membershipWithRole } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { organisationsOnCaseTeam } from '../case-team/team.service.ts';
import { requireCaseAccess } from '../cases/case-access.policy.ts';
import { caseOrganisationIds, caseRoles } from '../cases/cases.policy.ts';
import {
  type JournalEntryRow,
  findJournalEntry,
  insertJournalEntry,
  keepJournalEntryRevision,
  listJournalEntries,
  listJournalEntryRevisions,
  lockJournalEntry,
  replaceJournalEntryBody,
} from './journal.queries.ts';

const correctionMs = limits.journalCorrectionHours * 3_600_000;

function presentEntry(row: JournalEntryRow, actor: Actor): JournalEntry {
  const isOwn = row.authorUserId === actor.userId;
  return {
    id: row.id,
    body: row.body,
    authorName: row.authorName,
    authorOrganisationName: row.authorOrganisationName,
    createdAt: row.createdAt.toISOString(),
    correctedAt: row.correctedAt?.toISOString() ?? null,
    revisionCount: row.revisionCount,
    version: row.version,
    canCorrect: isOwn && row.isWithinCorrectionTime,
    correctableUntil: isOwn ? new Date(row.createdAt.getTime() + correctionMs).toISOString() : null,
  };
}

async function presentOne(db: Db | Tx, actor: Actor, caseId: string, entryId: string): Promise<JournalEntry> {
  const row = await findJournalEntry(db, caseId, entryId);
  if (!row) throw notFound('No such journal entry.');
  return presentEntry(row, actor);
}

/**
 * The organisation an entry is written for: the actor's membership through which they work on
 * cases. Someone with case roles in several organisations writes for one whose team seat lets
 * them into this case, if any; otherwise for their first organisation with a case role (for a
 * coordinator, the one that makes them coordinator).
 */
async function authorOrganisationFor(tx: Tx, actor: Actor, caseId: string): Promise<string> {
  const candidates = caseOrganisationIds(actor);
  const first = membershipWithRole(actor, ...caseRoles());
  if (!first) throw forbidden('Only members who work on cases write in case journals.');
  if (candidates.length < 2) return first.organisationId;
  const onTeam = await organisationsOnCaseTeam(tx, caseId, candidates);
  return candidates.find((id) => onTeam.includes(id)) ?? first.organisationId;
}

/** The journal of a case the actor may see, newest entry first. */
export async function listJournal(db: Db, ctx: ActorContext, unverifiedCaseId: string): Promise<JournalEntry[]> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const rows = await listJournalEntries(db, access.caseId);
  await recordAudit(db, ctx, {
    action: 'journal.read',
    subjectId: access.caseId,
    details: { entryIds: rows.map((r) => r.id), count: rows.length },
  });
  return rows.map((row) => presentEntry(row, ctx.actor));
}

/**
 * Writes an entry. With an Idempotency-Key, a retry of the same request answers the entry the
 * first one wrote instead of writing it twice.
 */
export async function writeJournalEntry(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  input: JournalEntryInput,
  idempotency: { key: string | undefined; fingerprint: string },
): Promise<{ entry: JournalEntry; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'writeJournal');
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      const created = await insertJournalEntry(tx, {
        caseId: access.caseId,
        authorUserId: ctx.actor.userId,
        authorOrganisationId: await authorOrganisationFor(tx, ctx.actor, access.caseId),
        body: input.body,
      });
      // The entry's id only: the text is case content and stays out of the log.
      await recordAudit(tx, ctx, { action: 'journal.create', subjectId: access.caseId, details: { entryId: created } });
      return created;
    });
    if (replayed) {
      await recordAudit(tx, ctx, { action: 'journal.read', subjectId: access.caseId, details: { entryIds: [id], count: 1, idempotentReplay: true } });
    }
    return { entry: await presentOne(tx, ctx.actor, access.caseId, id), replayed };
  });
}

/**
 * Corrects an entry: only its author, only within journalCorrectionHours of writing it, and only
 * from the version they read. The text it had is kept as a revision that readers can open.
 */
export async function correctJournalEntry(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  unverifiedEntryId: string,
  input: JournalEntryInput,
  expectedVersion: number,
): Promise<JournalEntry> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'writeJournal');
    const entry = await lockJournalEntry(tx, access.caseId, unverifiedEntryId);
    if (!entry) throw notFound('No such journal entry.');
    if (entry.authorUserId !== ctx.actor.userId) {
      throw forbidden('Only the author may correct a journal entry. Write a new entry to add to it.');
    }
    if (!entry.isWithinCorrectionTime) {
      throw forbidden(
        `A journal entry may be corrected only within ${limits.journalCorrectionHours} hours of being written. Write a new entry instead.`,
      );
    }
    if (entry.version !== expectedVersion) throw staleVersion(entry.version);
    if (entry.body === input.body) {
      throw badRequest('Invalid input: body', [{ field: 'body', code: 'unchanged', message: 'the text is the same as before' }]);
    }
    await keepJournalEntryRevision(tx, entry.id);
    const version = await replaceJournalEntryBody(tx, entry.id, expectedVersion, input.body);
    // The row is locked, so the version cannot have moved since it was read.
    if (version === undefined) throw staleVersion(entry.version);
    await recordAudit(tx, ctx, { action: 'journal.correct', subjectId: access.caseId, details: { entryId: entry.id, version } });
    return presentOne(tx, ctx.actor, access.caseId, entry.id);
  });
}

/** The texts an entry had before its corrections, the most recently replaced first. */
export async function listRevisions(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  unverifiedEntryId: string,
): Promise<JournalEntryRevision[]> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const entry = await findJournalEntry(db, access.caseId, unverifiedEntryId);
  if (!entry) throw notFound('No such journal entry.');
  const rows = await listJournalEntryRevisions(db, entry.id);
  await recordAudit(db, ctx, {
    action: 'journal.revisions_read',
    subjectId: access.caseId,
    details: { entryId: entry.id, revisionIds: rows.map((r) => r.id), count: rows.length },
  });
  return rows.map((row) => ({
    id: row.id,
    body: row.body,
    writtenAt: row.writtenAt.toISOString(),
    replacedAt: row.replacedAt.toISOString(),
  }));
}
