import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { api } from '../../api.ts';

const listeners = new Set<() => void>();

/** Tells the header to count the incoming referrals again: the user accepted or declined one. */
export function announceIncomingReferralsChanged(): void {
  for (const listener of listeners) listener();
}

/**
 * How many referrals and transfers wait for an answer from the user's organisations: fetched when a
 * page loads, after each navigation, when the tab gets focus again, and after the user answers
 * one, so the number never stays stale. Null until known, and for those who answer none.
 */
export function useIncomingReferralCount(userId: string | null): number | null {
  const [location] = useLocation();
  const [revision, setRevision] = useState(0);
  const [known, setKnown] = useState<{ userId: string; count: number } | null>(null);

  useEffect(() => {
    if (!userId) return;
    const controller = new AbortController();
    api.GET('/api/referrals/incoming/count', { signal: controller.signal, redirectOnUnauthorized: false }).then(
      (answer) => {
        setKnown({ userId, count: answer.pending });
      },
      () => {
        // The count is a convenience; the queue itself reports trouble.
      },
    );
    return () => {
      controller.abort();
    };
  }, [userId, location, revision]);

  useEffect(() => {
    if (!userId) return;
    const bump = () => {
      setRevision((r) => r + 1);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') bump();
    };
    listeners.add(bump);
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      listeners.delete(bump);
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [userId]);

  return userId && known?.userId === userId ? known.count : null;
}
