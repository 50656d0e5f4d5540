import type { TextareaHTMLAttributes } from 'react';
import { FormGroup, type LabelledFieldProps } from '../../components/form-group.tsx';
import './cases.css';

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'className'>;

export interface TextAreaFieldProps extends TextAreaProps, LabelledFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/** A labelled multi-line text field whose hint and error are linked by aria-describedby. */
export function TextAreaField({ id, label, hint, error, value, onChange, rows = 4, ...textarea }: TextAreaFieldProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <textarea
          {...textarea}
          id={id}
          rows={rows}
          className="input text-area"
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
          {...described}
        />
      )}
    </FormGroup>
  );
}
