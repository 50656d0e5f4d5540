import { ChoiceGroup, type ChoiceGroupBaseProps } from './choice-group.tsx';

export interface RadioGroupProps<V extends string> extends ChoiceGroupBaseProps<V> {
  value: V | null;
  onChange: (value: V) => void;
  layout?: 'stacked' | 'inline';
}

/** One choice out of a few, as native radio buttons in a fieldset. */
export function RadioGroup<V extends string>({ value, onChange, ...group }: RadioGroupProps<V>) {
  // A radio only fires change when it becomes checked, so the toggle's "checked" is always true.
  return <ChoiceGroup {...group} type="radio" isChecked={(v) => v === value} onToggle={(v) => { onChange(v); }} />;
}
