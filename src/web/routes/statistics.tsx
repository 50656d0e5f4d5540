import { useLocation, useSearch } from 'wouter';
import { api } from '../api.ts';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { ExportButton } from '../features/exports/export-button.tsx';
import { useSession } from '../features/session/session-context.tsx';
import { StatisticsFilterForm } from '../features/statistics/statistics-filter-form.tsx';
import { quarterLabel } from '../features/statistics/statistics-labels.ts';
import { StatisticsMedians } from '../features/statistics/statistics-medians.tsx';
import { filtersFromSearch, statisticsHref } from '../features/statistics/statistics-query.ts';
import { HtcdsExportButton } from '../features/statistics/htcds-export-button.tsx';
import { StatisticsTableSection } from '../features/statistics/statistics-table-section.tsx';
import '../features/statistics/statistics.css';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/**
 * Statistics after disclosure control (issue 12): each table as a chart and as a table with the same
 * figures, and the medians. The filters are in the address, so a view can be bookmarked and shared.
 */
export default function StatisticsRoute() {
  const { t, language } = useI18n();
  const { state: session } = useSession();
  const canExport = session.status === 'ready' && session.me?.can.exports.request === true && session.me.can.statistics.read;
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = filtersFromSearch(search);
  const state = useLoad(`statistics:${statisticsHref(filters)}`, (signal) => api.GET('/api/statistics', { params: { query: filters }, signal }));
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;

  const scope = data
    ? data.national
      ? t('statistics.scopeNational')
      : data.regions.length === 1
        ? t('statistics.scopeRegion', { region: t(`dashboard.region.${data.regions[0]!}`) })
        : t('statistics.scopeRegions')
    : '';

  return (
    <>
      <PageHeading>{t('statistics.title')}</PageHeading>
      <p className="lead">{t('statistics.intro')}</p>
      {state.status === 'error' && <LoadError error={state.error} />}
      {!data && state.status === 'loading' && <Loading label={t('statistics.loading')} />}
      {data && (
        <>
          <StatisticsFilterForm
            key={`${data.from}:${data.to}:${data.regions.join(',')}:${data.form ?? ''}`}
            data={data}
            onApply={(next) => {
              navigate(statisticsHref(next));
            }}
          />
          <p className="statistics-scope" aria-live="polite">
            <strong>{scope}</strong> · {quarterLabel(t, data.from)} – {quarterLabel(t, data.to)}
            {data.form && ` · ${t(`form.${data.form}`)}`}
          </p>
          <div className="button-group">
            {canExport && (
              <ExportButton
                id="statistics-export-open"
                list="statistics"
                // The period shown (the server's default resolved), the region asked for, and the page's language.
                filter={{ from: data.from, to: data.to, ...(filters.region ? { region: filters.region } : {}), ...(data.form ? { form: data.form } : {}), language }}
                formats={['xlsx', 'csv', 'pdf']}
                texts={{
                  title: t('statistics.export.title'),
                  intro: t('statistics.export.intro'),
                  csvHint: t('statistics.export.csvHint'),
                  done: (count) => t('statistics.export.done', { count }),
                }}
              />
            )}
            <HtcdsExportButton from={data.from} to={data.to} />
          </div>
          {data.tables.map((table) => (
            <StatisticsTableSection key={table.id} table={table} formFiltered={data.form !== null} />
          ))}
          <p className="statistics-legend">{t('statistics.legend')}</p>
          <StatisticsMedians medians={data.medians} quarters={data.quarters} />
        </>
      )}
    </>
  );
}
