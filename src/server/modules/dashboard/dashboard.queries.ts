import { type SQL, and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { PoliceRegion } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import { calls } from '../calls/calls.schema.ts';
import { consultations } from '../consultations/consultations.schema.ts';

/** The instants the figures are counted from: now, and the Swedish midnights that start the age buckets. */
export interface DashboardClock {
  now: Date;
  /** 00:00 today in Sweden. */
  startOfToday: Date;
  /** 00:00 three days ago in Sweden: 1–3 days old is from here to startOfToday. */
  startOf3DaysAgo: Date;
  /** 00:00 seven days ago in Sweden: 4–7 days old is from here to startOf3DaysAgo. */
  startOf7DaysAgo: Date;
  /** 00:00 tomorrow in Sweden. */
  startOfTomorrow: Date;
}

export interface ConsultationCounts {
  today: number;
  days13: number;
  days47: number;
  older: number;
  open: number;
  overdue: number;
  myQueue: number;
  newToday: number;
}

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * Every consultation figure in one pass over the consultations in `scope` (consultationScope of
 * the actor, and the region shown), counted in SQL. Open means new or claimed.
 */
export async function countConsultations(db: Db, scope: SQL, userId: string, clock: DashboardClock): Promise<ConsultationCounts> {
  const open = sql`${consultations.status} in ('new', 'claimed')`;
  const received = consultations.receivedAt;
  const countWhere = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;
  const [row] = await db
    .select({
      today: countWhere(sql`${open} and ${received} >= ${at(clock.startOfToday)}`),
      days13: countWhere(sql`${open} and ${received} >= ${at(clock.startOf3DaysAgo)} and ${received} < ${at(clock.startOfToday)}`),
      days47: countWhere(sql`${open} and ${received} >= ${at(clock.startOf7DaysAgo)} and ${received} < ${at(clock.startOf3DaysAgo)}`),
      older: countWhere(sql`${open} and ${received} < ${at(clock.startOf7DaysAgo)}`),
      open: countWhere(open),
      overdue: countWhere(
        sql`${consultations.status} = 'new' and ${consultations.firstRespondedAt} is null and ${consultations.firstResponseDueAt} < ${at(clock.now)}`,
      ),
      myQueue: countWhere(sql`${consultations.status} = 'claimed' and ${consultations.assigneeUserId} = ${userId}`),
      newToday: countWhere(sql`${received} >= ${at(clock.startOfToday)} and ${received} < ${at(clock.startOfTomorrow)}`),
    })
    .from(consultations)
    .where(scope);
  return row ?? { today: 0, days13: 0, days47: 0, older: 0, open: 0, overdue: 0, myQueue: 0, newToday: 0 };
}

/** Support-line calls started today in Sweden, in the regions given (every call when null). */
export async function countCallsToday(db: Db, regions: readonly PoliceRegion[] | null, clock: DashboardClock): Promise<number> {
  const conditions = [gte(calls.startedAt, clock.startOfToday), lt(calls.startedAt, clock.startOfTomorrow)];
  if (regions !== null) conditions.push(regions.length === 1 ? eq(calls.regionCode, regions[0]!) : inArray(calls.regionCode, [...regions]));
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(calls)
    .where(and(...conditions));
  return row?.count ?? 0;
}
