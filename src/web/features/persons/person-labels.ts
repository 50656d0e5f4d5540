import type { Gender } from '../../../shared/enums.ts';
import type { Language, Translate } from '../../i18n/index.tsx';

export function genderLabel(t: Translate, gender: Gender): string {
  return t(`person.gender.${gender}`);
}

/** Where CLDR's name is not the one used in Swedish casework (tw is shown as "Akan", ps as "afghanska"). */
const languageOverrides = { tw: 'person.language.tw', ps: 'person.language.ps' } as const;

export interface CodeLabeller {
  /** The name of the code in the current language; the code itself if the browser has no name. */
  label: (code: string) => string;
  /** The codes as choices, sorted by their names in the current language. */
  sorted: (codes: readonly string[]) => { value: string; label: string }[];
}

/** Names of countries ('region') or languages ('language') from Intl.DisplayNames, in the user's language. */
export function codeLabeller(kind: 'region' | 'language', language: Language, t: Translate): CodeLabeller {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([language], { type: kind, fallback: 'code' });
  } catch {
    names = undefined;
  }
  const collator = new Intl.Collator(language);
  const nameOf = (code: string): string | undefined => {
    if (kind === 'language' && code in languageOverrides) return t(languageOverrides[code as keyof typeof languageOverrides]);
    try {
      return names?.of(code);
    } catch {
      return undefined;
    }
  };
  const label = (code: string): string => {
    const name = nameOf(code);
    if (!name) return code;
    // Swedish writes language names in lower case; at the start of a list item they read better capitalised.
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  };
  const sorted = (codes: readonly string[]) =>
    codes.map((code) => ({ value: code, label: label(code) })).sort((a, b) => collator.compare(a.label, b.label));
  return { label, sorted };
}
