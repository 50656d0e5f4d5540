import { limits } from '../../../shared/limits.ts';
import { FormGroup } from '../../components/form-group.tsx';
import type { Translate } from '../../i18n/index.tsx';
import './process.css';

export interface ReasonFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled textarea for a reason (moving back, reopening, closing). */
export function ReasonField({ id, label, hint, error, value, onChange }: ReasonFieldProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <textarea
          id={id}
          name={id}
          className="input process-reason"
          rows={4}
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

/** The reason's error, checked as the server will: trimmed, reasonMin..reasonMax characters. */
export function reasonError(t: Translate, value: string): string | undefined {
  const reason = value.trim();
  if (!reason) return t('process.errors.reasonRequired');
  if (reason.length < limits.reasonMin) return t('process.errors.reasonTooShort', { min: limits.reasonMin });
  if (reason.length > limits.reasonMax) return t('process.errors.reasonTooLong', { max: limits.reasonMax });
  return undefined;
}
