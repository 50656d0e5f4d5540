import { indicators as allIndicators, type Indicator } from '../../../shared/enums.ts';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { choiceId } from '../../components/choice-group.tsx';
import { describedBy } from '../../components/field-error.tsx';
import { formGroupClass, HintAndError, messageIds } from '../../components/form-group.tsx';
import { useT } from '../../i18n/index.tsx';
import { indicatorGroups, indicatorLabel } from './case-labels.ts';
import './cases.css';

export interface IndicatorChecklistProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  values: readonly Indicator[];
  onChange: (values: Indicator[]) => void;
}

/** Where an error summary links for the checklist: its first checkbox. */
export const indicatorChecklistTarget = (id: string) => choiceId(`${id}-${indicatorGroups[0].key}`, indicatorGroups[0].indicators[0]);

/** The trafficking indicators as checkboxes, in groups, each group its own fieldset inside the whole. */
export function IndicatorChecklist({ id, legend, hint, error, values, onChange }: IndicatorChecklistProps) {
  const t = useT();
  const { hintId, errorId } = messageIds(id, hint, error);
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="fieldset" id={id} aria-describedby={describedBy(hintId, errorId)}>
        <legend className="legend">{legend}</legend>
        <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
        <div className="indicator-groups">
          {indicatorGroups.map((group) => {
            const inGroup: readonly Indicator[] = group.indicators;
            return (
              <CheckboxGroup<Indicator>
                key={group.key}
                id={`${id}-${group.key}`}
                name={`${id}-${group.key}`}
                legend={t(`indicatorGroup.${group.key}`)}
                choices={group.indicators.map((indicator) => ({ value: indicator, label: indicatorLabel(t, indicator) }))}
                values={values.filter((v) => inGroup.includes(v))}
                onChange={(chosen) => {
                  // Kept in the order of the vocabulary, whatever the order of ticking.
                  const next = [...values.filter((v) => !inGroup.includes(v)), ...chosen];
                  onChange(allIndicators.filter((i) => next.includes(i)));
                }}
              />
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
