import { useEffect } from 'react';
import { Link } from 'wouter';
import type { Notification } from '../../../shared/schemas/notifications.ts';
import { Button } from '../../components/button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { isAccountNotification, isReturnNotification, isWorkNotification, notificationText } from './notification-text.ts';

export const notificationLinkId = (id: string) => `notification-case-${id}`;

export interface NotificationListProps {
  items: Notification[];
  /** Today in Sweden: the reminders' wording counts days from it. */
  today: string;
  onMarkRead: (notification: Notification) => void;
  /** The one being marked read just now. */
  busyId: string | null;
  /** The one just marked read: focus goes to its case link, since its button is gone. */
  focusId: string | null;
}

/**
 * The reminders, newest first: what each is about in words, when it came, a link to the case and,
 * while unread, a button to mark it read.
 */
export function NotificationList({ items, today, onMarkRead, busyId, focusId }: NotificationListProps) {
  const { t, formatDate, formatDateTime } = useI18n();

  useEffect(() => {
    if (focusId) document.getElementById(notificationLinkId(focusId))?.focus();
  }, [focusId]);

  return (
    <ul className="notification-list" aria-label={t('notifications.listLabel')}>
      {items.map((notification) => {
        const isUnread = notification.readAt === null;
        const textId = `notification-text-${notification.id}`;
        return (
          <li key={notification.id} className={isUnread ? 'notification notification--unread' : 'notification'}>
            <p className="notification__text" id={textId}>
              {isUnread && (
                <>
                  <span className="notification__badge">{t('notifications.unread')}</span>{' '}
                </>
              )}
              {notificationText(t, formatDate, notification, today)}
            </p>
            <p className="notification__meta">
              {t('notifications.createdAt', { time: formatDateTime(notification.createdAt) })}
            </p>
            <div className="notification__actions">
              {isAccountNotification(notification.kind) ? (
                <Link
                  href={notification.kind === 'roles_changed' ? '/account' : `/admin/organisations/${notification.organisationId ?? ''}`}
                  id={notificationLinkId(notification.id)}
                  className="notification__link"
                >
                  {notification.kind === 'roles_changed'
                    ? t('notifications.openAccount')
                    : t('notifications.openOrganisation', { organisation: notification.organisationName ?? '' })}
                </Link>
              ) : isReturnNotification(notification.kind) && notification.caseId === null ? (
                <Link href="/returns" id={notificationLinkId(notification.id)} className="notification__link">
                  {t('returns.notification.open')}
                </Link>
              ) : isWorkNotification(notification.kind) && (notification.caseId === null || notification.kind === 'approval_requested') ? (
                <Link
                  href={notification.kind === 'approval_requested' ? '/approvals' : '/referrals'}
                  id={notificationLinkId(notification.id)}
                  className="notification__link"
                >
                  {notification.kind === 'approval_requested' ? t('notifications.openApprovals') : t('notifications.openReferrals')}
                </Link>
              ) : notification.consultationId !== null ? (
                <Link
                  href={`/consultations/${notification.consultationId}`}
                  id={notificationLinkId(notification.id)}
                  className="notification__link"
                >
                  {t('notifications.openConsultation', { reference: notification.caseReference ?? '' })}
                </Link>
              ) : (
                <Link href={`/cases/${notification.caseId ?? ''}`} id={notificationLinkId(notification.id)} className="notification__link">
                  {t('notifications.openCase', { reference: notification.caseReference ?? '' })}
                </Link>
              )}
              {isUnread && (
                <Button
                  variant="secondary"
                  aria-describedby={textId}
                  disabled={busyId === notification.id}
                  onClick={() => {
                    onMarkRead(notification);
                  }}
                >
                  {t('notifications.markRead')}
                </Button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
