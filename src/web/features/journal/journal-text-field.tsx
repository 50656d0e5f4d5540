import { useEffect, useState, type Ref } from 'react';
import { FormGroup } from '../../components/form-group.tsx';
import { limits } from '../../../shared/limits.ts';
import { isApiError } from '../../api.ts';
import { type I18n, useI18n } from '../../i18n/index.tsx';

export interface JournalTextFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** How long to wait after typing stops before the count is read out. */
const announceDelayMs = 1000;

/**
 * A labelled textarea for journal text with a character count below it. The count describes the
 * textarea; going over the limit is also read out once typing pauses, not on every key.
 */
export function JournalTextField({ id, label, hint, error, value, onChange, textareaRef }: JournalTextFieldProps) {
  const { t, formatNumber } = useI18n();
  const countId = `${id}-count`;
  const max = limits.journalEntryMax;
  const over = value.length - max;
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const text = over > 0 ? t('journal.countOver', { over: formatNumber(over) }) : '';
    const timer = window.setTimeout(() => {
      setAnnounced(text);
    }, announceDelayMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [over, t, formatNumber]);

  return (
    <FormGroup id={id} label={label} hint={hint} error={error} alsoDescribedBy={countId}>
      {(described) => (
        <>
          <textarea
            ref={textareaRef}
            id={id}
            name={id}
            className="input journal-textarea"
            rows={6}
            value={value}
            onChange={(event) => {
              onChange(event.target.value);
            }}
            {...described}
          />
          <p id={countId} className={over > 0 ? 'journal-count journal-count--over' : 'journal-count'}>
            {over > 0
              ? t('journal.countOver', { over: formatNumber(over) })
              : t('journal.count', { count: formatNumber(value.length), max: formatNumber(max) })}
          </p>
          <p className="visually-hidden" aria-live="polite">
            {announced}
          </p>
        </>
      )}
    </FormGroup>
  );
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
