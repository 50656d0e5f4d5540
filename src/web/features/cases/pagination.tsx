import { Link } from 'wouter';
import { useT } from '../../i18n/index.tsx';
import { caseListHref, type CaseListParams } from './case-list-params.ts';

export interface PaginationProps {
  params: CaseListParams;
  pageCount: number;
  /** Called when the user moves to another page, e.g. to move focus to the new rows. */
  onNavigate: () => void;
}

/** Previous/next links and "page X of Y"; links, so each page has its own address. */
export function Pagination({ params, pageCount, onNavigate }: PaginationProps) {
  const t = useT();
  if (pageCount <= 1) return null;
  const hasPrevious = params.page > 1;
  const hasNext = params.page < pageCount;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <ul className="pagination__list">
        {hasPrevious && (
          <li>
            <Link
              href={caseListHref({ ...params, page: Math.min(params.page - 1, pageCount) })}
              className="pagination__link"
              rel="prev"
              onClick={onNavigate}
            >
              <span aria-hidden="true">← </span>
              {t('pagination.previous')}
            </Link>
          </li>
        )}
        <li className="pagination__status">
          {t('pagination.status', { page: params.page, pages: pageCount })}
        </li>
        {hasNext && (
          <li>
            <Link
              href={caseListHref({ ...params, page: params.page + 1 })}
              className="pagination__link"
              rel="next"
              onClick={onNavigate}
            >
              {t('pagination.next')}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
