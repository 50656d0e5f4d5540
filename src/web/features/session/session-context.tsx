import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, isApiError, setUnauthorizedHandler } from '../../api.ts';
import type { Me, Meta } from '../../../shared/schemas/auth.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | {
      status: 'ready';
      meta: Meta;
      me: Me | null;
      /** Why the user is signed out, for the message on the sign-in page. */
      signedOutReason: 'expired' | 'signed-out' | null;
    };

export interface Session {
  state: SessionState;
  signedIn: (me: Me) => void;
  signOut: () => Promise<void>;
  setupDone: () => void;
  retry: () => void;
}

const SessionContext = createContext<Session | null>(null);

async function loadMe(signal: AbortSignal): Promise<Me | null> {
  try {
    return await api.GET('/api/auth/me', { signal, redirectOnUnauthorized: false });
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([api.GET('/api/meta', { signal: controller.signal }), loadMe(controller.signal)]).then(
      ([meta, me]) => { setState({ status: 'ready', meta, me, signedOutReason: null }); },
      () => {
        if (!controller.signal.aborted) setState({ status: 'unavailable' });
      },
    );
    return () => {
      controller.abort();
    };
  }, [attempt]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setState((s) => (s.status === 'ready' && s.me ? { ...s, me: null, signedOutReason: 'expired' } : s));
    });
    return () => {
      setUnauthorizedHandler(() => {});
    };
  }, []);

  const signedIn = useCallback((me: Me) => {
    setState((s) => (s.status === 'ready' ? { ...s, me, signedOutReason: null } : s));
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.POST('/api/auth/sign-out', { redirectOnUnauthorized: false });
    } catch (error) {
      // Already signed out on the server is fine; anything else leaves the session as it was.
      if (!isApiError(error, 401)) throw error;
    }
    setState((s) => (s.status === 'ready' ? { ...s, me: null, signedOutReason: 'signed-out' } : s));
  }, []);

  const setupDone = useCallback(() => {
    setState((s) => (s.status === 'ready' ? { ...s, meta: { ...s.meta, needsSetup: false } } : s));
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo<Session>(
    () => ({ state, signedIn, signOut, setupDone, retry }),
    [state, signedIn, signOut, setupDone, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user; only for pages behind <RequireSignIn>. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'ready' || !state.me) throw new Error('useMe needs a signed-in user');
  return state.me;
}
