import { choiceId, Fieldset, type Choice } from './fieldset.tsx';

export interface RadioGroupProps<V extends string> {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  layout?: 'stacked' | 'inline';
}

/** One choice out of a few, as native radio buttons in a fieldset. */
export function RadioGroup<V extends string>({
  id,
  name,
  legend,
  hint,
  error,
  choices,
  value,
  onChange,
  layout,
}: RadioGroupProps<V>) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error} layout={layout}>
      {choices.map((choice) => {
        const inputId = choiceId(id, choice.value);
        return (
          <div className="choice" key={choice.value}>
            <input
              className="choice__input"
              type="radio"
              id={inputId}
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => { onChange(choice.value); }}
            />
            <label className="choice__label" htmlFor={inputId}>
              {choice.label}
            </label>
          </div>
        );
      })}
    </Fieldset>
  );
}
