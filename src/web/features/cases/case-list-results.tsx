import type { CaseFlagSummary } from '../../../shared/schemas/case-flags.ts';
import type { Ref } from 'react';
import { Link } from 'wouter';
import { limits } from '../../../shared/limits.ts';
import type { CaseListPage } from '../../../shared/schemas/cases.ts';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import { caseListHref, hasFilters, type CaseListParams, type SortKey } from './case-list-params.ts';
import { CaseTable } from './case-table.tsx';
import { Pagination } from '../../components/pagination.tsx';

export interface CaseListResultsProps {
  page: CaseListPage;
  /** The active flags of the page's cases. */
  flags?: readonly CaseFlagSummary[];
  geography: GeographyIndex;
  params: CaseListParams;
  isBusy: boolean;
  onSort: (column: SortKey) => void;
  onPageChange: () => void;
  tableRef: Ref<HTMLDivElement>;
}

/** The summary line: how many, and of what search or filters; read out politely when it changes. */
function resultSummary(t: Translate, formatNumber: (n: number) => string, page: CaseListPage, params: CaseListParams): string {
  const count = formatNumber(page.total);
  const plural = page.total === 1 ? 'one' : 'other';
  if (params.q && page.totalIsLowerBound) return t('caseList.searchTotalAtLeast', { count, q: params.q, limit: formatNumber(limits.journalMatchMax) });
  if (params.q) return t(`caseList.searchTotal.${plural}`, { count, q: params.q });
  if (hasFilters(params)) return page.totalIsLowerBound ? t('caseList.filteredTotalAtLeast', { count }) : t(`caseList.filteredTotal.${plural}`, { count });
  return page.totalIsLowerBound ? t('caseList.totalAtLeast', { count }) : t(`caseList.total.${plural}`, { count });
}

/** The count, the table and the pagination of one page of cases, or the empty state. */
export function CaseListResults(props: CaseListResultsProps) {
  const { page, geography, flags, params, isBusy, onSort, onPageChange, tableRef } = props;
  const { t, formatNumber } = useI18n();
  const isFiltered = hasFilters(params);
  const pageCount = Math.max(1, Math.ceil(page.total / page.pageSize));
  return (
    <div className={isBusy ? 'results results--busy' : 'results'} aria-busy={isBusy}>
      <p className={page.total === 0 ? 'empty-state' : 'result-count'} role="status">
        {page.total === 0 ? (isFiltered ? t('caseList.noMatches') : t('caseList.empty')) : resultSummary(t, formatNumber, page, params)}
      </p>
      {page.total > 0 && page.items.length === 0 && (
        <p className="empty-state">
          {t('caseList.emptyPage')}{' '}
          <Link href={caseListHref({ ...params, page: 1 })}>{t('caseList.firstPage')}</Link>
        </p>
      )}
      {page.items.length > 0 && (
        <CaseTable cases={page.items} geography={geography} flags={flags} params={params} onSort={onSort} regionRef={tableRef} />
      )}
      <Pagination page={params.page} pageCount={pageCount} pageCountIsLowerBound={page.totalIsLowerBound} hrefFor={(page) => caseListHref({ ...params, page })} onNavigate={onPageChange} />
    </div>
  );
}
