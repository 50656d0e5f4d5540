import { useEffect, useEffectEvent, useState } from 'react';

export type LoadState<T> =
  | { status: 'loading'; stale?: T }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

type Settled<T> = { key: string } & ({ ok: true; data: T } | { ok: false; error: unknown });

/**
 * Loads data for a key (e.g. the URL of the request) and reloads when the key changes; the
 * previous request is aborted, so a slow old answer never overwrites a newer one.
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): LoadState<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const run = useEffectEvent((signal: AbortSignal) => load(signal));

  useEffect(() => {
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => { setSettled({ key, ok: true, data }); },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key, ok: false, error });
      },
    );
    return () => {
      controller.abort();
    };
  }, [key]);

  if (!settled) return { status: 'loading' };
  // While the next key loads, the last data stays available, so a table being re-sorted keeps
  // its rows (and the focused sort button) instead of flashing empty.
  if (settled.key !== key) return settled.ok ? { status: 'loading', stale: settled.data } : { status: 'loading' };
  return settled.ok ? { status: 'ready', data: settled.data } : { status: 'error', error: settled.error };
}
