import { useEffect, useRef, type ReactNode } from 'react';

export interface NoticeProps {
  tone: 'info' | 'success' | 'warning' | 'error';
  children: ReactNode;
  /** Move focus here when shown, for outcomes the user must not miss. */
  takeFocus?: boolean;
}

/**
 * A message box. Errors use role="alert" (read out at once); information and success use
 * role="status" (read out politely).
 */
export function Notice({ tone, children, takeFocus = false }: NoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <div
      ref={ref}
      className={`notice notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={takeFocus ? -1 : undefined}
    >
      {children}
    </div>
  );
}

/** A polite "loading" line for screen readers and sighted users alike. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
