import type { StatisticsTable } from '../../../shared/schemas/statistics.ts';
import { BarChart } from '../../components/bar-chart.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { tableFigures } from './statistics-figures.ts';
import { cellText, dimensionValueLabeller } from './statistics-labels.ts';

/**
 * One statistics table: a bar chart with its text alternative, and the same figures in a table with
 * row and column totals. Both come from one tableFigures() call, so they cannot disagree.
 */
export function StatisticsTableSection({ table, formFiltered }: { table: StatisticsTable; formFiltered: boolean }) {
  const { t, language, formatNumber } = useI18n();
  const figures = tableFigures(table, {
    label: dimensionValueLabeller(t, language),
    text: (cell) => cellText(cell, formatNumber, t),
  });
  const title = t(`statistics.table.${table.id}`);
  const hasHidden = figures.series.some((s) => s.values.includes(null));
  const summary = [
    t('statistics.summary', {
      title,
      rows: formatNumber(figures.rows.length),
      columns: t(`statistics.dimension.${table.columns.dimension}`),
      total: figures.grandTotal,
    }),
    figures.largestOnly ? t('statistics.summaryLargest', { shown: figures.series.length, count: figures.rows.length }) : '',
    hasHidden ? t('statistics.summaryHidden') : '',
  ]
    .filter(Boolean)
    .join(' ');
  const headingId = `statistics-${table.id}`;

  return (
    <section className="statistics-section" aria-labelledby={headingId} data-table-id={table.id}>
      <h2 id={headingId}>{title}</h2>
      <p className="statistics-summary">{summary}</p>
      {formFiltered && !table.filtersApplied.includes('form') && <p className="hint">{t('statistics.noFilterForm')}</p>}
      <BarChart
        id={`chart-${table.id}`}
        title={title}
        summary={summary}
        categories={figures.categories}
        series={figures.series}
        formatNumber={formatNumber}
        suppressedLabel={t('statistics.small')}
      />
      <DataTable
        id={`table-${table.id}`}
        caption={t('statistics.tableOf', { title })}
        columns={[t(`statistics.dimension.${table.rows.dimension}`), ...figures.categories, t('statistics.total')]}
      >
        {figures.rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((text, c) => (
              <td key={c} className="statistics-number">
                {text}
              </td>
            ))}
            <td className="statistics-number statistics-total">{row.total}</td>
          </tr>
        ))}
        <tr className="statistics-total-row">
          <th scope="row">{t('statistics.total')}</th>
          {figures.columnTotals.map((text, c) => (
            <td key={c} className="statistics-number">
              {text}
            </td>
          ))}
          <td className="statistics-number">{figures.grandTotal}</td>
        </tr>
      </DataTable>
    </section>
  );
}
