import { choiceId, Fieldset, type Choice } from './fieldset.tsx';

export interface CheckboxGroupProps<V extends string> {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  choices: readonly Choice<V>[];
  values: readonly V[];
  onChange: (values: V[]) => void;
}

/** Several choices in a fieldset; the order of the result follows the order of the choices. */
export function CheckboxGroup<V extends string>({
  id,
  name,
  legend,
  hint,
  error,
  choices,
  values,
  onChange,
}: CheckboxGroupProps<V>) {
  const toggle = (value: V, checked: boolean) => {
    onChange(choices.map((c) => c.value).filter((v) => (v === value ? checked : values.includes(v))));
  };
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      {choices.map((choice) => {
        const inputId = choiceId(id, choice.value);
        return (
          <div className="choice" key={choice.value}>
            <input
              className="choice__input"
              type="checkbox"
              id={inputId}
              name={name}
              value={choice.value}
              checked={values.includes(choice.value)}
              onChange={(event) => { toggle(choice.value, event.target.checked); }}
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
