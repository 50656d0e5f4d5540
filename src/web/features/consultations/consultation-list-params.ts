import { apiHref, type ApiQuery } from '../../api.ts';
import { consultationStatuses, policeRegions, type ConsultationStatus, type PoliceRegion } from '../../../shared/enums.ts';
import type { ConsultationExportFilter } from '../../../shared/schemas/consultations.ts';

/** As the API's age filter (open consultations by days since receipt); kept here so the page loads no Zod. */
export const ageBuckets = ['today', 'days_1_3', 'days_4_7', 'older'] as const;
export type AgeBucket = (typeof ageBuckets)[number];

/** The queue's filters, kept in the address so a filtered list can be linked to (the dashboard does). */
export interface ConsultationListParams {
  status: ConsultationStatus | '';
  region: PoliceRegion | '';
  age: AgeBucket | '';
  mine: boolean;
  overdue: boolean;
  newToday: boolean;
  page: number;
}

export const pageSize = 25;

export function parseConsultationListParams(search: string): ConsultationListParams {
  const query = new URLSearchParams(search);
  const status = query.get('status') ?? '';
  const region = query.get('region') ?? '';
  const age = query.get('age') ?? '';
  const page = Number(query.get('page'));
  return {
    status: (consultationStatuses as readonly string[]).includes(status) ? (status as ConsultationStatus) : '',
    region: (policeRegions as readonly string[]).includes(region) ? (region as PoliceRegion) : '',
    age: (ageBuckets as readonly string[]).includes(age) ? (age as AgeBucket) : '',
    mine: query.get('mine') === 'true',
    overdue: query.get('overdue') === 'true',
    newToday: query.get('newToday') === 'true',
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

function queryOf(params: ConsultationListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.status) query.set('status', params.status);
  if (params.region) query.set('region', params.region);
  if (params.age) query.set('age', params.age);
  if (params.mine) query.set('mine', 'true');
  if (params.overdue) query.set('overdue', 'true');
  if (params.newToday) query.set('newToday', 'true');
  if (params.page > 1) query.set('page', String(params.page));
  return query;
}

export function consultationListHref(params: ConsultationListParams): string {
  const query = queryOf(params).toString();
  return query ? `/consultations?${query}` : '/consultations';
}

/** The API query for the queue's filters, in the order of the page's address. */
export function consultationListQuery(params: ConsultationListParams): ApiQuery<'/api/consultations'> {
  const flag = (on: boolean) => (on ? ('true' as const) : undefined);
  return {
    status: params.status || undefined,
    region: params.region || undefined,
    age: params.age || undefined,
    mine: flag(params.mine),
    overdue: flag(params.overdue),
    newToday: flag(params.newToday),
    page: params.page > 1 ? params.page : undefined,
    pageSize,
  };
}

/** The address of the API request for the queue; it also keys the loaded page. */
export function consultationListApiPath(params: ConsultationListParams): string {
  return apiHref('/api/consultations', { query: consultationListQuery(params) });
}

/** The queue's filters as an export takes them: no page, flags only when set. */
export function consultationExportFilterOf(params: ConsultationListParams): ConsultationExportFilter {
  return {
    sort: 'received',
    status: params.status || undefined,
    region: params.region || undefined,
    age: params.age || undefined,
    mine: params.mine || undefined,
    overdue: params.overdue || undefined,
    newToday: params.newToday || undefined,
  };
}
