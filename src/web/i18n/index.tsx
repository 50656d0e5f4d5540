import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en.ts';
import { sv, type Dictionary, type MessageKey } from './sv.ts';

export type { MessageKey } from './sv.ts';
export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

const dictionaries: Record<Language, Dictionary> = { sv, en };
/** Dates and numbers follow the language: Swedish conventions in Swedish, British in English. */
const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const storageKey = 'samverka.language';

export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  formatDate: (iso: string) => string;
  formatDateTime: (iso: string) => string;
  formatNumber: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The stored choice, or Swedish. localStorage may be unavailable (private mode, policies). */
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : 'sv';
  } catch {
    return 'sv';
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}

function interpolate(template: string, values: MessageValues | undefined): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : String(value);
  });
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[language];
    const locale = locales[language];
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    return {
      language,
      setLanguage,
      t: (key, values) => interpolate(dictionary[key], values),
      formatDate: (iso) => date.format(new Date(iso)),
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
      formatNumber: (n) => number.format(n),
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}
