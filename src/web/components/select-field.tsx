import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, FieldError } from './field-error.tsx';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'className'>;

export interface SelectFieldProps extends SelectProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** The <option> and <optgroup> elements. */
  children: ReactNode;
  /** Shown below the select, announced politely when it changes (e.g. a consequence of the choice). */
  after?: ReactNode;
}

/** A labelled native select; native keeps keyboard, screen reader and phone behaviour right. */
export function SelectField({ id, label, hint, error, value, onChange, children, after, ...select }: SelectFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const afterId = `${id}-after`;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && errorId && <FieldError id={errorId} message={error} />}
      <select
        {...select}
        id={id}
        className="select"
        value={value}
        onChange={(event) => { onChange(event.target.value); }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId, after ? afterId : undefined)}
      >
        {children}
      </select>
      <div id={afterId} className="select-after" aria-live="polite">
        {after}
      </div>
    </div>
  );
}
