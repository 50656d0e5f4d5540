import { and, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { calls } from '../calls/calls.schema.ts';
import { consultations } from '../consultations/consultations.schema.ts';
import { type QuarterCount, type StatisticsScope, quarterOf } from './statistics-cases.queries.ts';

const countAll = sql<number>`count(*)::int`;

/** Consultations (requests for method support) by where they came from, by the quarter they came in. */
export async function countConsultationsBySource(db: Db, scope: StatisticsScope): Promise<QuarterCount[]> {
  return db
    .select({ row: consultations.source, quarter: quarterOf(consultations.receivedAt), count: countAll })
    .from(consultations)
    .where(
      and(
        gte(consultations.receivedAt, scope.start),
        lt(consultations.receivedAt, scope.end),
        scope.regions ? inArray(consultations.regionCode, [...scope.regions]) : undefined,
        scope.form ? sql`${scope.form} = any(${consultations.exploitationForms})` : undefined,
      ),
    )
    .groupBy(sql`1`, sql`2`);
}

/**
 * Support-line calls by who called, by quarter. A call has no form of exploitation, so the form
 * filter does not apply; a call without a region counts only when every region is counted.
 */
export async function countCallsByCaller(db: Db, scope: StatisticsScope): Promise<QuarterCount[]> {
  return db
    .select({ row: calls.callerCategory, quarter: quarterOf(calls.startedAt), count: countAll })
    .from(calls)
    .where(
      and(gte(calls.startedAt, scope.start), lt(calls.startedAt, scope.end), scope.regions ? inArray(calls.regionCode, [...scope.regions]) : undefined),
    )
    .groupBy(sql`1`, sql`2`);
}
