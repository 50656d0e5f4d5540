import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FormGroup, type LabelledFieldProps } from './form-group.tsx';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'className'>;

export interface SelectFieldProps extends SelectProps, LabelledFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The <option> and <optgroup> elements. */
  children: ReactNode;
  /** Shown below the select, announced politely when it changes (e.g. a consequence of the choice). */
  after?: ReactNode;
}

/** A labelled native select; native keeps keyboard, screen reader and phone behaviour right. */
export function SelectField({ id, label, hint, error, value, onChange, children, after, ...select }: SelectFieldProps) {
  const afterId = `${id}-after`;
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} alsoDescribedBy={after ? afterId : undefined}>
      {(described) => (
        <>
          <select
            {...select}
            id={id}
            className="select"
            value={value}
            onChange={(event) => { onChange(event.target.value); }}
            {...described}
          >
            {children}
          </select>
          {/* Always rendered, even when empty, so the live region exists before its text appears. */}
          <div id={afterId} className="select-after" aria-live="polite">
            {after}
          </div>
        </>
      )}
    </FormGroup>
  );
}
