import type { ReactNode } from 'react';
import { describedBy, FieldError } from './field-error.tsx';

/**
 * The ids of a field's hint and error, derived from the field's id. Each is set only while its
 * text is shown, so aria-describedby never points at an element that is not there.
 */
export function messageIds(id: string, hint?: string, error?: string) {
  return { hintId: hint ? `${id}-hint` : undefined, errorId: error ? `${id}-error` : undefined };
}

/** The wrapper's class; the error modifier draws the red edge beside a field that failed. */
export function formGroupClass(error?: string): string {
  return error ? 'form-group form-group--error' : 'form-group';
}

export interface HintAndErrorProps {
  hint?: string;
  hintId?: string;
  error?: string;
  errorId?: string;
}

/** A field's hint, then its error: the order they are read in, above the control they describe. */
export function HintAndError({ hint, hintId, error, errorId }: HintAndErrorProps) {
  return (
    <>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && errorId && <FieldError id={errorId} message={error} />}
    </>
  );
}

/** Spread on the control so assistive technology reads its hint and error with it. */
export interface DescribedControlProps {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** What a labelled field is given for its FormGroup. */
export interface LabelledFieldProps {
  /** The control's id: the label points at it, and the hint and error ids are made from it. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

export interface FormGroupProps extends LabelledFieldProps {
  /** The id of one more element that describes the control; it is read after the hint and error. */
  alsoDescribedBy?: string;
  /** Renders the control (and anything after it) with the aria props it must carry. */
  children: (control: DescribedControlProps) => ReactNode;
}

/** One labelled control with its hint and error, as used by the text and select fields. */
export function FormGroup({ id, label, hint, error, alsoDescribedBy, children }: FormGroupProps) {
  const { hintId, errorId } = messageIds(id, hint, error);
  return (
    <div className={formGroupClass(error)}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children({
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(hintId, errorId, alsoDescribedBy),
      })}
    </div>
  );
}
