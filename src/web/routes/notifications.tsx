import { useEffect, useRef, useState } from 'react';
import { Link, useSearch } from 'wouter';
import type { Notification, NotificationsMarkedRead } from '../../shared/schemas/notifications.ts';
import { api } from '../api.ts';
import { Button } from '../components/button.tsx';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { swedishToday } from '../features/deadlines/deadline-dates.ts';
import { PanelStatus, usePanelStatus } from '../features/journal/panel-status.tsx';
import { NotificationList } from '../features/notifications/notification-list.tsx';
import { announceUnreadCount } from '../features/notifications/unread-count.ts';
import '../features/notifications/notifications.css';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

const pageSize = 20;

function pageFrom(search: string): number {
  const page = Number(new URLSearchParams(search).get('page'));
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

/** Marks read, on this page, what the server has marked read since it was loaded. */
interface LocalReads {
  ids: ReadonlySet<string>;
  all: boolean;
  unreadCount: number | null;
}
const noLocalReads: LocalReads = { ids: new Set(), all: false, unreadCount: null };

/** The signed-in user's reminders, a page at a time, newest first. */
export default function NotificationsRoute() {
  const { t } = useI18n();
  const page = pageFrom(useSearch());
  const state = useLoad(`notifications:${page}`, (signal) =>
    api.GET('/api/notifications', { params: { query: { page, pageSize } }, signal }),
  );
  const [reads, setReads] = useState<{ key: string; value: LocalReads }>({ key: '', value: noLocalReads });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [isMarkingAll, setIsMarkingAll] = useState(false);
  const { status, show } = usePanelStatus();
  const listRef = useRef<HTMLDivElement>(null);
  const focusListOnLoad = useRef(false);

  const loadKey = String(page);
  const local = reads.key === loadKey ? reads.value : noLocalReads;
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const now = new Date().toISOString();
  const items = data?.items.map((n) => (n.readAt === null && (local.all || local.ids.has(n.id)) ? { ...n, readAt: now } : n));
  const unreadCount = local.unreadCount ?? data?.unreadCount ?? 0;
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;

  // After moving to another page the old items are gone; focus goes to the new ones.
  useEffect(() => {
    if (state.status === 'ready' && focusListOnLoad.current) {
      focusListOnLoad.current = false;
      listRef.current?.focus();
    }
  }, [state.status]);

  const remember = (change: Partial<LocalReads>, marked: NotificationsMarkedRead) => {
    setReads({ key: loadKey, value: { ...local, ...change, unreadCount: marked.unreadCount } });
    announceUnreadCount(marked.unreadCount);
  };

  const markRead = (notification: Notification) => {
    setBusyId(notification.id);
    api.POST('/api/notifications/{notificationId}/read', { params: { path: { notificationId: notification.id } } }).then(
      (marked) => {
        setBusyId(null);
        remember({ ids: new Set([...local.ids, notification.id]) }, marked);
        setFocusId(notification.id);
        show(t('notifications.markedRead'), 'success');
      },
      () => {
        setBusyId(null);
        show(t('notifications.actionFailed'), 'error', true);
      },
    );
  };

  const markAllRead = () => {
    setIsMarkingAll(true);
    api.POST('/api/notifications/read-all').then(
      (marked) => {
        setIsMarkingAll(false);
        remember({ all: true }, marked);
        // The button is gone: the message takes focus.
        show(t('notifications.markedAllRead'), 'success', true);
      },
      () => {
        setIsMarkingAll(false);
        show(t('notifications.actionFailed'), 'error', true);
      },
    );
  };

  const pageLink = (target: number, label: string, rel: 'prev' | 'next') => (
    <li>
      <Link
        href={target === 1 ? '/notifications' : `/notifications?page=${target}`}
        className="pagination__link"
        rel={rel}
        onClick={() => {
          focusListOnLoad.current = true;
        }}
      >
        {label}
      </Link>
    </li>
  );

  return (
    <>
      <PageHeading>{t('notifications.title')}</PageHeading>
      <p className="lead">{t('notifications.intro')}</p>
      <PanelStatus status={status} />
      {state.status === 'loading' && !data && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {data && items && state.status !== 'error' && (
        <>
          <div className="notifications__summary">
            <p>
              {unreadCount === 0
                ? t('notifications.allRead')
                : unreadCount === 1
                  ? t('notifications.unreadSummaryOne')
                  : t('notifications.unreadSummary', { count: unreadCount })}
            </p>
            {unreadCount > 0 && (
              <Button variant="secondary" onClick={markAllRead} disabled={isMarkingAll}>
                {t('notifications.markAllRead')}
              </Button>
            )}
          </div>
          {items.length === 0 ? (
            <p className="empty-state">{t('notifications.none')}</p>
          ) : (
            <div ref={listRef} tabIndex={-1} className="notifications__list">
              <NotificationList items={items} today={swedishToday(new Date())} onMarkRead={markRead} busyId={busyId} focusId={focusId} />
            </div>
          )}
          {pages > 1 && (
            <nav className="pagination" aria-label={t('notifications.pagination')}>
              <ul className="pagination__list">
                {page > 1 && pageLink(Math.min(page - 1, pages), t('notifications.previous'), 'prev')}
                <li className="pagination__status">{t('notifications.pageStatus', { page, pages })}</li>
                {page < pages && pageLink(page + 1, t('notifications.next'), 'next')}
              </ul>
            </nav>
          )}
        </>
      )}
    </>
  );
}
