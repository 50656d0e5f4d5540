import { describe, expect, it } from 'vitest';
import { caseListApiPath, caseListHref, nextSort, parseCaseListParams } from './case-list-params.ts';

describe('case list parameters', () => {
  it('falls back to the defaults for a missing or odd query', () => {
    const defaults = { page: 1, pageSize: 25, sort: 'createdAt', order: 'desc' };
    expect(parseCaseListParams('')).toEqual(defaults);
    expect(parseCaseListParams('page=0&pageSize=1000&sort=secret&order=up')).toEqual(defaults);
    expect(parseCaseListParams('page=2.5')).toEqual(defaults);
  });

  it('reads a valid query', () => {
    expect(parseCaseListParams('page=3&pageSize=50&sort=codeName&order=asc')).toEqual({
      page: 3,
      pageSize: 50,
      sort: 'codeName',
      order: 'asc',
    });
  });

  it('keeps default values out of the address but always sends them to the API', () => {
    const params = parseCaseListParams('');
    expect(caseListHref(params)).toBe('/cases');
    expect(caseListHref({ ...params, page: 2 })).toBe('/cases?page=2');
    expect(caseListApiPath(params)).toBe('/api/cases?page=1&pageSize=25&sort=createdAt&order=desc');
  });

  it('toggles the order on the sorted column and starts a new column sensibly, on page 1', () => {
    const params = { page: 4, pageSize: 25, sort: 'codeName', order: 'asc' } as const;
    expect(nextSort(params, 'codeName')).toEqual({ ...params, order: 'desc', page: 1 });
    expect(nextSort(params, 'reference')).toEqual({ ...params, sort: 'reference', order: 'asc', page: 1 });
    expect(nextSort(params, 'createdAt')).toEqual({ ...params, sort: 'createdAt', order: 'desc', page: 1 });
  });
});
