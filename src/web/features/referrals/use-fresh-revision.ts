import { useEffect, useState } from 'react';

/**
 * A revision number for useLoad keys that goes up when asked (after each action) and whenever the
 * window or tab gets focus again, so a list the other side acts on never stays stale.
 */
export function useFreshRevision(): [number, () => void] {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const bump = () => {
      if (document.visibilityState === 'visible') setRevision((r) => r + 1);
    };
    window.addEventListener('focus', bump);
    document.addEventListener('visibilitychange', bump);
    return () => {
      window.removeEventListener('focus', bump);
      document.removeEventListener('visibilitychange', bump);
    };
  }, []);
  return [revision, () => setRevision((r) => r + 1)];
}
