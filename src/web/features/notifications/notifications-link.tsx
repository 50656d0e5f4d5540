import { Link, useLocation } from 'wouter';
import { useT } from '../../i18n/index.tsx';
import { useUnreadCount } from './unread-count.ts';

/** The header's link to the notification list, with the number unread: "Notiser (3)". */
export function NotificationsLink({ userId }: { userId: string }) {
  const t = useT();
  const [location] = useLocation();
  const unread = useUnreadCount(userId);
  return (
    <Link href="/notifications" className="header-link" aria-current={location === '/notifications' ? 'page' : undefined}>
      {t('notifications.title')}
      {unread !== null && unread > 0 && (
        <>
          {' '}({unread}
          <span className="visually-hidden"> {t('notifications.navUnread')}</span>)
        </>
      )}
    </Link>
  );
}
