import { type AuditAction, auditEventCatalogue } from '../../shared/audit-events.ts';
import type { Db, Tx } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';
import type { RequestContext } from './request-context.ts';

export interface AuditEntry {
  action: AuditAction;
  subjectId?: string;
  /** Ids and counts only: never free text, names or identity data. */
  details?: Record<string, unknown>;
  /** For events before anyone is signed in (setup, sign-in). */
  actorUserId?: string;
}

/**
 * Records one audit event. Call it with the transaction that makes the change, so the change and
 * its record commit together or not at all.
 */
export async function recordAudit(db: Db | Tx, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const subjectType = auditEventCatalogue[entry.action];
  if (subjectType !== null && !entry.subjectId) {
    throw new Error(`Audit event ${entry.action} needs a subject`);
  }
  await db.insert(auditEvents).values({
    action: entry.action,
    actorUserId: entry.actorUserId ?? ctx.actor?.userId ?? null,
    subjectType,
    subjectId: entry.subjectId ?? null,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    details: entry.details ?? {},
  });
}
