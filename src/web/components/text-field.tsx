import type { Dispatch, InputHTMLAttributes, SetStateAction } from 'react';
import { FormGroup, type LabelledFieldProps } from './form-group.tsx';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'>;

export interface TextFieldProps extends InputProps, LabelledFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** Narrower input for short values. */
  width?: 'full' | 'medium';
}

/** A labelled text input whose hint and error are linked by aria-describedby. */
export function TextField({ id, label, hint, error, value, onChange, width = 'full', ...input }: TextFieldProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <input
          {...input}
          id={id}
          className={`input input--${width}`}
          value={value}
          onChange={(event) => { onChange(event.target.value); }}
          {...described}
        />
      )}
    </FormGroup>
  );
}

/**
 * The props that tie a TextField to one entry of a form's string values and errors. The entry's
 * name is also the input's id, which is where the error summary links to.
 */
export function bindTextField<F extends string>(
  name: F,
  values: Readonly<Record<F, string>>,
  setValues: Dispatch<SetStateAction<Record<F, string>>>,
  errors: Partial<Record<F, string>>,
) {
  return {
    id: name,
    value: values[name],
    error: errors[name],
    onChange: (value: string) => { setValues((v) => ({ ...v, [name]: value })); },
  };
}
