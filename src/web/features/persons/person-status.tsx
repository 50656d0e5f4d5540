import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { isApiError } from '../../api.ts';
import type { FormSubmission } from '../../use-form-submission.ts';

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

/**
 * Whether a panel's form is open. `close` puts focus back on the button that opened it;
 * `closeWithoutRefocus` leaves focus to a status message that takes it.
 */
export function useEditing(editButtonId: string) {
  const [isEditing, setIsEditing] = useState(false);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (isEditing || !returnFocus.current) return;
    returnFocus.current = false;
    document.getElementById(editButtonId)?.focus();
  }, [isEditing, editButtonId]);

  const open = useCallback(() => {
    setIsEditing(true);
  }, []);
  const close = useCallback(() => {
    returnFocus.current = true;
    setIsEditing(false);
  }, []);
  const closeWithoutRefocus = useCallback(() => {
    returnFocus.current = false;
    setIsEditing(false);
  }, []);
  return { isEditing, open, close, closeWithoutRefocus };
}

/** A record's facts as a description list: a term and its value a row. */
export function SummaryList({ rows }: { rows: readonly [string, ReactNode][] }) {
  return (
    <dl className="summary-list">
      {rows.map(([term, value]) => (
        <div className="summary-list__row" key={term}>
          <dt className="summary-list__term">{term}</dt>
          <dd className="summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface SaveFailure<F extends string> extends Pick<FormSubmission<F>, 'failFields' | 'failUnexpected'> {
  /** The record changed meanwhile (412), or access did (403, 404): the panel says so. */
  onOutdated: (error: unknown) => void;
}

/**
 * A panel form's failed save: a 400's field errors go onto the form (the form hook's failFields),
 * a stale version or lost access to the panel, anything else is unexpected.
 */
export function failSave<F extends string>(error: unknown, { failFields, failUnexpected, onOutdated }: SaveFailure<F>): void {
  if (failFields(error)) return;
  if (isApiError(error, 412) || isApiError(error, 403) || isApiError(error, 404)) onOutdated(error);
  else failUnexpected(error);
}
