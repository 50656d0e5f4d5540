import {
  casePhases,
  exploitationForms,
  policeRegions,
  type CasePhase,
  type ExploitationForm,
  type PoliceRegion,
} from '../../../shared/enums.ts';
import type { CaseListQuery } from '../../../shared/schemas/cases.ts';
import type { CaseExportFilter } from '../../../shared/schemas/exports.ts';
import { limits } from '../../../shared/limits.ts';
import { apiHref, type ApiQuery } from '../../api.ts';

export type SortKey = CaseListQuery['sort'];
export type SortOrder = CaseListQuery['order'];

// Kept here rather than imported from the schema module so the list page does not load Zod;
// the Record type fails to compile if the schema's sort keys change.
const sortKeys: Record<SortKey, true> = { reference: true, createdAt: true, phase: true, region: true, codeName: true, relevance: true };

export const defaultOrder: SortOrder = 'desc';

/** A search is best first; a plain list newest first. */
export function defaultSortFor(q: string): SortKey {
  return q === '' ? 'createdAt' : 'relevance';
}

/** What narrows the list; each is kept in the address so a filtered list can be bookmarked and shared. */
export interface CaseListFilters {
  /** Search text; empty for none. */
  q: string;
  phase: CasePhase | '';
  region: PoliceRegion | '';
  exploitationForm: ExploitationForm | '';
  /** Cases I lead. */
  mine: boolean;
  overdue: boolean;
  /** Children only. */
  isChild: boolean;
}

export interface CaseListParams extends CaseListFilters {
  page: number;
  pageSize: number;
  sort: SortKey;
  order: SortOrder;
}

export const noFilters: CaseListFilters = {
  q: '',
  phase: '',
  region: '',
  exploitationForm: '',
  mine: false,
  overdue: false,
  isChild: false,
};

function isSortKey(value: string | null): value is SortKey {
  return value !== null && Object.hasOwn(sortKeys, value);
}

function oneOf<V extends string>(values: readonly V[], value: string | null): V | '' {
  return value !== null && (values as readonly string[]).includes(value) ? (value as V) : '';
}

function positiveInt(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

/** Search text the server accepts: trimmed, long enough; anything else searches nothing. */
export function usableSearch(text: string | null): string {
  const q = (text ?? '').trim();
  return q.length >= limits.searchMin && q.length <= limits.searchMax ? q : '';
}

/** Reads the list state from the URL's query string; anything odd falls back to the default. */
export function parseCaseListParams(search: string): CaseListParams {
  const query = new URLSearchParams(search);
  const sort = query.get('sort');
  const order = query.get('order');
  const q = usableSearch(query.get('q'));
  return {
    page: positiveInt(query.get('page'), 1, 100_000),
    pageSize: positiveInt(query.get('pageSize'), limits.pageSizeDefault, limits.pageSizeMax),
    sort: isSortKey(sort) ? sort : defaultSortFor(q),
    order: order === 'asc' || order === 'desc' ? order : defaultOrder,
    q,
    phase: oneOf(casePhases, query.get('phase')),
    region: oneOf(policeRegions, query.get('region')),
    exploitationForm: oneOf(exploitationForms, query.get('exploitationForm')),
    mine: query.get('mine') === 'true',
    overdue: query.get('overdue') === 'true',
    isChild: query.get('isChild') === 'true',
  };
}

function setFilters(query: URLSearchParams, filters: CaseListFilters): void {
  if (filters.q) query.set('q', filters.q);
  if (filters.phase) query.set('phase', filters.phase);
  if (filters.region) query.set('region', filters.region);
  if (filters.exploitationForm) query.set('exploitationForm', filters.exploitationForm);
  if (filters.mine) query.set('mine', 'true');
  if (filters.overdue) query.set('overdue', 'true');
  if (filters.isChild) query.set('isChild', 'true');
}

/** True when the list is searched or filtered. */
export function hasFilters(filters: CaseListFilters): boolean {
  return (Object.keys(noFilters) as (keyof CaseListFilters)[]).some((key) => filters[key] !== noFilters[key]);
}

/** The query string for the list state, leaving out defaults to keep URLs short. */
export function caseListSearch(params: CaseListParams): string {
  const query = new URLSearchParams();
  setFilters(query, params);
  if (params.page !== 1) query.set('page', String(params.page));
  if (params.pageSize !== limits.pageSizeDefault) query.set('pageSize', String(params.pageSize));
  if (params.sort !== defaultSortFor(params.q) || params.order !== defaultOrder) {
    query.set('sort', params.sort);
    query.set('order', params.order);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function caseListHref(params: CaseListParams): string {
  return `/cases${caseListSearch(params)}`;
}

/** The API query for the list state, always explicit about paging and order; filters only when set. */
export function caseListQuery(params: CaseListParams): ApiQuery<'/api/cases'> {
  const flag = (on: boolean) => (on ? ('true' as const) : undefined);
  return {
    page: params.page,
    pageSize: params.pageSize,
    sort: params.sort,
    order: params.order,
    q: params.q || undefined,
    phase: params.phase || undefined,
    region: params.region || undefined,
    exploitationForm: params.exploitationForm || undefined,
    mine: flag(params.mine),
    overdue: flag(params.overdue),
    isChild: flag(params.isChild),
  };
}

/** The address of the API request for the list state; it also keys the loaded page. */
export function caseListApiPath(params: CaseListParams): string {
  return apiHref('/api/cases', { query: caseListQuery(params) });
}

/**
 * The list after the search form is sent: the new filters from page 1, in the order that suits
 * them (a new search text means best first, unless the user had chosen a column).
 */
export function withFilters(current: CaseListParams, filters: CaseListFilters): CaseListParams {
  const searchChanged = filters.q !== current.q;
  const sortWasDefault = current.sort === defaultSortFor(current.q) && current.order === defaultOrder;
  const keepSort = !searchChanged || !sortWasDefault;
  const sort = keepSort && !(current.sort === 'relevance' && filters.q === '') ? current.sort : defaultSortFor(filters.q);
  return { ...current, ...filters, page: 1, sort, order: keepSort ? current.order : defaultOrder };
}

/** Sorting by a new column starts where people expect: newest first for dates, A–Z otherwise. */
export function nextSort(current: CaseListParams, column: SortKey): CaseListParams {
  const order: SortOrder =
    current.sort === column ? (current.order === 'asc' ? 'desc' : 'asc') : column === 'createdAt' ? 'desc' : 'asc';
  return { ...current, sort: column, order, page: 1 };
}

/** The list's filters as an export takes them: no search text, no page. */
export function caseExportFilterOf(params: CaseListParams): CaseExportFilter {
  return {
    sort: params.sort,
    order: params.order,
    phase: params.phase || undefined,
    region: params.region || undefined,
    exploitationForm: params.exploitationForm || undefined,
    mine: params.mine || undefined,
    overdue: params.overdue || undefined,
    isChild: params.isChild || undefined,
  };
}
