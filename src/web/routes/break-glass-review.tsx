import { Link, useSearch } from 'wouter';
import { limits } from '../../shared/limits.ts';
import { api } from '../api.ts';
import { DataTable } from '../components/data-table.tsx';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import '../features/cases/cases.css';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

const pageHref = (page: number) => (page === 1 ? '/audit/break-glass' : `/audit/break-glass?page=${page}`);

/** Auditors review every break-the-glass event: who opened which case, why, and for how long. */
export default function BreakGlassReviewRoute() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const requested = Number(new URLSearchParams(useSearch()).get('page'));
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 100_000 ? requested : 1;
  const query = { page, pageSize: limits.pageSizeDefault };
  const state = useLoad(`break-glass-events:${page}`, (signal) => api.GET('/api/audit/break-glass', { params: { query }, signal }));
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <>
      <PageHeading>{t('breakGlassReview.title')}</PageHeading>
      <p className="lead">{t('breakGlassReview.intro')}</p>
      {state.status === 'loading' && !data && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {data && state.status !== 'error' && (
        <div className={state.status === 'loading' ? 'results results--busy' : 'results'} aria-busy={state.status === 'loading'}>
          <p className={data.total === 0 ? 'empty-state' : 'result-count'} role="status">
            {data.total === 0
              ? t('breakGlassReview.empty')
              : t(data.total === 1 ? 'breakGlassReview.total.one' : 'breakGlassReview.total.other', { count: formatNumber(data.total) })}
          </p>
          {data.items.length > 0 && (
            <DataTable
              id="break-glass-events"
              caption={t('breakGlassReview.caption')}
              columns={[
                t('breakGlassReview.col.grantedAt'),
                t('breakGlassReview.col.user'),
                t('breakGlassReview.col.case'),
                t('breakGlassReview.col.reason'),
                t('breakGlassReview.col.expiresAt'),
              ]}
            >
              {data.items.map((event) => (
                <tr key={event.id}>
                  <th scope="row" className="table__nowrap">
                    <time dateTime={event.grantedAt}>{formatDateTime(event.grantedAt)}</time>
                  </th>
                  <td>{event.userName}</td>
                  <td className="table__nowrap">{event.reference}</td>
                  <td className="break-glass-review__reason">{event.reason}</td>
                  <td className="table__nowrap">
                    <time dateTime={event.expiresAt}>{formatDateTime(event.expiresAt)}</time>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          {pageCount > 1 && (
            <nav className="pagination" aria-label={t('pagination.label')}>
              <ul className="pagination__list">
                {page > 1 && (
                  <li>
                    <Link href={pageHref(Math.min(page - 1, pageCount))} className="pagination__link" rel="prev">
                      {t('pagination.previous')}
                    </Link>
                  </li>
                )}
                <li className="pagination__status">{t('pagination.status', { page, pages: pageCount })}</li>
                {page < pageCount && (
                  <li>
                    <Link href={pageHref(page + 1)} className="pagination__link" rel="next">
                      {t('pagination.next')}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </div>
      )}
    </>
  );
}
