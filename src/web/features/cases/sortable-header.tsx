import type { SortKey, SortOrder } from './case-list-params.ts';

export interface SortableHeaderProps {
  column: SortKey;
  label: string;
  sort: SortKey;
  order: SortOrder;
  onSort: (column: SortKey) => void;
}

/** A column header whose button sorts the table; aria-sort tells which column is sorted and how. */
export function SortableHeader({ column, label, sort, order, onSort }: SortableHeaderProps) {
  const isSorted = sort === column;
  const ariaSort = isSorted ? (order === 'asc' ? 'ascending' : 'descending') : undefined;
  const icon = isSorted ? (order === 'asc' ? '▲' : '▼') : '↕';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => { onSort(column); }}>
        {label}
        <span className={isSorted ? 'sort-icon sort-icon--active' : 'sort-icon'} aria-hidden="true">
          {icon}
        </span>
      </button>
    </th>
  );
}
