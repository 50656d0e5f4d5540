import { describe, expect, it } from 'vitest';
import { policeRegions } from '../../shared/enums.ts';
import { loadReferenceData } from './reference-data.ts';

describe('Swedish reference data', () => {
  const data = loadReferenceData();

  it('has every county, municipality and police region', () => {
    expect(data.counties).toHaveLength(21);
    expect(data.municipalities).toHaveLength(290);
    expect(data.regions.map((r) => r.code)).toEqual([...policeRegions]);
  });

  it('keeps leading zeros in codes', () => {
    expect(data.municipalities.find((m) => m.name === 'Upplands Väsby')?.code).toBe('0114');
    expect(data.counties.find((c) => c.name === 'Stockholms län')?.code).toBe('01');
  });

  it('maps every municipality to the police region of its county', () => {
    const regionOfCounty = new Map(data.counties.map((c) => [c.code, c.regionCode]));
    for (const m of data.municipalities) {
      expect(m.code.startsWith(m.countyCode)).toBe(true);
      expect(m.regionCode).toBe(regionOfCounty.get(m.countyCode));
    }
  });

  it('gives each police region its municipalities (reference/sweden/SOURCE.md)', () => {
    const counts = Object.fromEntries(policeRegions.map((r) => [r, 0]));
    for (const m of data.municipalities) counts[m.regionCode]! += 1;
    expect(counts).toEqual({ nord: 44, mitt: 28, bergslagen: 43, stockholm: 27, ost: 35, vast: 55, syd: 58 });
  });

  it('routes well-known municipalities to the right region', () => {
    const region = (name: string) => data.municipalities.find((m) => m.name === name)?.regionCode;
    expect(region('Stockholm')).toBe('stockholm');
    expect(region('Gotland')).toBe('stockholm');
    expect(region('Göteborg')).toBe('vast');
    expect(region('Halmstad')).toBe('vast');
    expect(region('Malmö')).toBe('syd');
    expect(region('Kiruna')).toBe('nord');
    expect(region('Uppsala')).toBe('mitt');
    expect(region('Falun')).toBe('bergslagen');
    expect(region('Linköping')).toBe('ost');
  });
});
