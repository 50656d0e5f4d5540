import { useEffect, useRef } from 'react';

/** The heading of a form or question below the tables; it takes focus when the panel opens. */
export function PanelHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h3 id={id} ref={ref} tabIndex={-1} className="team__panel-heading">
      {children}
    </h3>
  );
}

/** Today's date in the browser (YYYY-MM-DD), for the latest date a date field accepts. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A row button's text: the verb shows ("Ändra"), the organisation it acts on follows for screen
 * readers only, so the visible label starts the accessible name (WCAG 2.5.3) and each button in a
 * table is told apart.
 */
export function ActionLabel({ visible, full }: { visible: string; full: string }) {
  if (!full.startsWith(visible)) return <>{full}</>;
  return (
    <>
      {visible}
      <span className="visually-hidden">{full.slice(visible.length)}</span>
    </>
  );
}
