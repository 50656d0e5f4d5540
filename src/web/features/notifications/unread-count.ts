import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { api } from '../../api.ts';

type Listener = (count: number) => void;
const listeners = new Set<Listener>();

/** Tells the header the new unread count after the user marked notifications read. */
export function announceUnreadCount(count: number): void {
  for (const listener of listeners) listener(count);
}

/**
 * The signed-in user's unread notifications, fetched when a page loads and after each
 * navigation: one small request (a page of one) whose answer carries the count. Null until known,
 * or when nobody is signed in.
 */
export function useUnreadCount(userId: string | null): number | null {
  const [location] = useLocation();
  const [known, setKnown] = useState<{ userId: string; count: number } | null>(null);

  useEffect(() => {
    if (!userId) return;
    const controller = new AbortController();
    api
      .GET('/api/notifications', { params: { query: { pageSize: 1 } }, signal: controller.signal, redirectOnUnauthorized: false })
      .then(
        (page) => {
          setKnown({ userId, count: page.unreadCount });
        },
        () => {
          // The count is a convenience; the page itself reports trouble.
        },
      );
    return () => {
      controller.abort();
    };
  }, [userId, location]);

  useEffect(() => {
    if (!userId) return;
    const listener: Listener = (count) => {
      setKnown({ userId, count });
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [userId]);

  return userId && known?.userId === userId ? known.count : null;
}
