import { api } from '../../api.ts';
import { useLoad, type LoadState } from '../../use-load.ts';
import type { Geography } from '../../../shared/schemas/reference.ts';
import type { PoliceRegion } from '../../../shared/enums.ts';

/** Geography with lookups by code. */
export interface GeographyIndex extends Geography {
  regionName: (code: PoliceRegion) => string;
  countyName: (code: string) => string;
  municipalityName: (code: string) => string;
}

let cached: Promise<GeographyIndex> | null = null;

function index(geography: Geography): GeographyIndex {
  const regions = new Map(geography.regions.map((r) => [r.code, r.name]));
  const counties = new Map(geography.counties.map((c) => [c.code, c.name]));
  const municipalities = new Map(geography.municipalities.map((m) => [m.code, m.name]));
  return {
    ...geography,
    regionName: (code) => regions.get(code) ?? code,
    countyName: (code) => counties.get(code) ?? code,
    municipalityName: (code) => municipalities.get(code) ?? code,
  };
}

/** The reference geography, fetched once per visit (it changes only with a new release). */
export function loadGeography(): Promise<GeographyIndex> {
  if (!cached) {
    cached = api.GET('/api/reference/geography').then(index);
    // A failed fetch is not cached, so the next page can try again.
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}

export function useGeography(): LoadState<GeographyIndex> {
  return useLoad('geography', () => loadGeography());
}
