import type { ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { useSession } from './session-context.tsx';

/**
 * Where to come back to after signing in; only same-site paths, never another origin. Without one,
 * the start page, which sends each user on to where their role starts.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in') || next.startsWith('/setup')) return '/';
  return next;
}

/** Renders its children for a signed-in user and sends anyone else to sign-in. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const [path] = useLocation();
  const search = useSearch();
  if (state.status !== 'ready') return null;
  if (!state.me) {
    const next = search ? `${path}?${search}` : path;
    return <Redirect to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
