import type { Ref } from 'react';
import { Link } from 'wouter';
import type { CaseListPage } from '../../../shared/schemas/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import { caseListHref, type CaseListParams, type SortKey } from './case-list-params.ts';
import { CaseTable } from './case-table.tsx';
import { Pagination } from './pagination.tsx';

export interface CaseListResultsProps {
  page: CaseListPage;
  geography: GeographyIndex;
  params: CaseListParams;
  isBusy: boolean;
  onSort: (column: SortKey) => void;
  onPageChange: () => void;
  tableRef: Ref<HTMLDivElement>;
}

/** The count, the table and the pagination of one page of cases, or the empty state. */
export function CaseListResults(props: CaseListResultsProps) {
  const { page, geography, params, isBusy, onSort, onPageChange, tableRef } = props;
  const { t, formatNumber } = useI18n();
  if (page.total === 0) return <p className="empty-state">{t('caseList.empty')}</p>;
  const pageCount = Math.max(1, Math.ceil(page.total / page.pageSize));
  const totalKey = page.total === 1 ? 'caseList.total.one' : 'caseList.total.other';
  return (
    <div className={isBusy ? 'results results--busy' : 'results'} aria-busy={isBusy}>
      <p className="result-count">{t(totalKey, { count: formatNumber(page.total) })}</p>
      {page.items.length === 0 ? (
        <p className="empty-state">
          {t('caseList.emptyPage')}{' '}
          <Link href={caseListHref({ ...params, page: 1 })}>{t('caseList.firstPage')}</Link>
        </p>
      ) : (
        <CaseTable cases={page.items} geography={geography} params={params} onSort={onSort} regionRef={tableRef} />
      )}
      <Pagination params={params} pageCount={pageCount} onNavigate={onPageChange} />
    </div>
  );
}
