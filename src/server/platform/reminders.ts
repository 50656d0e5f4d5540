import { sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { consultations, memberships, notifications, organisations, users } from '../db/schema/index.ts';
import { reminderRules, swedishToday } from '../modules/deadlines/deadline-rules.ts';
import { type EmailStatus, insertDueReminders } from '../modules/deadlines/deadlines.queries.ts';
import { type EmailRunResult, sendPendingReminderEmails } from '../modules/notifications/notifications.service.ts';
import { type Mailer, createMailer } from './mail.ts';

export interface ReminderTickResult {
  /** Reminders made by this tick (not those another instance made first). */
  created: number;
  /** E-mails handled by this tick; null without SMTP. */
  email: EmailRunResult | null;
}

export interface ReminderMailOptions {
  mailer: Mailer;
  publicUrl: string;
  maxAttempts?: number;
}

/**
 * One pass of the reminder scheduler (DESIGN.md §5): makes the reminders due today in Sweden
 * (deadline-rules.ts says which, including the catch-up after downtime), the consultation
 * notifications of the coordinators (insertConsultationNotifications) and, with a mailer, sends
 * the e-mails still pending. Safe to run on any number of instances at the same moment: a reminder
 * is inserted once (its dedupe key) and e-mailed once (claimed rows). Without a mailer the
 * reminders are in-app only (email_status 'none').
 */
export async function runReminderTick(db: Db, now: Date = new Date(), mail?: ReminderMailOptions): Promise<ReminderTickResult> {
  const today = swedishToday(now);
  let created = 0;
  for (const rule of reminderRules) {
    created += await insertDueReminders(db, rule, today, mail ? 'pending' : 'none');
  }
  created += await insertConsultationNotifications(db, now, mail ? 'pending' : 'none');
  const email = mail ? await sendPendingReminderEmails(db, mail, now) : null;
  return { created, email };
}

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
export async function insertConsultationNotifications(db: Db, now: Date, emailStatus: EmailStatus): Promise<number> {
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

export interface ReminderSchedulerOptions {
  db: Db;
  config: Pick<Config, 'smtpUrl' | 'smtpFrom' | 'publicUrl'>;
  /** By default the SMTP mailer of the configuration, or none when SMTP_URL is unset. */
  mailer?: Mailer | null;
  /** Told about a tick that failed; must not log personal data (the errors carry none of ours). */
  onError: (error: unknown) => void;
  /** Told about each tick that did something: counts only. */
  onTick?: (result: ReminderTickResult) => void;
  intervalMs?: number;
  /** Delay before the first tick, so start-up is not slowed down. */
  firstTickMs?: number;
}

/**
 * Runs runReminderTick soon after start and then every minute, without keeping the process alive.
 * A tick that is still running when the next is due is not doubled. The returned stop function
 * clears the timer and resolves when a tick under way has finished, so the database can be closed
 * after it.
 */
export function startReminderScheduler(options: ReminderSchedulerOptions): () => Promise<void> {
  const { db, config, onError, onTick, intervalMs = 60_000, firstTickMs = 2_000 } = options;
  const mailer = options.mailer === undefined ? createMailer(config) : options.mailer;
  const mail = mailer ? { mailer, publicUrl: config.publicUrl } : undefined;
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = () => {
    if (running || stopped) return;
    running = runReminderTick(db, new Date(), mail)
      .then((result) => {
        const didSomething = result.created > 0 || (result.email !== null && Object.values(result.email).some((n) => n > 0));
        if (didSomething) onTick?.(result);
      }, onError)
      .finally(() => {
        running = null;
      });
  };

  const first = setTimeout(tick, firstTickMs);
  first.unref();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
