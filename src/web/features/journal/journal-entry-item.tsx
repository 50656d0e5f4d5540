import { useState } from 'react';
import type { JournalEntry } from '../../../shared/schemas/journal.ts';
import { Button } from '../../components/button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { JournalCorrectionForm } from './journal-correction-form.tsx';
import { JournalRevisions } from './journal-revisions.tsx';

/** The id of an entry's article, where focus goes after it is written or corrected. */
export const journalEntryElementId = (entryId: string) => `journal-entry-${entryId}`;

export interface JournalEntryItemProps {
  caseId: string;
  entry: JournalEntry;
  onCorrected: (entry: JournalEntry) => void;
  onStale: () => void;
  onCorrectionClosed: () => void;
}

/** One entry of the timeline: who wrote it for which organisation and when, its text, and its history. */
export function JournalEntryItem({ caseId, entry, onCorrected, onStale, onCorrectionClosed }: JournalEntryItemProps) {
  const { t, formatDateTime } = useI18n();
  const [isCorrecting, setIsCorrecting] = useState(false);
  const correctButtonId = `${journalEntryElementId(entry.id)}-correct`;
  const titleId = `${journalEntryElementId(entry.id)}-title`;
  const created = formatDateTime(entry.createdAt);

  return (
    <article id={journalEntryElementId(entry.id)} className="journal-entry" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId} className="journal-entry__title">
        {t('journal.entryTitle', { time: created, author: entry.authorName })}
      </h3>
      <p className="journal-meta">
        {t('journal.organisation', { organisation: entry.authorOrganisationName })}
        {entry.correctedAt && (
          <>
            {' · '}
            <strong className="journal-corrected">
              {t('journal.corrected', { time: formatDateTime(entry.correctedAt) })}
            </strong>
          </>
        )}
      </p>
      {isCorrecting ? (
        <JournalCorrectionForm
          caseId={caseId}
          entry={entry}
          onCorrected={(corrected) => {
            setIsCorrecting(false);
            onCorrected(corrected);
          }}
          onCancel={() => {
            setIsCorrecting(false);
            // The button comes back on the next render; give it focus then.
            window.requestAnimationFrame(() => document.getElementById(correctButtonId)?.focus());
          }}
          onStale={onStale}
          onClosed={() => {
            setIsCorrecting(false);
            onCorrectionClosed();
          }}
        />
      ) : (
        <>
          <p className="journal-body">{entry.body}</p>
          {entry.canCorrect && (
            <Button
              id={correctButtonId}
              variant="secondary"
              onClick={() => {
                setIsCorrecting(true);
              }}
            >
              {t('journal.correct')}
              <span className="visually-hidden"> {t('journal.correctContext', { time: created })}</span>
            </Button>
          )}
        </>
      )}
      {entry.revisionCount > 0 && <JournalRevisions caseId={caseId} entryId={entry.id} count={entry.revisionCount} />}
    </article>
  );
}
