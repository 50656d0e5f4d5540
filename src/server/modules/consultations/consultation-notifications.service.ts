import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { memberships, organisations, users } from '../../db/schema/identity.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { consultations } from './consultations.schema.ts';

/** A new consultation is announced if it came in this recently (covers a scheduler down for a while). */
export const NEW_CONSULTATION_WINDOW_HOURS = 48;
/** An overdue first response is announced if it fell due this recently (as CATCH_UP_DAYS for cases). */
export const OVERDUE_CONSULTATION_WINDOW_DAYS = 7;

/**
 * The coordinators' notifications about consultations (issue 5 item 5), one per consultation,
 * kind and recipient (the dedupe key consultation_new:<id>:<userId> or
 * consultation_overdue:<id>:<userId>, inserted with ON CONFLICT DO NOTHING, so any number of ticks
 * on any number of instances make each once). The recipients are the active users holding the
 * regional_coordinator role in an organisation of the consultation's police region.
 *
 * - consultation_new: still 'new' and unanswered, received in the last NEW_CONSULTATION_WINDOW_HOURS.
 * - consultation_overdue: still 'new' and unanswered after its first-response deadline (claimed,
 *   answered or closed ones are not reminded), due within OVERDUE_CONSULTATION_WINDOW_DAYS.
 *
 * National coordinators are not notified of each consultation: they would get every region's, and
 * they follow the national picture on the dashboard instead. The notification has no case
 * (case_id null); subject_id is the consultation's id and due_on its first-response date in Sweden.
 */
export async function insertConsultationNotifications(db: Db, now: Date, emailStatus: 'none' | 'pending'): Promise<number> {
  const at = now.toISOString();
  const rule = (kind: 'consultation_new' | 'consultation_overdue', condition: ReturnType<typeof sql>) => sql`
    insert into ${notifications} (user_id, kind, case_id, subject_id, due_on, dedupe_key, email_status)
    select distinct ${users.id}, ${kind}::text, null::uuid, ${consultations.id},
      to_char(${consultations.firstResponseDueAt} at time zone 'Europe/Stockholm', 'YYYY-MM-DD'),
      concat_ws(':', ${kind}::text, ${consultations.id}, ${users.id}), ${emailStatus}::text
    from ${consultations}
    join ${organisations} on ${organisations.regionCode} = ${consultations.regionCode}
    join ${memberships} on ${memberships.organisationId} = ${organisations.id} and 'regional_coordinator' = any(${memberships.roles})
    join ${users} on ${users.id} = ${memberships.userId} and ${users.isActive}
    where ${consultations.status} = 'new'
      and ${consultations.firstRespondedAt} is null
      and ${condition}
    on conflict (dedupe_key) do nothing
    returning ${notifications.id}`;
  const fresh = await db.execute(
    rule(
      'consultation_new',
      sql`${consultations.receivedAt} <= ${at}::timestamptz
        and ${consultations.receivedAt} > ${at}::timestamptz - make_interval(hours => ${NEW_CONSULTATION_WINDOW_HOURS})`,
    ),
  );
  const overdue = await db.execute(
    rule(
      'consultation_overdue',
      sql`${consultations.firstResponseDueAt} < ${at}::timestamptz
        and ${consultations.firstResponseDueAt} > ${at}::timestamptz - make_interval(days => ${OVERDUE_CONSULTATION_WINDOW_DAYS})`,
    ),
  );
  return fresh.rows.length + overdue.rows.length;
}
