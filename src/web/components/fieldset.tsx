import type { ReactNode } from 'react';
import { describedBy, FieldError } from './field-error.tsx';

export interface FieldsetProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  children: ReactNode;
  layout?: 'stacked' | 'inline';
}

/** A group of related controls (checkboxes, radios) with its legend, hint and error. */
export function Fieldset({ id, legend, hint, error, children, layout = 'stacked' }: FieldsetProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" id={id} aria-describedby={describedBy(hintId, errorId)}>
        <legend className="legend">{legend}</legend>
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        {error && errorId && <FieldError id={errorId} message={error} />}
        <div className={`choices choices--${layout}`}>{children}</div>
      </fieldset>
    </div>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: string;
}

/** The id of one choice's input, so an error summary can link to the first one. */
export function choiceId(groupId: string, value: string): string {
  return `${groupId}-${value}`;
}
