import { useRef, useState } from 'react';
import { Button } from '../../components/button.tsx';
import { Fieldset } from '../../components/fieldset.tsx';
import { useT } from '../../i18n/index.tsx';
import type { CodeLabeller } from './person-labels.ts';

export interface CodeListFieldProps {
  /** The fieldset's id; the select's id is `${id}-select`, where the error summary links to. */
  id: string;
  legend: string;
  /** The select's label, e.g. "Country to add". */
  pickLabel: string;
  /** The button's text, e.g. "Add country". */
  addLabel: string;
  hint?: string;
  error?: string;
  /** Every code that may be chosen. */
  codes: readonly string[];
  labeller: CodeLabeller;
  values: readonly string[];
  max: number;
  onChange: (values: string[]) => void;
}

export const codeListSelectId = (id: string) => `${id}-select`;

/**
 * A short list chosen from a long one (countries, languages): the chosen ones with a remove
 * button each, then a select and an "Add" button. Nothing happens on the select's change alone, so
 * moving through it with the arrow keys adds nothing; each change is read out.
 */
export function CodeListField({ id, legend, pickLabel, addLabel, hint, error, codes, labeller, values, max, onChange }: CodeListFieldProps) {
  const t = useT();
  const [pick, setPick] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const selectRef = useRef<HTMLSelectElement>(null);
  const selectId = codeListSelectId(id);
  const options = labeller.sorted(codes.filter((code) => !values.includes(code)));

  const add = () => {
    if (!pick) {
      selectRef.current?.focus();
      return;
    }
    if (values.length >= max) {
      setAnnouncement(t('codeList.full'));
      return;
    }
    onChange([...values, pick]);
    setAnnouncement(t('codeList.added', { name: labeller.label(pick) }));
    setPick('');
  };

  const remove = (code: string, index: number) => {
    onChange(values.filter((v) => v !== code));
    setAnnouncement(t('codeList.removed', { name: labeller.label(code) }));
    // Focus moves to the next remove button, or to the select when the last one went.
    const next = values[index + 1] ?? values[index - 1];
    requestAnimationFrame(() => {
      (next ? document.getElementById(`${id}-remove-${next}`) : selectRef.current)?.focus();
    });
  };

  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      {values.length === 0 ? (
        <p className="code-list__none">{t('codeList.none')}</p>
      ) : (
        <ul className="code-list__chosen" aria-label={t('codeList.chosen')}>
          {values.map((code, index) => (
            <li key={code} className="code-list__item">
              <span>{labeller.label(code)}</span>
              <Button
                id={`${id}-remove-${code}`}
                variant="quiet"
                aria-label={t('codeList.removeLabel', { name: labeller.label(code) })}
                onClick={() => {
                  remove(code, index);
                }}
              >
                {t('codeList.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="code-list__add">
        <div className="code-list__pick">
          <label className="label" htmlFor={selectId}>
            {pickLabel}
          </label>
          <select
            ref={selectRef}
            id={selectId}
            className="select"
            value={pick}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              setPick(event.target.value);
            }}
          >
            <option value="">{t('codeList.choose')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" onClick={add}>
          {addLabel}
        </Button>
      </div>
      <p className="code-list__status" aria-live="polite">
        {announcement}
      </p>
    </Fieldset>
  );
}
