import type { ReactNode, SubmitEvent } from 'react';
import { ErrorSummary, type SummaryItem } from './error-summary.tsx';

export interface FormWithSummaryProps {
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  summary: readonly SummaryItem[];
  /** Changes on every failed submit, so focus moves to the summary each time. */
  focusKey: number;
  children: ReactNode;
}

/**
 * A form that checks its own input. The browser's validation is off (noValidate) so that its
 * bubbles neither stop the submit nor compete with our messages; the summary comes first, so it is
 * what a screen reader meets first.
 */
export function FormWithSummary({ onSubmit, summary, focusKey, children }: FormWithSummaryProps) {
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {children}
    </form>
  );
}
