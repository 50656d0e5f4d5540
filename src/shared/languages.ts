/**
 * Languages a person may speak, as ISO 639-1 codes: those met in Swedish trafficking cases
 * (source and transit countries), the Nordic and national minority languages with a code, and
 * the main languages of the neighbouring regions. Languages without a 639-1 code are left out:
 * Dari is recorded as Persian (fa), Romani, Edo/Bini, Tigre and Meänkieli have none.
 * Names come from Intl.DisplayNames in the user's language.
 */
export const languageCodes = [
  // Nordic, and Swedish national minority languages with a code (Finnish, Northern Sami, Yiddish)
  'sv', 'da', 'no', 'fi', 'is', 'se', 'yi',
  // Europe
  'en', 'de', 'fr', 'nl', 'it', 'es', 'pt', 'el', 'pl', 'cs', 'sk', 'hu', 'ro', 'bg', 'sq', 'sr',
  'bs', 'hr', 'sl', 'mk', 'lt', 'lv', 'et', 'ru', 'uk', 'be',
  // Caucasus, Turkey and Central Asia
  'ka', 'hy', 'az', 'tr', 'ku', 'kk', 'ky', 'uz', 'tg', 'tk', 'mn', 'ce',
  // Middle East, Afghanistan and South Asia
  'ar', 'he', 'fa', 'ps', 'ur', 'hi', 'pa', 'gu', 'bn', 'ta', 'te', 'ml', 'kn', 'si', 'ne',
  // East and South-East Asia
  'zh', 'ja', 'ko', 'th', 'vi', 'km', 'lo', 'my', 'tl', 'id', 'ms',
  // Horn of Africa and East Africa
  'ti', 'am', 'om', 'so', 'sw', 'rw', 'rn', 'lg', 'mg',
  // West and Central Africa
  'yo', 'ig', 'ha', 'tw', 'ee', 'ff', 'wo', 'ln',
  // Southern Africa
  'sn', 'zu', 'xh', 'ny',
] as const;
export type LanguageCode = (typeof languageCodes)[number];

const known: ReadonlySet<string> = new Set(languageCodes);

export function isLanguageCode(code: string): code is LanguageCode {
  return known.has(code);
}
