import { and, eq, inArray } from 'drizzle-orm';
import { type NotificationKind, type WorkNotificationKind, workNotificationKinds } from '../../../shared/enums.ts';
import type { Db, Tx } from '../../db/client.ts';
import { notifications } from './notifications.schema.ts';

export function isWorkKind(kind: NotificationKind): kind is WorkNotificationKind {
  return (workNotificationKinds as readonly string[]).includes(kind);
}

export interface WorkNotification {
  kind: WorkNotificationKind;
  /** The organisation the work concerns (the one referred to, or the one that answered); shown by name. */
  organisationId: string;
  /** The referral, approval or flag it announces: resolving that record removes the notification. */
  subjectId: string;
  /** The case, for those who see it; null for a receiving side that does not see the case yet. */
  caseId: string | null;
  recipients: readonly string[];
}

/**
 * Tells the people a step concerns, in the same transaction as the step: in the app, and by e-mail
 * when SMTP is configured (the reminder loop sends pending ones once across instances). One row
 * per announced record, kind and recipient.
 */
export async function notifyAboutWork(tx: Db | Tx, notification: WorkNotification, emailed: boolean): Promise<void> {
  const recipients = [...new Set(notification.recipients)];
  if (recipients.length === 0) return;
  await tx
    .insert(notifications)
    .values(
      recipients.map((userId) => ({
        userId,
        kind: notification.kind,
        organisationId: notification.organisationId,
        caseId: notification.caseId,
        subjectId: notification.subjectId,
        dedupeKey: `${notification.kind}:${notification.subjectId}:${userId}`,
        emailStatus: emailed ? 'pending' : 'none',
      })),
    )
    .onConflictDoNothing({ target: notifications.dedupeKey });
}

/** A removed notification: whom it was for, and whether they may have seen it (read, or e-mailed). */
export interface ResolvedNotification {
  userId: string;
  seen: boolean;
}

/**
 * The record a notification announced is gone or answered (a referral revoked or accepted, an
 * approval decided or withdrawn, a flag removed): its notifications of these kinds are removed,
 * read or not, and an e-mail not yet sent is never sent, so no alert is left behind. Answers whom
 * they were for, so a caller can tell those who may have seen one what became of it.
 */
export async function resolveWorkNotifications(
  tx: Db | Tx,
  subjectId: string,
  kinds: readonly WorkNotificationKind[],
): Promise<ResolvedNotification[]> {
  const removed = await tx
    .delete(notifications)
    .where(and(eq(notifications.subjectId, subjectId), inArray(notifications.kind, [...kinds])))
    .returning({ userId: notifications.userId, readAt: notifications.readAt, emailStatus: notifications.emailStatus });
  return removed.map((r) => ({ userId: r.userId, seen: r.readAt !== null || r.emailStatus === 'sent' }));
}
