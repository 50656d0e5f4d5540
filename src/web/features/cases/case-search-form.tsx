import { useState, type SubmitEvent } from 'react';
import { Link } from 'wouter';
import { casePhases, exploitationForms, policeRegions, type CasePhase, type ExploitationForm, type PoliceRegion } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { Button } from '../../components/button.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import { formLabel, phaseLabel, regionLabel } from './case-labels.ts';
import { hasFilters, type CaseListFilters } from './case-list-params.ts';
import './cases.css';

export interface CaseSearchFormProps {
  filters: CaseListFilters;
  geography: GeographyIndex;
  /** Called with the new search and filters; the page puts them in the address. */
  onSearch: (filters: CaseListFilters) => void;
  clearHref: string;
}

type Flag = 'mine' | 'overdue' | 'isChild';
const flags: Flag[] = ['mine', 'overdue', 'isChild'];
const flagLabel = { mine: 'caseSearch.mine', overdue: 'caseSearch.overdue', isChild: 'caseSearch.child' } as const;

/**
 * The search landmark above the case list: the search text and the filters, sent together with
 * one button so nothing changes under the user while they choose.
 */
export function CaseSearchForm({ filters, geography, onSearch, clearHref }: CaseSearchFormProps) {
  const t = useT();
  const [draft, setDraft] = useState<CaseListFilters>(filters);
  const [qError, setQError] = useState<string | undefined>(undefined);
  const set = <K extends keyof CaseListFilters>(key: K, value: CaseListFilters[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = draft.q.trim();
    if (q.length > 0 && q.length < limits.searchMin) {
      setQError(t('caseSearch.tooShort', { min: limits.searchMin }));
      document.getElementById('case-search-q')?.focus();
      return;
    }
    if (q.length > limits.searchMax) {
      setQError(t('caseSearch.tooLong', { max: limits.searchMax }));
      document.getElementById('case-search-q')?.focus();
      return;
    }
    setQError(undefined);
    onSearch({ ...draft, q });
  };

  return (
    <form role="search" aria-label={t('caseSearch.label')} className="case-search" onSubmit={onSubmit} noValidate>
      <div className="case-search__text">
        <TextField
          id="case-search-q"
          type="search"
          label={t('caseSearch.q')}
          hint={t('caseSearch.qHint')}
          error={qError}
          value={draft.q}
          onChange={(q) => {
            set('q', q);
          }}
          autoComplete="off"
          spellCheck={false}
          maxLength={limits.searchMax + 50}
        />
      </div>
      <fieldset className="fieldset case-search__filters">
        <legend className="legend">{t('caseSearch.filters')}</legend>
        <div className="case-search__selects">
          <SelectField id="case-filter-phase" label={t('caseSearch.phase')} value={draft.phase} onChange={(v) => { set('phase', v as CasePhase | ''); }}>
            <option value="">{t('caseSearch.anyPhase')}</option>
            {casePhases.map((phase) => (
              <option key={phase} value={phase}>
                {phaseLabel(t, phase)}
              </option>
            ))}
          </SelectField>
          <SelectField id="case-filter-region" label={t('caseSearch.region')} value={draft.region} onChange={(v) => { set('region', v as PoliceRegion | ''); }}>
            <option value="">{t('caseSearch.anyRegion')}</option>
            {policeRegions.map((region) => (
              <option key={region} value={region}>
                {regionLabel(t, geography.regionName(region))}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="case-filter-form"
            label={t('caseSearch.form')}
            value={draft.exploitationForm}
            onChange={(v) => { set('exploitationForm', v as ExploitationForm | ''); }}
          >
            <option value="">{t('caseSearch.anyForm')}</option>
            {exploitationForms.map((form) => (
              <option key={form} value={form}>
                {formLabel(t, form)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="case-search__flags">
          {flags.map((flag) => (
            <div className="choice" key={flag}>
              <input
                className="choice__input"
                type="checkbox"
                id={`case-filter-${flag}`}
                checked={draft[flag]}
                onChange={(event) => { set(flag, event.target.checked); }}
              />
              <label className="choice__label" htmlFor={`case-filter-${flag}`}>
                {t(flagLabel[flag])}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="button-group">
        <Button type="submit">{t('caseSearch.submit')}</Button>
        {hasFilters(filters) && <Link href={clearHref}>{t('caseSearch.clear')}</Link>}
      </div>
    </form>
  );
}
