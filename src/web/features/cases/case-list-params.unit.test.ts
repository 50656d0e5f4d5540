import { describe, expect, it } from 'vitest';
import { caseListApiPath, caseListHref, nextSort, noFilters, parseCaseListParams, withFilters } from './case-list-params.ts';

const defaults = { page: 1, pageSize: 25, sort: 'createdAt', order: 'desc', ...noFilters };

describe('case list parameters', () => {
  it('falls back to the defaults for a missing or odd query', () => {
    expect(parseCaseListParams('')).toEqual(defaults);
    expect(parseCaseListParams('page=0&pageSize=1000&sort=secret&order=up')).toEqual(defaults);
    expect(parseCaseListParams('page=2.5')).toEqual(defaults);
    expect(parseCaseListParams('phase=done&region=gotland&exploitationForm=x&mine=1&overdue=yes&isChild=')).toEqual(defaults);
    expect(parseCaseListParams('q=a')).toEqual(defaults);
    expect(parseCaseListParams(`q=${'a'.repeat(201)}`)).toEqual(defaults);
  });

  it('reads a valid query', () => {
    expect(parseCaseListParams('page=3&pageSize=50&sort=codeName&order=asc')).toEqual({
      ...defaults,
      page: 3,
      pageSize: 50,
      sort: 'codeName',
      order: 'asc',
    });
    expect(parseCaseListParams('q=+skuld+&phase=legal&region=syd&exploitationForm=begging&mine=true&overdue=true&isChild=true')).toEqual({
      ...defaults,
      sort: 'relevance',
      q: 'skuld',
      phase: 'legal',
      region: 'syd',
      exploitationForm: 'begging',
      mine: true,
      overdue: true,
      isChild: true,
    });
  });

  it('keeps default values out of the address but always sends them to the API', () => {
    const params = parseCaseListParams('');
    expect(caseListHref(params)).toBe('/cases');
    expect(caseListHref({ ...params, page: 2 })).toBe('/cases?page=2');
    expect(caseListApiPath(params)).toBe('/api/cases?page=1&pageSize=25&sort=createdAt&order=desc');
    const searched = parseCaseListParams('q=flicka%20skuld&isChild=true');
    expect(caseListHref(searched)).toBe('/cases?q=flicka+skuld&isChild=true');
    expect(caseListApiPath(searched)).toBe('/api/cases?page=1&pageSize=25&sort=relevance&order=desc&q=flicka+skuld&isChild=true');
  });

  it('toggles the order on the sorted column and starts a new column sensibly, on page 1', () => {
    const params = { ...defaults, page: 4, sort: 'codeName', order: 'asc' } as const;
    expect(nextSort(params, 'codeName')).toEqual({ ...params, order: 'desc', page: 1 });
    expect(nextSort(params, 'reference')).toEqual({ ...params, sort: 'reference', order: 'asc', page: 1 });
    expect(nextSort(params, 'createdAt')).toEqual({ ...params, sort: 'createdAt', order: 'desc', page: 1 });
  });

  it('starts a new search best first on page 1, but keeps a column the user chose', () => {
    const plain = { ...parseCaseListParams(''), page: 3 };
    expect(withFilters(plain, { ...noFilters, q: 'skuld' })).toMatchObject({ q: 'skuld', sort: 'relevance', order: 'desc', page: 1 });
    const byName = parseCaseListParams('sort=codeName&order=asc');
    expect(withFilters(byName, { ...noFilters, q: 'skuld' })).toMatchObject({ sort: 'codeName', order: 'asc' });
    const searched = parseCaseListParams('q=skuld');
    expect(withFilters(searched, noFilters)).toMatchObject({ q: '', sort: 'createdAt', order: 'desc' });
    expect(withFilters(searched, { ...noFilters, q: 'skuld', phase: 'legal' })).toMatchObject({ sort: 'relevance', phase: 'legal', page: 1 });
  });
});
