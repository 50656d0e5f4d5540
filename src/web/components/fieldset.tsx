import type { ReactNode } from 'react';
import { describedBy } from './field-error.tsx';
import { formGroupClass, HintAndError, messageIds } from './form-group.tsx';

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
  const { hintId, errorId } = messageIds(id, hint, error);
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="fieldset" id={id} aria-describedby={describedBy(hintId, errorId)}>
        <legend className="legend">{legend}</legend>
        <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
        <div className={`choices choices--${layout}`}>{children}</div>
      </fieldset>
    </div>
  );
}
