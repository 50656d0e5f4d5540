import { useMemo } from 'react';
import { SelectField } from '../../components/select-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import { regionLabel } from './case-labels.ts';

function groupByCounty(geography: GeographyIndex) {
  // Swedish collation puts Å, Ä, Ö last, as Swedish readers expect, whatever the UI language.
  const collator = new Intl.Collator('sv-SE');
  return [...geography.counties]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((county) => ({
      county,
      municipalities: geography.municipalities
        .filter((m) => m.countyCode === county.code)
        .sort((a, b) => collator.compare(a.name, b.name)),
    }));
}

export interface MunicipalitySelectProps {
  id: string;
  geography: GeographyIndex;
  value: string;
  error?: string;
  onChange: (code: string) => void;
  /** Other uses than a new case (e.g. the municipality an organisation serves) give their own texts. */
  label?: string;
  hint?: string;
  /** The empty choice's text; the field is optional when given. */
  noneLabel?: string;
}

/** Municipalities grouped by county (counties and municipalities A–Ö); shows where the case goes. */
export function MunicipalitySelect({ id, geography, value, error, onChange, label, hint, noneLabel }: MunicipalitySelectProps) {
  const { t } = useI18n();
  const groups = useMemo(() => groupByCounty(geography), [geography]);
  const chosen = geography.municipalities.find((m) => m.code === value);
  const routesTo = chosen && noneLabel === undefined
    ? t('caseNew.routesTo', {
        region: regionLabel(t, geography.regionName(chosen.regionCode)),
        county: geography.countyName(chosen.countyCode),
      })
    : null;

  return (
    <SelectField
      id={id}
      label={label ?? t('caseNew.municipality')}
      hint={hint ?? t('caseNew.municipalityHint')}
      error={error}
      value={value}
      onChange={onChange}
      required={noneLabel === undefined}
      after={routesTo && <p className="routes-to">{routesTo}</p>}
    >
      <option value="">{noneLabel ?? t('caseNew.municipalityChoose')}</option>
      {groups.map(({ county, municipalities }) => (
        <optgroup key={county.code} label={county.name}>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
