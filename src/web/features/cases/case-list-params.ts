import type { CaseListQuery } from '../../../shared/schemas/cases.ts';
import { limits } from '../../../shared/limits.ts';

export type SortKey = CaseListQuery['sort'];
export type SortOrder = CaseListQuery['order'];

// Kept here rather than imported from the schema module so the list page does not load Zod;
// the Record type fails to compile if the schema's sort keys change.
const sortKeys: Record<SortKey, true> = { reference: true, createdAt: true, phase: true, region: true, codeName: true, relevance: true };

export const defaultSort: SortKey = 'createdAt';
export const defaultOrder: SortOrder = 'desc';

export interface CaseListParams {
  page: number;
  pageSize: number;
  sort: SortKey;
  order: SortOrder;
}

function isSortKey(value: string | null): value is SortKey {
  return value !== null && Object.hasOwn(sortKeys, value);
}

function positiveInt(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

/** Reads the list state from the URL's query string; anything odd falls back to the default. */
export function parseCaseListParams(search: string): CaseListParams {
  const query = new URLSearchParams(search);
  const sort = query.get('sort');
  const order = query.get('order');
  return {
    page: positiveInt(query.get('page'), 1, 100_000),
    pageSize: positiveInt(query.get('pageSize'), limits.pageSizeDefault, limits.pageSizeMax),
    sort: isSortKey(sort) ? sort : defaultSort,
    order: order === 'asc' || order === 'desc' ? order : defaultOrder,
  };
}

/** The query string for the list state, leaving out defaults to keep URLs short. */
export function caseListSearch(params: CaseListParams): string {
  const query = new URLSearchParams();
  if (params.page !== 1) query.set('page', String(params.page));
  if (params.pageSize !== limits.pageSizeDefault) query.set('pageSize', String(params.pageSize));
  if (params.sort !== defaultSort || params.order !== defaultOrder) {
    query.set('sort', params.sort);
    query.set('order', params.order);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function caseListHref(params: CaseListParams): string {
  return `/cases${caseListSearch(params)}`;
}

/** The API request for the list state, always explicit. */
export function caseListApiPath(params: CaseListParams): string {
  const query = new URLSearchParams({
    page: String(params.page),
    pageSize: String(params.pageSize),
    sort: params.sort,
    order: params.order,
  });
  return `/api/cases?${query.toString()}`;
}

/** Sorting by a new column starts where people expect: newest first for dates, A–Z otherwise. */
export function nextSort(current: CaseListParams, column: SortKey): CaseListParams {
  const order: SortOrder =
    current.sort === column ? (current.order === 'asc' ? 'desc' : 'asc') : column === 'createdAt' ? 'desc' : 'asc';
  return { ...current, sort: column, order, page: 1 };
}
