import type { NotificationKind } from '../../../shared/enums.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { Db, Tx } from '../../db/client.ts';
import { notifications } from './notifications.schema.ts';

/** Something that happened in a case, told to the people it concerns. */
export interface CaseNotification {
  kind: Extract<NotificationKind, 'duplicate_same_person' | 'duplicate_not_same'>;
  caseId: string;
  /** The record the event made (a decision): one notification per event, kind and recipient. */
  eventId: string;
  recipients: readonly (string | null)[];
}

/**
 * Tells people about an event in a case, in the same transaction as the event: in the app, and by
 * e-mail when SMTP is configured (the reminder loop sends pending ones once, and only to someone
 * who still sees the case). The date is the day it happened, in Sweden.
 */
export async function notifyAboutCase(tx: Db | Tx, notification: CaseNotification, emailed: boolean): Promise<void> {
  const recipients = [...new Set(notification.recipients.filter((id): id is string => id !== null))];
  if (recipients.length === 0) return;
  await tx
    .insert(notifications)
    .values(
      recipients.map((userId) => ({
        userId,
        kind: notification.kind,
        caseId: notification.caseId,
        subjectId: notification.eventId,
        dueOn: stockholmDate(new Date()),
        dedupeKey: `${notification.kind}:${notification.eventId}:${notification.caseId}:${userId}`,
        emailStatus: emailed ? 'pending' : 'none',
      })),
    )
    .onConflictDoNothing({ target: notifications.dedupeKey });
}
