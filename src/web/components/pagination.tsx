import { Link } from 'wouter';
import { useT } from '../i18n/index.tsx';

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** There may be more pages than `pageCount` (the list stopped counting): "of at least", and a next link. */
  pageCountIsLowerBound?: boolean;
  /** The address of a page of the same list, with its other parameters kept. */
  hrefFor: (page: number) => string;
  /** Called when the user moves to another page, e.g. to move focus to the new rows. */
  onNavigate?: () => void;
}

/** Previous/next links and "page X of Y"; links, so each page has its own address. */
export function Pagination({ page, pageCount, pageCountIsLowerBound = false, hrefFor, onNavigate }: PaginationProps) {
  const t = useT();
  const hasNext = page < pageCount || pageCountIsLowerBound;
  if (pageCount <= 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <ul className="pagination__list">
        {page > 1 && (
          <li>
            <Link href={hrefFor(Math.min(page - 1, pageCount))} className="pagination__link" rel="prev" onClick={onNavigate}>
              <span aria-hidden="true">← </span>
              {t('pagination.previous')}
            </Link>
          </li>
        )}
        <li className="pagination__status">{t(pageCountIsLowerBound ? 'pagination.statusAtLeast' : 'pagination.status', { page, pages: pageCount })}</li>
        {hasNext && (
          <li>
            <Link href={hrefFor(page + 1)} className="pagination__link" rel="next" onClick={onNavigate}>
              {t('pagination.next')}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
