import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { type Mailer, createMailer } from '../../platform/mail.ts';
import { startPeriodicJob } from '../../platform/periodic-job.ts';
import { stockholmDate as swedishToday } from '../../../shared/working-days.ts';
import { insertConsultationNotifications } from '../consultations/consultation-notifications.service.ts';
import { insertDueDeadlineReminders } from '../deadlines/deadlines.service.ts';
import { type EmailRunResult, sendPendingReminderEmails } from './notifications.service.ts';

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
  /** Aborted when the server shuts down: the e-mails stop between two messages. */
  signal?: AbortSignal;
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
  created += await insertDueDeadlineReminders(db, today, mail ? 'pending' : 'none');
  created += await insertConsultationNotifications(db, now, mail ? 'pending' : 'none');
  const email = mail ? await sendPendingReminderEmails(db, mail, now) : null;
  return { created, email };
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

/** Runs runReminderTick soon after start and then every minute (platform/periodic-job.ts). */
export function startReminderScheduler(options: ReminderSchedulerOptions): () => Promise<void> {
  const { db, config, onError, onTick, intervalMs = 60_000, firstTickMs = 2_000 } = options;
  const mailer = options.mailer === undefined ? createMailer(config) : options.mailer;
  const mail = mailer ? { mailer, publicUrl: config.publicUrl } : undefined;
  return startPeriodicJob({
    run: (signal) => runReminderTick(db, new Date(), mail && { ...mail, signal }),
    onError,
    onResult: (result) => {
      const didSomething = result.created > 0 || (result.email !== null && Object.values(result.email).some((n) => n > 0));
      if (didSomething) onTick?.(result);
    },
    intervalMs,
    firstRunMs: firstTickMs,
  });
}
