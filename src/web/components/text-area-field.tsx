import { useEffect, useState, type Ref, type TextareaHTMLAttributes } from 'react';
import { FormGroup, type LabelledFieldProps } from './form-group.tsx';

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'className'>;

/**
 * A live count of the characters typed against a limit. Unlike maxLength the text may go over it,
 * so what was pasted is kept and the count says how much to cut.
 */
export interface CharacterCount {
  max: number;
  /** The count while the text is within max, e.g. "120 of 4,000 characters". */
  within: (count: number, max: number) => string;
  /** The count once the text is `over` characters too long; it is also read out once typing pauses. */
  over: (over: number) => string;
}

export interface TextAreaFieldProps extends TextAreaProps, LabelledFieldProps {
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
  /** Shows a character count below the textarea, linked by aria-describedby. Off by default. */
  characterCount?: CharacterCount;
}

/** A labelled multi-line text field whose hint, error and character count are linked by aria-describedby. */
export function TextAreaField({ id, label, hint, error, value, onChange, rows = 4, characterCount, ...textarea }: TextAreaFieldProps) {
  const countId = `${id}-count`;
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} alsoDescribedBy={characterCount ? countId : undefined}>
      {(described) => (
        <>
          <textarea
            {...textarea}
            id={id}
            rows={rows}
            className="input text-area"
            value={value}
            onChange={(event) => { onChange(event.target.value); }}
            {...described}
          />
          {characterCount && <CharacterCountText id={countId} length={value.length} count={characterCount} />}
        </>
      )}
    </FormGroup>
  );
}

/** How long to wait after typing stops before going over the limit is read out. */
const announceDelayMs = 1000;

/**
 * The count below the textarea. It describes the textarea, so it is read with it; going over the
 * limit is also read out once typing pauses, not on every key.
 */
function CharacterCountText({ id, length, count }: { id: string; length: number; count: CharacterCount }) {
  const over = length - count.max;
  const overText = over > 0 ? count.over(over) : '';
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const timer = window.setTimeout(() => { setAnnounced(overText); }, announceDelayMs);
    return () => { window.clearTimeout(timer); };
  }, [overText]);

  return (
    <>
      <p id={id} className={over > 0 ? 'character-count character-count--over' : 'character-count'}>
        {over > 0 ? overText : count.within(length, count.max)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
