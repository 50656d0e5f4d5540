import type { CharacterCount } from '../../components/text-area-field.tsx';
import { limits } from '../../../shared/limits.ts';
import { journalSchemas } from '../../lazy-schemas.ts';
import type { I18n } from '../../i18n/index.tsx';

/** The count below the journal text: how many of journalEntryMax characters, or how many too many. */
export function journalCharacterCount({ t, formatNumber }: Pick<I18n, 't' | 'formatNumber'>): CharacterCount {
  return {
    max: limits.journalEntryMax,
    within: (count, max) => t('journal.count', { count: formatNumber(count), max: formatNumber(max) }),
    over: (over) => t('journal.countOver', { over: formatNumber(over) }),
  };
}

/** The journal text, checked with the server's schema (loaded on first submit, so the case page carries no Zod). */
export const journalSchema = () => journalSchemas().then((schemas) => schemas.journalEntryInput);

/** The message for a problem with the text, whether the schema or the server found it. */
export function journalTextMessage({ t, formatNumber }: Pick<I18n, 't' | 'formatNumber'>, code: string): string {
  if (code === 'unchanged') return t('journal.errors.unchanged');
  if (code === 'too_big') return t('journal.errors.bodyTooLong', { max: formatNumber(limits.journalEntryMax) });
  return t('journal.errors.bodyRequired');
}
