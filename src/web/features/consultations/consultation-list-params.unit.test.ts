import { describe, expect, it } from 'vitest';
import { consultationExportFilterOf, consultationListApiPath, consultationListHref, parseConsultationListParams } from './consultation-list-params.ts';
import { consultationExportFilter } from '../../../shared/schemas/consultations.ts';

describe('consultation list filters in the address', () => {
  it('reads the filters and ignores unknown or malformed values', () => {
    expect(parseConsultationListParams('status=new&region=syd&age=days_1_3&mine=true&overdue=true&newToday=true&page=3')).toEqual({
      status: 'new',
      region: 'syd',
      age: 'days_1_3',
      mine: true,
      overdue: true,
      newToday: true,
      page: 3,
    });
    expect(parseConsultationListParams('status=lost&region=mars&age=ancient&mine=yes&page=-1')).toEqual({ status: '', region: '', age: '', mine: false, overdue: false, newToday: false, page: 1 });
  });

  it('carries the dashboard\'s links through', () => {
    const params = parseConsultationListParams('age=days_4_7&region=nord');
    expect(consultationListApiPath(params)).toBe('/api/consultations?region=nord&age=days_4_7&pageSize=25');
  });

  it('writes only the filters set, and round-trips', () => {
    const params = { status: 'claimed' as const, region: '' as const, age: 'older' as const, mine: true, overdue: false, newToday: true, page: 2 };
    const href = consultationListHref(params);
    expect(href).toBe('/consultations?status=claimed&age=older&mine=true&newToday=true&page=2');
    expect(parseConsultationListParams(href.split('?')[1]!)).toEqual(params);
    expect(consultationListHref({ status: '', region: '', age: '', mine: false, overdue: false, newToday: false, page: 1 })).toBe('/consultations');
    expect(consultationListApiPath(params)).toBe('/api/consultations?status=claimed&age=older&mine=true&newToday=true&page=2&pageSize=25');
  });

  it('gives an export the filters without the page, which the export schema accepts', () => {
    const params = parseConsultationListParams('status=claimed&region=syd&age=older&mine=true&page=2');
    const filter = consultationExportFilterOf(params);
    expect(filter).toEqual({ sort: 'received', status: 'claimed', region: 'syd', age: 'older', mine: true, overdue: undefined, newToday: undefined });
    expect(consultationExportFilter.parse(filter)).toEqual({ sort: 'received', status: 'claimed', region: 'syd', age: 'older', mine: true });
    expect(consultationExportFilterOf(parseConsultationListParams(''))).toEqual({ sort: 'received' });
  });
});
