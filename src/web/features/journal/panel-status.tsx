import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '../../components/button.tsx';
import { Notice } from '../../components/notice.tsx';
import { useT } from '../../i18n/index.tsx';

export interface PanelStatusMessage {
  text: string;
  tone: 'success' | 'error';
  /** Move focus to the message: for outcomes that leave no better place for focus. */
  takeFocus: boolean;
  /** Changes with every message, so the same text shown twice is read out (and focused) again. */
  serial: number;
}

/** The outcome of the last action in a case panel, read out politely, optionally focused. */
export function usePanelStatus() {
  const [status, setStatus] = useState<PanelStatusMessage | null>(null);
  const show = useCallback((text: string, tone: PanelStatusMessage['tone'], takeFocus = false) => {
    setStatus((previous) => ({ text, tone, takeFocus, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
  const clear = useCallback(() => {
    setStatus(null);
  }, []);
  return { status, show, clear };
}

/**
 * The live region of a panel. It is always rendered, so screen readers watch it before a message
 * appears; the message itself looks like a notice.
 */
export function PanelStatus({ status }: { status: PanelStatusMessage | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status?.takeFocus) ref.current?.focus();
  }, [status]);
  return (
    <div role="status" className="panel-status">
      {status && (
        <p ref={ref} key={status.serial} className={`notice notice--${status.tone}`} tabIndex={-1}>
          {status.text}
        </p>
      )}
    </div>
  );
}

/** A panel's data could not be loaded: say so, and offer to try again. */
export function PanelLoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <Notice tone="error">
      <p>{message}</p>
      <Button variant="secondary" onClick={onRetry}>
        {t('app.tryAgain')}
      </Button>
    </Notice>
  );
}
