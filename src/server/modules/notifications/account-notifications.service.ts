import { randomUUID } from 'node:crypto';
import { type AccountNotificationKind, type NotificationKind, accountNotificationKinds } from '../../../shared/enums.ts';
import type { Db, Tx } from '../../db/client.ts';
import { notifications } from './notifications.schema.ts';

export function isAccountKind(kind: NotificationKind): kind is AccountNotificationKind {
  return (accountNotificationKinds as readonly string[]).includes(kind);
}

export interface AccountNotification {
  kind: AccountNotificationKind;
  organisationId: string;
  /** The role request it is about; null for a change that took effect at once. */
  requestId: string | null;
  recipients: readonly string[];
}

/**
 * Tells members about roles in the same transaction as the change: in the app, and by e-mail when
 * SMTP is configured (emailed: the reminder loop sends pending ones once across instances). One
 * row per request, kind and recipient; a change without a request gets a fresh key each time.
 */
export async function notifyAboutRoles(tx: Db | Tx, notification: AccountNotification, emailed: boolean): Promise<void> {
  const recipients = [...new Set(notification.recipients)];
  if (recipients.length === 0) return;
  const event = notification.requestId ?? randomUUID();
  await tx
    .insert(notifications)
    .values(
      recipients.map((userId) => ({
        userId,
        kind: notification.kind,
        organisationId: notification.organisationId,
        subjectId: notification.requestId,
        dedupeKey: `${notification.kind}:${event}:${userId}`,
        emailStatus: emailed ? 'pending' : 'none',
      })),
    )
    .onConflictDoNothing({ target: notifications.dedupeKey });
}
