import type { NotificationKind } from '../../../shared/enums.ts';
import type { NotificationPage, NotificationQuery, NotificationsMarkedRead } from '../../../shared/schemas/notifications.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import type { MailMessage, Mailer } from '../../platform/mail.ts';
import { notFound } from '../../platform/problems.ts';
import { loadUserActor } from '../../platform/sessions.ts';
import { stockholmDate as swedishToday } from '../../../shared/working-days.ts';
import { accountMessage } from './account-mail.ts';
import { isAccountKind } from './account-notifications.service.ts';
import { consultationMessage, reminderMessage } from './notification-mail.ts';
import { isReturnKind, returnOfficerMessage } from './return-officer-mail.ts';
import { workMessage } from './work-mail.ts';
import { isWorkKind } from './work-notifications.service.ts';
import {
  cancelEmail,
  claimPendingEmails,
  countOwnUnread,
  isCaseVisibleTo,
  isConsultationVisibleTo,
  listOwnNotifications,
  markAllOwnRead,
  markOwnRead,
  releaseFailedEmail,
} from './notifications.queries.ts';

/**
 * The caller's own reminders, newest first, with how many are unread. Reminders about cases the
 * caller may no longer see are left out (see listOwnNotifications). Not audited: a user's own
 * reminders name only case reference numbers they were sent, not case content.
 */
export async function listNotificationsFor(db: Db, actor: Actor, query: NotificationQuery): Promise<NotificationPage> {
  const { rows, total, unreadCount } = await listOwnNotifications(db, actor, query.page, query.pageSize);
  return {
    items: rows.map((row) => ({
      ...row,
      kind: row.kind as NotificationKind,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    unreadCount,
  };
}

/** Marks one of the caller's own notifications read; someone else's is 404, as if it did not exist. */
export async function markNotificationRead(db: Db, actor: Actor, unverifiedId: string): Promise<NotificationsMarkedRead> {
  const result = await markOwnRead(db, actor.userId, unverifiedId);
  if (!result) throw notFound('No such notification.');
  return { marked: result.wasUnread ? 1 : 0, unreadCount: await countOwnUnread(db, actor) };
}

export async function markAllNotificationsRead(db: Db, actor: Actor): Promise<NotificationsMarkedRead> {
  const marked = await markAllOwnRead(db, actor.userId);
  return { marked, unreadCount: await countOwnUnread(db, actor) };
}

export interface EmailOptions {
  mailer: Mailer;
  publicUrl: string;
  /** After this many failed sends a reminder's e-mail is given up ('failed'); it stays in the app. */
  maxAttempts?: number;
  /** Rows claimed at a time: one by default, so a process killed while sending loses that one e-mail, not the rest of a batch. */
  batchSize?: number;
  /** Upper bound on e-mails per call, so one tick cannot run for ever after an outage. */
  maxPerRun?: number;
  /** Once aborted (the server is shutting down), no further e-mail is claimed. */
  signal?: AbortSignal;
}

export interface EmailRunResult {
  sent: number;
  /** Put back for a later tick. */
  retrying: number;
  failed: number;
  /** Not sent: the recipient no longer sees the case (or consultation), or was deactivated. */
  skipped: number;
}

export const defaultMaxEmailAttempts = 5;

/**
 * Sends the e-mails of pending reminders. Each row is claimed by one instance only (see
 * claimPendingEmails), so however many instances run this at once, a reminder is e-mailed once.
 * The claim is made before sending and no lock is held over the network, so a slow SMTP server
 * never holds up the database; the price is that a process killed in the middle of a send loses
 * that one e-mail rather than sending it twice (the reminder itself stays in the app).
 *
 * A recipient who can no longer see the case gets no e-mail: its reference number would reveal
 * the case. Failures are counted, never logged with their message, which may carry the address.
 */
export async function sendPendingReminderEmails(db: Db, options: EmailOptions, now = new Date()): Promise<EmailRunResult> {
  const { mailer, publicUrl, maxAttempts = defaultMaxEmailAttempts, batchSize = 1, maxPerRun = 200, signal } = options;
  const result: EmailRunResult = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  const today = swedishToday(now);
  for (let handled = 0; handled < maxPerRun && !signal?.aborted; ) {
    const claimed = await claimPendingEmails(db, Math.min(batchSize, maxPerRun - handled));
    if (claimed.length === 0) break;
    handled += claimed.length;
    let failedInBatch = false;
    for (const row of claimed) {
      // No session: the scheduler acts for no one; the actor only feeds the scope.
      const actor = row.isActive ? ((await loadUserActor(db, row.userId, 'reminders')) ?? undefined) : undefined;
      const kind = row.kind as NotificationKind;
      let message: MailMessage | undefined;
      if (isWorkKind(kind)) {
        if (actor && row.organisationName !== null) {
          message = workMessage({ to: row.email, kind, organisationName: row.organisationName, publicUrl });
        }
      } else if (isAccountKind(kind)) {
        if (actor && row.organisationId !== null && row.organisationName !== null) {
          message = accountMessage({ to: row.email, kind, organisationId: row.organisationId, organisationName: row.organisationName, publicUrl });
        }
      } else if (isReturnKind(kind) && row.caseId === null) {
        // An IOM officer's: sent while they are still a return officer of the organisation.
        const isOfficer = actor?.memberships.some((m) => m.organisationId === row.organisationId && m.roles.includes('return_officer'));
        if (isOfficer && row.organisationName !== null && row.subjectId !== null && row.dueOn !== null) {
          message = returnOfficerMessage({ to: row.email, kind, organisationName: row.organisationName, subjectId: row.subjectId, dueOn: row.dueOn, publicUrl });
        }
      } else if (actor && row.dueOn !== null && row.reference !== null) {
        if (kind === 'consultation_new' || kind === 'consultation_overdue') {
          if (row.consultationId !== null && row.regionName !== null && (await isConsultationVisibleTo(db, actor, row.consultationId))) {
            message = consultationMessage({
              to: row.email,
              kind,
              consultationId: row.consultationId,
              reference: row.reference,
              regionName: row.regionName,
              dueOn: row.dueOn,
              today,
              publicUrl,
            });
          }
        } else if (row.caseId !== null && (await isCaseVisibleTo(db, actor, row.caseId))) {
          message = reminderMessage({ to: row.email, kind, caseId: row.caseId, caseReference: row.reference, dueOn: row.dueOn, today, publicUrl });
        }
      }
      if (!message) {
        await cancelEmail(db, row.id);
        result.skipped++;
        continue;
      }
      try {
        await mailer.send(message);
        result.sent++;
      } catch {
        failedInBatch = true;
        const status = await releaseFailedEmail(db, row.id, maxAttempts);
        result[status === 'failed' ? 'failed' : 'retrying']++;
      }
    }
    // After a failure, wait for the next tick rather than spend the rows' attempts at once.
    if (claimed.length < batchSize || failedInBatch) break;
  }
  return result;
}
