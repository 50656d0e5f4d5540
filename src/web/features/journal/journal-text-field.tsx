import type { CharacterCount } from '../../components/text-area-field.tsx';
import { limits } from '../../../shared/limits.ts';
import { isApiError } from '../../api.ts';
import type { I18n } from '../../i18n/index.tsx';

/** The count below the journal text: how many of journalEntryMax characters, or how many too many. */
export function journalCharacterCount({ t, formatNumber }: Pick<I18n, 't' | 'formatNumber'>): CharacterCount {
  return {
    max: limits.journalEntryMax,
    within: (count, max) => t('journal.count', { count: formatNumber(count), max: formatNumber(max) }),
    over: (over) => t('journal.countOver', { over: formatNumber(over) }),
  };
}

/** The journal text's error, checked as the server will: trimmed, 1..journalEntryMax characters. */
export function journalTextError({ t, formatNumber }: Pick<I18n, 't' | 'formatNumber'>, value: string): string | undefined {
  const body = value.trim();
  if (!body) return t('journal.errors.bodyRequired');
  if (body.length > limits.journalEntryMax) return t('journal.errors.bodyTooLong', { max: formatNumber(limits.journalEntryMax) });
  return undefined;
}

/** The message for the server's 400 about the text, if that is what it refused. */
export function serverBodyError(i18n: Pick<I18n, 't' | 'formatNumber'>, failure: unknown): string | undefined {
  if (!isApiError(failure, 400)) return undefined;
  const error = failure.fieldErrors.find((e) => e.field === 'body');
  if (!error) return undefined;
  if (error.code === 'unchanged') return i18n.t('journal.errors.unchanged');
  if (error.code.includes('big')) return i18n.t('journal.errors.bodyTooLong', { max: i18n.formatNumber(limits.journalEntryMax) });
  return i18n.t('journal.errors.bodyRequired');
}
