import { describe, expect, it } from 'vitest';
import { countryCodes } from '../../../shared/countries.ts';
import { type ExploitationForm, type Gender, exploitationForms, genders } from '../../../shared/enums.ts';
import { ageBandOf, htcdsCitizenshipOf, htcdsExploitationsOf, htcdsQuasiIdentifiersOf, isPublishableValue, missing } from './htcds-values.ts';
import { type QuasiIdentifiers, generalisationSteps, kAnonymise } from './k-anonymity.ts';

/** Mulberry32: the same rows for the same seed, so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = QuasiIdentifiers & { id: number };

/** People shaped roughly like Swedish cases: mostly women, Swedish or from a few countries, a long tail. */
function randomRows(seed: number, count: number): Row[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const frequent = ['SE', 'SE', 'SE', 'RO', 'RO', 'NG', 'TH', 'BG', 'VN', 'UA'];
  return Array.from({ length: count }, (_, id) => {
    const citizenship = random() < 0.85 ? pick(frequent) : random() < 0.8 ? pick(countryCodes) : null;
    const forms: ExploitationForm[] = random() < 0.2 ? [pick(exploitationForms), pick(exploitationForms)] : [random() < 0.6 ? 'sexual_purposes' : pick(exploitationForms)];
    const gender: Gender = random() < 0.7 ? 'female' : pick(genders);
    const age = random() < 0.05 ? null : Math.floor(12 + random() * random() * 60);
    const year = random() < 0.03 ? null : 2015 + Math.floor(random() * 12);
    return { id, ...htcdsQuasiIdentifiersOf({ gender, age, citizenship, year, exploitationForms: forms }) };
  });
}

const key = (row: QuasiIdentifiers) => JSON.stringify([row.gender, row.ageBand, row.citizenship, row.year, row.exploitation]);

describe('k-anonymity of the HTCDS microdata', () => {
  it.each([
    [1, 25],
    [2, 300],
    [3, 1_000],
    [4, 5_000],
    [5, 20_000],
  ])('seed %i, %i people: every combination is shared by at least 11, every value is the standard’s', (seed, count) => {
    const input = randomRows(seed, count);
    const result = kAnonymise(input);
    const sizes = new Map<string, number>();
    for (const row of result.rows) sizes.set(key(row), (sizes.get(key(row)) ?? 0) + 1);
    expect(Math.min(...sizes.values(), Infinity)).toBeGreaterThanOrEqual(11);
    const unpublishable = result.rows.flatMap((row) =>
      [
        isPublishableValue.gender(row.gender) ? null : row.gender,
        isPublishableValue.ageBand(row.ageBand) ? null : row.ageBand,
        isPublishableValue.citizenship(row.citizenship) ? null : row.citizenship,
        isPublishableValue.year(row.year) ? null : row.year,
        ...row.exploitation.map((value) => (isPublishableValue.exploitation(value) ? null : value)),
      ].filter((value) => value !== null),
    );
    expect(unpublishable).toEqual([]);
    // Suppression is counted exactly, and no row is invented or repeated.
    const ids = result.rows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.suppressed).toBe(count - result.rows.length);
    expect(ids.every((id) => id >= 0 && id < count)).toBe(true);
    expect(result.generalisations).toEqual(generalisationSteps.filter((step) => result.generalisations.includes(step)));
  }, 30_000);

  it('drops a lone outlier rather than coarsening everyone, and says so', () => {
    const base: QuasiIdentifiers = { gender: 'Feminine', ageBand: '18--20', citizenship: 'SE', year: '2025', exploitation: ['SexualExploitation'] };
    const input = [...Array.from({ length: 100 }, (_, id) => ({ ...base, id })), { ...base, id: 100, citizenship: 'NO' }];
    const result = kAnonymise(input);
    expect(result).toMatchObject({ k: 11, suppressed: 1, generalisations: [] });
    expect(result.rows.map((row) => row.id)).not.toContain(100);
  });

  it('merges rare countries into their world region before suppressing anyone', () => {
    const base = { gender: 'Feminine', ageBand: '24--26', year: '2024', exploitation: ['ForcedLabour'] };
    const input = [
      ...Array.from({ length: 50 }, (_, id) => ({ ...base, id, citizenship: 'SE' })),
      ...Array.from({ length: 6 }, (_, id) => ({ ...base, id: 50 + id, citizenship: 'NO' })),
      ...Array.from({ length: 6 }, (_, id) => ({ ...base, id: 56 + id, citizenship: 'DK' })),
    ];
    const result = kAnonymise(input);
    expect(result.suppressed).toBe(0);
    expect(result.generalisations).toEqual(['citizenship:rare-countries-to-region']);
    expect(result.rows.filter((row) => row.citizenship === 'Europe')).toHaveLength(12);
    expect(result.rows.filter((row) => row.citizenship === 'SE')).toHaveLength(50);
    expect(input[50]?.citizenship).toBe('NO');
  });

  it('suppresses everyone when there are fewer than k people at all', () => {
    const rows = randomRows(9, 10);
    expect(kAnonymise(rows)).toMatchObject({ rows: [], suppressed: 10 });
  });

  it('refuses a k that protects no one', () => {
    expect(() => kAnonymise([], { k: 1 })).toThrow(RangeError);
  });
});

describe('Samverka values in HTCDS terms', () => {
  it.each([
    [0, '0--8'],
    [8, '0--8'],
    [9, '9--17'],
    [17, '9--17'],
    [18, '18--20'],
    [29, '27--29'],
    [47, '39--47'],
    [48, '48+'],
    [91, '48+'],
    [null, missing],
  ])('age %s is in band %s', (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });

  it('writes every citizenship as an HTCDS country code or, when the standard lacks it, its region', () => {
    const written = countryCodes.map((code) => htcdsCitizenshipOf(code));
    expect(written.filter((value) => !isPublishableValue.citizenship(value))).toEqual([]);
    expect(htcdsCitizenshipOf('XK')).toBe('Europe');
    expect(htcdsCitizenshipOf(null)).toBe(missing);
  });

  it('maps forced criminal activity to Other (HTCDS has no value for it) and unknown to the missing code', () => {
    expect(htcdsExploitationsOf(['criminal_activity', 'begging', 'begging'])).toEqual(['ForcedBegging', 'Other']);
    expect(htcdsExploitationsOf(['unknown'])).toEqual([missing]);
    expect(htcdsExploitationsOf(['prostitution', 'sexual_purposes'])).toEqual(['SexualExploitation']);
  });
});
