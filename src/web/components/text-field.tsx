import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldError } from './field-error.tsx';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'>;

export interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** Narrower input for short values. */
  width?: 'full' | 'medium';
}

/** A labelled text input whose hint and error are linked by aria-describedby. */
export function TextField({ id, label, hint, error, value, onChange, width = 'full', ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
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
      <input
        {...input}
        id={id}
        className={`input input--${width}`}
        value={value}
        onChange={(event) => { onChange(event.target.value); }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}
