import { useCallback, useEffect, useRef, useState } from 'react';

/** The heading of a form opened in a panel; it takes focus when the form opens. */
export function FormHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h3 id={id} ref={ref} tabIndex={-1} className="person__form-heading">
      {children}
    </h3>
  );
}

export interface StatusMessage {
  text: string;
  tone: 'success' | 'error' | 'info';
  /** Changes with every message, so the same text shown twice is read out again. */
  serial: number;
}

/** The outcome of the last action in a panel. */
export function useStatus() {
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const say = useCallback((text: string, tone: StatusMessage['tone']) => {
    setStatus((previous) => ({ text, tone, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
  const clear = useCallback(() => {
    setStatus(null);
  }, []);
  return { status, say, clear };
}

/**
 * A live region that is always rendered, so screen readers watch it before a message appears. A
 * message with `focus` takes focus: used when the control that had it has gone (a closed form).
 */
export function StatusLine({ status, focus = false }: { status: StatusMessage | null; focus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status && focus) ref.current?.focus();
  }, [status, focus]);
  return (
    <div role="status" className="person__status">
      {status && (
        <p ref={ref} key={status.serial} tabIndex={-1} className={`notice notice--${status.tone}`}>
          {status.text}
        </p>
      )}
    </div>
  );
}
