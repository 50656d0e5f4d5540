import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { RetentionRecordType } from '../../../shared/retention-terms.ts';
import { calls } from '../calls/calls.schema.ts';
import { cases } from '../cases/cases.schema.ts';
import { consultations } from '../consultations/consultations.schema.ts';
import { documents } from '../documents/documents.schema.ts';
import { journalEntries } from '../journal/journal.schema.ts';
import { legalHolds, retentionTombstones } from './retention.schema.ts';

/** A record type that retention anonymises and tombstones (audit events lose their personal details in place: retention-audit.queries.ts). */
export type AnonymisedType = Exclude<RetentionRecordType, 'audit'>;

/**
 * Each type's records with when they closed and the case they belong to (a legal hold on it keeps
 * them): a case when it closed; its journal entries and documents when the case closed; a
 * consultation or public-form submission when it was closed (or escalated) and through the case
 * opened from it; a call when it ended (or started, if never ended) and through its case.
 */
const sources: Record<AnonymisedType, () => SQL> = {
  case: () => sql`select ${cases.id} as id, ${cases.closedAt} as closed_at, ${cases.id} as case_id from ${cases} where ${cases.closedAt} is not null`,
  journal: () =>
    sql`select ${journalEntries.id} as id, ${cases.closedAt} as closed_at, ${cases.id} as case_id from ${journalEntries} inner join ${cases} on ${cases.id} = ${journalEntries.caseId} where ${cases.closedAt} is not null`,
  documents: () =>
    sql`select ${documents.id} as id, ${cases.closedAt} as closed_at, ${cases.id} as case_id from ${documents} inner join ${cases} on ${cases.id} = ${documents.caseId} where ${cases.closedAt} is not null`,
  consultation: () => consultationSource(sql`<>`),
  intake_submission: () => consultationSource(sql`=`),
  call: () => sql`select ${calls.id} as id, coalesce(${calls.endedAt}, ${calls.startedAt}) as closed_at, ${calls.caseId} as case_id from ${calls}`,
};

function consultationSource(comparison: SQL): SQL {
  return sql`select ${consultations.id} as id, ${consultations.closedAt} as closed_at,
    (select ${cases.id} from ${cases} where ${cases.sourceConsultationId} = ${consultations.id} limit 1) as case_id
    from ${consultations} where ${consultations.closedAt} is not null and ${consultations.source} ${comparison} 'public_form'`;
}

/** Records of the type closed more than `years` before `now`, not yet anonymised, held or not. */
function expired(type: AnonymisedType, years: number, now: Date, held: boolean): SQL {
  const hold = sql`exists (select 1 from ${legalHolds} where ${legalHolds.caseId} = x.case_id and ${legalHolds.liftedAt} is null)`;
  return sql`from (${sources[type]()}) x
    where x.closed_at < ${now.toISOString()}::timestamptz - make_interval(years => ${years}::int)
      and not exists (select 1 from ${retentionTombstones} where ${retentionTombstones.recordType} = ${type} and ${retentionTombstones.recordId} = x.id)
      and ${held ? hold : sql`not ${hold}`}`;
}

/** How many records have expired, and how many of those a legal hold keeps. */
export async function countExpired(db: Db, type: AnonymisedType, years: number, now: Date): Promise<{ expired: number; held: number }> {
  const count = async (held: boolean) => {
    const result = await db.execute(sql`select count(*)::int as n ${expired(type, years, now, held)}`);
    return Number((result.rows[0] as { n: number } | undefined)?.n ?? 0);
  };
  return { expired: await count(false), held: await count(true) };
}

/** The next batch of expired records no hold keeps (the caller holds the run lock, so two instances do not take the same). */
export async function nextExpiredBatch(tx: Tx, type: AnonymisedType, years: number, now: Date, limit: number): Promise<{ id: string; closedAt: Date }[]> {
  const result = await tx.execute(sql`select x.id, x.closed_at ${expired(type, years, now, false)} order by x.id limit ${limit}`);
  return (result.rows as { id: string; closed_at: string | Date }[]).map((row) => ({ id: row.id, closedAt: new Date(row.closed_at) }));
}
