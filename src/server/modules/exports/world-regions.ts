/**
 * The UN M49 region of each country code, the step citizenship is generalised to when a country
 * is too rare to publish. M49 has no region for Antarctica (AQ), which stays "Other"; Taiwan
 * (not listed by M49) and Kosovo (XK, not ISO 3166) go where every atlas puts them.
 */
export const worldRegions = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type WorldRegion = (typeof worldRegions)[number];

const countriesByRegion: Record<WorldRegion, string> = {
  Africa:
    'DZ EG LY MA SD TN EH IO BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW TF ' +
    'AO CM CF TD CG CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG',
  Americas:
    'AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI ' +
    'BZ CR SV GT HN MX NI PA AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE BM CA GL PM US',
  Asia:
    'KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN ' +
    'AF BD BT IN IR MV NP PK LK AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE',
  Europe:
    'BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB ' +
    'AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK AT BE FR DE LI LU MC NL CH',
  Oceania: 'AU NZ NF HM CC CX FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF',
};

const regionOfCountry = new Map<string, WorldRegion>(
  worldRegions.flatMap((region) => countriesByRegion[region].split(' ').map((code) => [code, region] as const)),
);

/** The M49 region of an ISO 3166-1 alpha-2 code (or XK), or undefined for AQ and unknown codes. */
export function worldRegionOf(countryCode: string): WorldRegion | undefined {
  return regionOfCountry.get(countryCode);
}
