import { ChoiceGroup, type ChoiceGroupBaseProps } from './choice-group.tsx';

export interface CheckboxGroupProps<V extends string> extends ChoiceGroupBaseProps<V> {
  values: readonly V[];
  onChange: (values: V[]) => void;
}

/** Several choices in a fieldset; the order of the result follows the order of the choices. */
export function CheckboxGroup<V extends string>({ values, onChange, ...group }: CheckboxGroupProps<V>) {
  const toggle = (value: V, checked: boolean) => {
    onChange(group.choices.map((c) => c.value).filter((v) => (v === value ? checked : values.includes(v))));
  };
  return <ChoiceGroup {...group} type="checkbox" isChecked={(v) => values.includes(v)} onToggle={toggle} />;
}
