import { type ExploitationForm, exploitationForms, type PoliceRegion, policeRegions } from '../../../shared/enums.ts';
import { maxStatisticsQuarters } from '../../../shared/statistics-terms.ts';

/** The filters as they stand in the address: each optional, so the server's defaults apply. */
export interface StatisticsFilters {
  from?: string;
  to?: string;
  region?: PoliceRegion;
  form?: ExploitationForm;
}

const quarterPattern = /^(19|20)\d\d-Q[1-4]$/;
const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T => value !== null && (list as readonly string[]).includes(value);

export const quarterIndex = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
const quarterAt = (i: number) => `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;

/** The filters of a query string; a value that is not one the server takes is left out. */
export function filtersFromSearch(search: string): StatisticsFilters {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  const region = params.get('region');
  const form = params.get('form');
  return {
    ...(from && quarterPattern.test(from) ? { from } : {}),
    ...(to && quarterPattern.test(to) ? { to } : {}),
    ...(isOneOf(policeRegions, region) ? { region } : {}),
    ...(isOneOf(exploitationForms, form) ? { form } : {}),
  };
}

/** The address of a view, so it can be bookmarked and shared. */
export function statisticsHref(filters: StatisticsFilters): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'region', 'form'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/statistics?${query}` : '/statistics';
}

/** What is wrong with a period, if anything: the server refuses the same (schemas/statistics.ts). */
export function periodProblem(from: string, to: string): 'reversed' | 'tooLong' | null {
  if (quarterIndex(from) > quarterIndex(to)) return 'reversed';
  if (quarterIndex(to) - quarterIndex(from) >= maxStatisticsQuarters) return 'tooLong';
  return null;
}

/** The quarters to choose from, newest first: ten years back from the later of now and the shown period. */
export function quarterChoices(now: Date, shown: { from: string; to: string }): string[] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: 'numeric' }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  const last = Math.max(year * 4 + Math.floor((month - 1) / 3), quarterIndex(shown.to));
  const first = Math.min(last - (maxStatisticsQuarters - 1), quarterIndex(shown.from));
  return Array.from({ length: last - first + 1 }, (_, k) => quarterAt(last - k));
}
