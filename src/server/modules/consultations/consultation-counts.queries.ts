import { type SQL, and, inArray, sql } from 'drizzle-orm';
import type { PoliceRegion } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import { consultations } from './consultations.schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { consultationScope } from './consultations.policy.ts';

/** The instants the figures are counted from: now, and the Swedish midnights that start the age buckets. */
export interface ConsultationCountClock {
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
 * Every consultation figure of the dashboard in one pass over the consultations the actor may see
 * (consultationScope) in the regions shown (every region when null), counted in SQL. Open means
 * new or claimed.
 */
export async function countConsultations(
  db: Db,
  actor: Actor,
  regions: readonly PoliceRegion[] | null,
  clock: ConsultationCountClock,
): Promise<ConsultationCounts> {
  const inRegions = regions === null ? consultationScope(actor) : and(consultationScope(actor), inArray(consultations.regionCode, [...regions]))!;
  const userId = actor.userId;
  const open = sql`${consultations.status} in ('new', 'claimed')`;
  const received = consultations.receivedAt;
  // Every figure counts open consultations or those received today, so only those rows are read
  // (by the status and received-at indexes), not the years of closed ones: the same counts.
  const receivedToday = sql`${received} >= ${at(clock.startOfToday)} and ${received} < ${at(clock.startOfTomorrow)}`;
  const scope = and(inRegions, sql`(${open} or (${receivedToday}))`)!;
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
      newToday: countWhere(receivedToday),
    })
    .from(consultations)
    .where(scope);
  return row ?? { today: 0, days13: 0, days47: 0, older: 0, open: 0, overdue: 0, myQueue: 0, newToday: 0 };
}
