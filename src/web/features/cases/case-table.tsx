import type { CaseFlagSummary } from '../../../shared/schemas/case-flags.ts';
import type { Ref } from 'react';
import { Link } from 'wouter';
import type { CaseSummary, SnippetPart } from '../../../shared/schemas/cases.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { GeographyIndex } from '../reference/geography.ts';
import { formsLabel, phaseLabel, regionLabel, yesNo } from './case-labels.ts';
import type { CaseListParams, SortKey } from './case-list-params.ts';
import { SortableHeader } from './sortable-header.tsx';

export interface CaseTableProps {
  cases: readonly CaseSummary[];
  geography: GeographyIndex;
  params: CaseListParams;
  onSort: (column: SortKey) => void;
  regionRef?: Ref<HTMLDivElement>;
  /** The active flags of the cases shown, named beside each reference until removed. */
  flags?: readonly CaseFlagSummary[];
}

const columnKey = {
  reference: 'caseList.col.reference',
  codeName: 'caseList.col.codeName',
  region: 'caseList.col.region',
  phase: 'caseList.col.phase',
  createdAt: 'caseList.col.createdAt',
} as const satisfies Record<Exclude<SortKey, 'relevance'>, string>;

/** Where a search matched, the matched words marked; text only, never HTML from the server. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}

/** The case list as a real table; on narrow screens it scrolls sideways inside its own region. */
export function CaseTable({ cases, geography, params, onSort, regionRef, flags }: CaseTableProps) {
  const { t, formatDate } = useI18n();
  const sortedBy = params.sort === 'relevance' ? t('caseList.relevance') : t(columnKey[params.sort]);
  const hasSnippets = cases.some((c) => c.snippet !== undefined);
  const order = params.order === 'asc' ? t('caseList.sortAscending') : t('caseList.sortDescending');
  const header = (column: Exclude<SortKey, 'relevance'>) => (
    <SortableHeader
      column={column}
      label={t(columnKey[column])}
      sort={params.sort}
      order={params.order}
      onSort={onSort}
    />
  );

  return (
    <div className="table-scroll" role="region" aria-labelledby="case-table-caption" tabIndex={0} ref={regionRef}>
      <table className="table">
        <caption id="case-table-caption" className="table__caption">
          {t('caseList.caption', { column: sortedBy, order })}
        </caption>
        <thead>
          <tr>
            {header('reference')}
            {header('codeName')}
            {header('region')}
            <th scope="col">{t('caseList.col.municipality')}</th>
            {header('phase')}
            <th scope="col">{t('caseList.col.forms')}</th>
            <th scope="col">{t('caseList.col.child')}</th>
            {header('createdAt')}
            {hasSnippets && <th scope="col">{t('caseList.col.match')}</th>}
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="table__nowrap">
                <Link href={`/cases/${c.id}`}>{c.reference}</Link>
                {flags
                  ?.filter((f) => f.caseId === c.id)
                  .map((f) => (
                    <span key={f.id} className="case-flag-badge">
                      {' '}
                      {t(`flags.kind.${f.kind}`)}
                    </span>
                  ))}
              </th>
              <td>{c.codeName}</td>
              <td className="table__nowrap">{regionLabel(t, geography.regionName(c.regionCode))}</td>
              <td>{geography.municipalityName(c.municipalityCode)}</td>
              <td>{phaseLabel(t, c.phase)}</td>
              <td>{formsLabel(t, c.exploitationForms)}</td>
              <td>{yesNo(t, c.isChild)}</td>
              <td className="table__nowrap">
                <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>
              </td>
              {hasSnippets && <td>{c.snippet && <Snippet parts={c.snippet} />}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
