import type { StatisticsMedian } from '../../../shared/schemas/statistics.ts';
import { DataTable } from '../../components/data-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { quarterLabel } from './statistics-labels.ts';

/** The medians in days per quarter and over the period; "—" where fewer than five values were counted. */
export function StatisticsMedians({ medians, quarters }: { medians: readonly StatisticsMedian[]; quarters: readonly string[] }) {
  const { t, formatNumber } = useI18n();
  const days = (value: number | null) => (value === null ? t('statistics.medianMissing') : formatNumber(value));
  return (
    <section className="statistics-section" aria-labelledby="statistics-medians">
      <h2 id="statistics-medians">{t('statistics.medians')}</h2>
      <DataTable
        id="table-medians"
        caption={t('statistics.medians')}
        hideCaption
        columns={[t('statistics.median'), ...quarters.map((q) => quarterLabel(t, q)), t('statistics.medianOverall')]}
      >
        {medians.map((median) => (
          <tr key={median.id} data-row={median.id}>
            <th scope="row">{t(`statistics.median.${median.id}`)}</th>
            {median.quarters.map((q) => (
              <td key={q.quarter} className="statistics-number">
                {days(q.days)}
              </td>
            ))}
            <td className="statistics-number statistics-total">{days(median.overall)}</td>
          </tr>
        ))}
      </DataTable>
      <p className="hint">{t('statistics.medianLegend')}</p>
    </section>
  );
}
