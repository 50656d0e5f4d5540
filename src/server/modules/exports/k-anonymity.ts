import { coarserAgeBand, majorityOf, periodOf, regionOfCitizenship } from './htcds-values.ts';

/**
 * k-anonymity for the HTCDS microdata export (issue 12): no combination of quasi-identifiers
 * may be shared by fewer than k people, so a reader who knows a person's gender, age, citizenship,
 * year and form of exploitation can never narrow a row down to fewer than k people.
 *
 * Method (global recoding, then suppression, as in Sweeney's Datafly): apply the generalisation
 * steps below in order, each to the whole data set, until the rows still in groups under k are
 * few enough to drop (at most `maxSuppressedShare` of the rows), then drop those rows. The steps
 * go from what costs researchers least to what costs most: rare countries become their world
 * region before any age band is merged; Sweden, with many cases, stays Sweden as long as possible.
 */

export interface QuasiIdentifiers {
  /** HTCDS prs_Gender. */
  gender: string;
  /** CTDC ageBroad band, or a coarser band after generalisation. */
  ageBand: string;
  /** ISO 3166-1 alpha-2, world region, "Other" or the missing code. */
  citizenship: string;
  /** Year of identification, or a period "2020--2024". */
  year: string;
  /** HTCDS vic_TypeOfExploitation values, sorted (a person may have several). */
  exploitation: readonly string[];
}

export const generalisationSteps = [
  'citizenship:rare-countries-to-region',
  'age:coarse-bands',
  'year:five-year-periods',
  'citizenship:rare-regions-to-other',
  'age:minor-or-adult',
  'citizenship:all-countries-to-region',
] as const;
export type GeneralisationStep = (typeof generalisationSteps)[number];

export interface KAnonymityOptions {
  k?: number;
  /** The share of rows that may be suppressed instead of generalising further. */
  maxSuppressedShare?: number;
}

export interface KAnonymityResult<Row> {
  rows: Row[];
  k: number;
  /** Rows dropped because their group stayed under k after every step taken. */
  suppressed: number;
  /** The steps applied, in order. */
  generalisations: GeneralisationStep[];
}

export const defaultK = 11;
const defaultMaxSuppressedShare = 0.05;

function groupKey(row: QuasiIdentifiers): string {
  return JSON.stringify([row.gender, row.ageBand, row.citizenship, row.year, row.exploitation]);
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

/** For each row, whether its quasi-identifier combination is shared by fewer than k rows. */
function inSmallGroup(keys: readonly string[], k: number): boolean[] {
  const sizes = countBy(keys, (key) => key);
  return keys.map((key) => (sizes.get(key) ?? 0) < k);
}

/** One generalisation step over the whole data set; `k` decides what counts as rare. */
function generalise<Row extends QuasiIdentifiers>(rows: readonly Row[], step: GeneralisationStep, k: number): Row[] {
  switch (step) {
    case 'citizenship:rare-countries-to-region': {
      const counts = countBy(rows, (row) => row.citizenship);
      return rows.map((row) => ((counts.get(row.citizenship) ?? 0) < k ? { ...row, citizenship: regionOfCitizenship(row.citizenship) } : row));
    }
    case 'age:coarse-bands':
      return rows.map((row) => ({ ...row, ageBand: coarserAgeBand(row.ageBand) }));
    case 'year:five-year-periods':
      return rows.map((row) => ({ ...row, year: periodOf(row.year) }));
    case 'citizenship:rare-regions-to-other': {
      const counts = countBy(rows, (row) => row.citizenship);
      return rows.map((row) => ((counts.get(row.citizenship) ?? 0) < k ? { ...row, citizenship: 'Other' } : row));
    }
    case 'age:minor-or-adult':
      return rows.map((row) => ({ ...row, ageBand: majorityOf(row.ageBand) }));
    case 'citizenship:all-countries-to-region':
      return rows.map((row) => ({ ...row, citizenship: regionOfCitizenship(row.citizenship) }));
  }
}

/**
 * Makes the rows k-anonymous over their quasi-identifiers (k = 11 by default, as CTDC). Other
 * fields of a row pass through unchanged; the caller must not add any that identify a person.
 * Pure: the input is not changed.
 */
export function kAnonymise<Row extends QuasiIdentifiers>(input: readonly Row[], options: KAnonymityOptions = {}): KAnonymityResult<Row> {
  const k = options.k ?? defaultK;
  if (!Number.isInteger(k) || k < 2) throw new RangeError('k must be an integer of at least 2');
  const budget = Math.floor(input.length * (options.maxSuppressedShare ?? defaultMaxSuppressedShare));
  let rows: readonly Row[] = input;
  let keys = rows.map(groupKey);
  const generalisations: GeneralisationStep[] = [];
  for (const step of generalisationSteps) {
    if (inSmallGroup(keys, k).filter(Boolean).length <= budget) break;
    const next = generalise(rows, step, k);
    const nextKeys = next.map(groupKey);
    if (nextKeys.some((key, i) => key !== keys[i])) generalisations.push(step);
    rows = next;
    keys = nextKeys;
  }
  const dropped = inSmallGroup(keys, k);
  return { rows: rows.filter((_, i) => !dropped[i]), k, suppressed: dropped.filter(Boolean).length, generalisations };
}
