import { Fieldset } from './fieldset.tsx';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** A line under the label, e.g. why the choice cannot be changed. */
  hint?: string;
  /** Shown but not changeable. */
  disabled?: boolean;
}

/** The id of one choice's input, so an error summary can link to the first one. */
export function choiceId(groupId: string, value: string): string {
  return `${groupId}-${value}`;
}

/** What every group of choices is given, whether one or several may be chosen. */
export interface ChoiceGroupBaseProps<V extends string> {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  choices: readonly Choice<V>[];
}

interface ChoiceGroupProps<V extends string> extends ChoiceGroupBaseProps<V> {
  type: 'checkbox' | 'radio';
  isChecked: (value: V) => boolean;
  /** Called with the choice whose input changed and whether it is now checked. */
  onToggle: (value: V, checked: boolean) => void;
  layout?: 'stacked' | 'inline';
}

/** Native checkboxes or radios, each with its own label, in a fieldset with legend, hint and error. */
export function ChoiceGroup<V extends string>({
  id,
  name,
  legend,
  hint,
  error,
  choices,
  type,
  isChecked,
  onToggle,
  layout,
}: ChoiceGroupProps<V>) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error} layout={layout}>
      {choices.map((choice) => {
        const inputId = choiceId(id, choice.value);
        const hintId = `${inputId}-hint`;
        return (
          <div className="choice" key={choice.value}>
            <input
              className="choice__input"
              type={type}
              id={inputId}
              name={name}
              value={choice.value}
              checked={isChecked(choice.value)}
              disabled={choice.disabled}
              aria-describedby={choice.hint ? hintId : undefined}
              onChange={(event) => { onToggle(choice.value, event.target.checked); }}
            />
            <label className="choice__label" htmlFor={inputId}>
              {choice.label}
            </label>
            {choice.hint && (
              <p className="choice__hint" id={hintId}>
                {choice.hint}
              </p>
            )}
          </div>
        );
      })}
    </Fieldset>
  );
}
