import { type FormEvent, useState } from 'react';
import { exploitationForms, policeRegions } from '../../../shared/enums.ts';
import { maxStatisticsQuarters } from '../../../shared/statistics-terms.ts';
import type { Statistics } from '../../../shared/schemas/statistics.ts';
import { Button } from '../../components/button.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { quarterLabel } from './statistics-labels.ts';
import { periodProblem, quarterChoices, type StatisticsFilters } from './statistics-query.ts';

/**
 * The period, region and form of exploitation, as a GET form: submitting puts them in the address
 * (so a view can be shared), and it works the same without script. Only the caller's regions are offered.
 */
export function StatisticsFilterForm({ data, onApply }: { data: Statistics; onApply: (filters: StatisticsFilters) => void }) {
  const { t } = useI18n();
  const [from, setFrom] = useState<string>(data.from);
  const [to, setTo] = useState<string>(data.to);
  const [region, setRegion] = useState<string>(data.national || data.regions.length !== 1 || data.selectableRegions.length === 1 ? '' : data.regions[0]!);
  const [form, setForm] = useState<string>(data.form ?? '');
  const [problem, setProblem] = useState<ReturnType<typeof periodProblem>>(null);
  const quarters = quarterChoices(new Date(), data);
  const mayCountNation = data.selectableRegions.length === policeRegions.length;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = periodProblem(from, to);
    setProblem(found);
    if (found) return;
    const chosenRegion = policeRegions.find((r) => r === region);
    const chosenForm = exploitationForms.find((f) => f === form);
    onApply({ from, to, ...(chosenRegion ? { region: chosenRegion } : {}), ...(chosenForm ? { form: chosenForm } : {}) });
  };
  const quarterOptions = quarters.map((q) => (
    <option key={q} value={q}>
      {quarterLabel(t, q)}
    </option>
  ));
  const periodError =
    problem === 'reversed' ? t('statistics.periodReversed') : problem === 'tooLong' ? t('statistics.periodTooLong', { max: maxStatisticsQuarters }) : undefined;

  return (
    <form method="get" action="/statistics" className="statistics-filters" aria-label={t('statistics.filters')} onSubmit={onSubmit} noValidate>
      <SelectField id="statistics-from" name="from" label={t('statistics.from')} value={from} onChange={setFrom} error={problem === 'tooLong' ? periodError : undefined}>
        {quarterOptions}
      </SelectField>
      <SelectField id="statistics-to" name="to" label={t('statistics.to')} value={to} onChange={setTo} error={problem === 'reversed' ? periodError : undefined}>
        {quarterOptions}
      </SelectField>
      {data.selectableRegions.length > 1 && (
        <SelectField id="statistics-region" name="region" label={t('statistics.region')} value={region} onChange={setRegion}>
          <option value="">{mayCountNation ? t('statistics.regionNational') : t('statistics.regionAllMine')}</option>
          {data.selectableRegions.map((code) => (
            <option key={code} value={code}>
              {t(`dashboard.region.${code}`)}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField id="statistics-form" name="form" label={t('statistics.form')} value={form} onChange={setForm}>
        <option value="">{t('statistics.formAll')}</option>
        {exploitationForms.map((code) => (
          <option key={code} value={code}>
            {t(`form.${code}`)}
          </option>
        ))}
      </SelectField>
      <div className="statistics-filters__submit">
        <Button type="submit">{t('statistics.show')}</Button>
      </div>
    </form>
  );
}
