import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { legalHolds } from './retention.schema.ts';

/** What erasure removes from an audit event (README, "Retention"); the event and its digest stay. */
export const erasedAuditFields = ['actorUserId', 'clientAddress'] as const;

/**
 * Audit events written more than `years` before `now` whose actor and client address are still
 * there (version 2 rows with their salt: see migration 0024), about a case on legal hold or not.
 * An event about a held case keeps who did it, since that is what an investigation asks.
 */
function expiredEvents(years: number, now: Date, held: boolean): SQL {
  const hold = sql`exists (select 1 from ${legalHolds} where ${legalHolds.liftedAt} is null
    and ${auditEvents.subjectType} = 'case' and ${legalHolds.caseId}::text = ${auditEvents.subjectId})`;
  return sql`from ${auditEvents}
    where ${auditEvents.personalSalt} is not null
      and ${auditEvents.occurredAt} < ${now.toISOString()}::timestamptz - make_interval(years => ${years}::int)
      and ${held ? hold : sql`not ${hold}`}`;
}

/** How many audit events would lose their personal details, and how many a legal hold keeps. */
export async function countExpiredAuditEvents(db: Db, years: number, now: Date): Promise<{ expired: number; held: number }> {
  const count = async (held: boolean) => {
    const result = await db.execute(sql`select count(*)::int as n ${expiredEvents(years, now, held)}`);
    return Number((result.rows[0] as { n: number } | undefined)?.n ?? 0);
  };
  return { expired: await count(false), held: await count(true) };
}

/**
 * Erases the actor, client address and salt of the next `limit` expired events no hold keeps and
 * marks them erased (the row's tombstone); the trigger allows an UPDATE of exactly that. Answers
 * how many it erased.
 */
export async function eraseExpiredAuditEvents(tx: Tx, years: number, now: Date, limit: number): Promise<number> {
  const result = await tx.execute(sql`update ${auditEvents}
    set actor_user_id = null, client_address = null, personal_salt = null, personal_erased_at = now()
    where ${auditEvents.id} in (select ${auditEvents.id} ${expiredEvents(years, now, false)} order by ${auditEvents.occurredAt} limit ${limit})
    returning ${auditEvents.id}`);
  return result.rows.length;
}
