import { type ExploitationForm, type Gender, htcdsGender } from '../../../shared/enums.ts';
import ctdc from './htcds/ctdc_variables.json' with { type: 'json' };
import citizenship from './htcds/citizenship.json' with { type: 'json' };
import dictionary from './htcds/fields.json' with { type: 'json' };
import { worldRegionOf, worldRegions } from './world-regions.ts';

/**
 * The HTCDS value lists the microdata export writes, and the mapping of Samverka's values onto
 * them (htcds/SOURCE.md for the data and its licence). Quasi-identifiers may also hold the
 * coarser values k-anonymity generalises to: age bands merged from the standard's bands,
 * CTDC's Minor/Adult, periods of years, world regions and "Other".
 */

/** CTDC's code for a missing value. */
export const missing = String(ctdc.globalDataset_kAnonymized.missingValueCode);

function picklist(field: string): readonly string[] {
  const found = dictionary.fields.find((f) => f.field === field);
  if (!found || found.allowedValues.length === 0) throw new Error(`HTCDS field ${field} has no value list`);
  return found.allowedValues;
}

export const htcdsGenders = picklist('prs_Gender');
export const htcdsExploitationTypes = picklist('vic_TypeOfExploitation');
export const htcdsCountryCodes: readonly string[] = citizenship.codes;

/** CTDC's `ageBroad` bands, the finest the export writes. */
export const ageBands: readonly string[] = ctdc.globalDataset_kAnonymized.ageBroad;
/** The first generalisation: neighbouring standard bands merged. */
export const coarseAgeBands = ['0--17', '18--29', '30--47', '48+'] as const;
/** The last: CTDC's `majorityStatus`. */
export const majorityStatuses: readonly string[] = ctdc.globalDataset_kAnonymized.majorityStatusValues;

const coarseBandOf: Record<string, (typeof coarseAgeBands)[number]> = {
  '0--8': '0--17',
  '9--17': '0--17',
  '18--20': '18--29',
  '21--23': '18--29',
  '24--26': '18--29',
  '27--29': '18--29',
  '30--38': '30--47',
  '39--47': '30--47',
  '48+': '48+',
};

/** The standard's age band of an age in whole years. */
export function ageBandOf(age: number | null): string {
  if (age === null || !Number.isInteger(age) || age < 0) return missing;
  const upper = [8, 17, 20, 23, 26, 29, 38, 47];
  const index = upper.findIndex((limit) => age <= limit);
  return ageBands[index === -1 ? ageBands.length - 1 : index] ?? missing;
}

export function coarserAgeBand(band: string): string {
  return coarseBandOf[band] ?? band;
}

export function majorityOf(band: string): string {
  if (band === missing) return missing;
  return band === '0--8' || band === '9--17' || band === '0--17' ? 'Minor' : 'Adult';
}

/** The first period of five years (2020--2024, 2025--2029) that holds a year. */
export function periodOf(year: string): string {
  if (!/^\d{4}$/.test(year)) return year;
  const start = Math.floor(Number(year) / 5) * 5;
  return `${start}--${start + 4}`;
}

/** A citizenship the standard lists stays a country; one it does not (XK) becomes its region. */
export function htcdsCitizenshipOf(countryCode: string | null | undefined): string {
  if (!countryCode) return missing;
  if (htcdsCountryCodes.includes(countryCode)) return countryCode;
  return worldRegionOf(countryCode) ?? 'Other';
}

export function regionOfCitizenship(value: string): string {
  if (value === missing || value === 'Other' || (worldRegions as readonly string[]).includes(value)) return value;
  return worldRegionOf(value) ?? 'Other';
}

/**
 * Samverka's forms of exploitation in HTCDS terms. HTCDS has no value for forced criminal
 * activity (Swedish law's "brottslig verksamhet"), so it goes under Other, as the standard's
 * guidance says for forms it does not list; both Swedish sexual forms are SexualExploitation.
 */
export const htcdsExploitationOf: Record<ExploitationForm, string> = {
  sexual_purposes: 'SexualExploitation',
  prostitution: 'SexualExploitation',
  forced_labour: 'ForcedLabour',
  begging: 'ForcedBegging',
  criminal_activity: 'Other',
  organ_removal: 'OrganRemoval',
  military_service: 'ForcedMilitaryByNonStateActors',
  other_distress: 'Other',
  unknown: missing,
};

/** The forms as a sorted set without duplicates; none known is the missing code alone. */
export function htcdsExploitationsOf(forms: readonly ExploitationForm[]): string[] {
  const values = [...new Set(forms.map((form) => htcdsExploitationOf[form]).filter((v) => v !== missing))].sort();
  return values.length > 0 ? values : [missing];
}

export function htcdsGenderOf(gender: Gender | null): string {
  return gender === null ? 'NonSpecifiedUnknown' : htcdsGender[gender];
}

const yearPattern = /^(\d{4}|\d{4}--\d{4})$/;

/** Whether each quasi-identifier value is one the standard (or a generalisation of it) defines. */
export const isPublishableValue = {
  gender: (v: string) => htcdsGenders.includes(v),
  ageBand: (v: string) => v === missing || ageBands.includes(v) || (coarseAgeBands as readonly string[]).includes(v) || majorityStatuses.includes(v),
  citizenship: (v: string) => v === missing || v === 'Other' || htcdsCountryCodes.includes(v) || (worldRegions as readonly string[]).includes(v),
  year: (v: string) => v === missing || yearPattern.test(v),
  exploitation: (v: string) => v === missing || htcdsExploitationTypes.includes(v),
};

export interface PersonFacts {
  gender: Gender | null;
  /** Age in whole years when identified, if known. */
  age: number | null;
  /** The first recorded citizenship; a second one would narrow the group further. */
  citizenship: string | null;
  /** Year the person was identified. */
  year: number | null;
  exploitationForms: readonly ExploitationForm[];
}

/** A person's quasi-identifiers in HTCDS values, before any generalisation. */
export function htcdsQuasiIdentifiersOf(person: PersonFacts): { gender: string; ageBand: string; citizenship: string; year: string; exploitation: string[] } {
  return {
    gender: htcdsGenderOf(person.gender),
    ageBand: ageBandOf(person.age),
    citizenship: htcdsCitizenshipOf(person.citizenship),
    year: person.year === null ? missing : String(person.year),
    exploitation: htcdsExploitationsOf(person.exploitationForms),
  };
}
