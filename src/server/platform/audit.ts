import { type AuditAction, type AuditDetailsInput, type AuditSubjectOf, auditSubjectOf, checkAuditDetails } from '../../shared/audit-events.ts';
import { is, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../db/client.ts';
import { auditEvents } from '../db/schema/audit.ts';
import type { RequestContext } from './request-context.ts';

/** Details may be left out when the action's schema needs no key. */
type DetailsOf<A extends AuditAction> = Record<never, never> extends AuditDetailsInput<A> ? { details?: AuditDetailsInput<A> } : { details: AuditDetailsInput<A> };
/** A subject is given exactly when the action is about a record. */
type SubjectOf<A extends AuditAction> = AuditSubjectOf<A> extends null ? { subjectId?: never } : { subjectId: string };

type EntryOf<A extends AuditAction> = {
  action: A;
  /** For events before anyone is signed in (setup, sign-in). */
  actorUserId?: string;
} & SubjectOf<A> &
  DetailsOf<A>;

/**
 * One audit event. Its details are checked against the action's schema in the catalogue
 * (shared/audit-events.ts): ids and counts only, never free text, names or identity data.
 * `AuditEntry` without a parameter is any of them, told apart by `action`.
 */
export type AuditEntry<A extends AuditAction = AuditAction> = { [K in A]: EntryOf<K> }[A];

/**
 * Records one audit event. Call it with the transaction that makes the change, so the change and
 * its record commit together or not at all. Details that do not fit the catalogue are a
 * programming error: the event is not written and the error names the action and the keys.
 */
export async function recordAudit<A extends AuditAction>(db: Db | Tx, ctx: RequestContext, entry: AuditEntry<A>): Promise<void> {
  const subjectType = auditSubjectOf(entry.action);
  if (subjectType !== null && !entry.subjectId) {
    throw new Error(`Audit event ${entry.action} needs a subject`);
  }
  const details = checkAuditDetails(entry.action, entry.details ?? {});
  const values = {
    action: entry.action,
    actorUserId: entry.actorUserId ?? ctx.actor?.userId ?? null,
    subjectType,
    subjectId: entry.subjectId ?? null,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    details: details as Record<string, unknown>,
  };
  // Outside a transaction (a read, a list: most events), the statement built once; a transaction
  // has its own connection, which a statement prepared on the pool cannot use.
  if (is(db, PgTransaction)) await db.insert(auditEvents).values(values);
  else await auditInsertFor(db).execute(values);
}

/** The insert of an audit event, prepared once per database handle: most requests write one. */
function prepareAuditInsert(db: Db) {
  return db
    .insert(auditEvents)
    .values({
      action: sql.placeholder('action'),
      actorUserId: sql.placeholder('actorUserId'),
      subjectType: sql.placeholder('subjectType'),
      subjectId: sql.placeholder('subjectId'),
      requestId: sql.placeholder('requestId'),
      clientAddress: sql.placeholder('clientAddress'),
      details: sql.placeholder('details'),
    })
    .prepare('record_audit');
}

const auditInserts = new WeakMap<Db, ReturnType<typeof prepareAuditInsert>>();

function auditInsertFor(db: Db): ReturnType<typeof prepareAuditInsert> {
  let insert = auditInserts.get(db);
  if (!insert) auditInserts.set(db, (insert = prepareAuditInsert(db)));
  return insert;
}
