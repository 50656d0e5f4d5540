import { useEffect, useRef, useState } from 'react';
import type { JournalEntry } from '../../../shared/schemas/journal.ts';
import { api } from '../../api.ts';
import { Loading } from '../../components/notice.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { JournalEntryForm } from './journal-entry-form.tsx';
import { JournalEntryItem, journalEntryElementId } from './journal-entry-item.tsx';
import { PanelLoadError, PanelStatus, usePanelStatus } from './panel-status.tsx';
import './journal.css';

/**
 * The case's journal: a form to write an entry, then the timeline, newest first, so a new entry
 * appears right below the form. Authors correct their own entries in place for 24 hours.
 */
export function JournalPanel({ detail }: CasePanelProps) {
  const t = useT();
  const caseId = detail.id;
  const [revision, setRevision] = useState(0);
  // The entry to focus once the reloaded list shows it.
  const focusEntryId = useRef<string | null>(null);
  const { status, show } = usePanelStatus();
  const state = useLoad(`journal:${caseId}:${revision}`, (signal) =>
    api.GET('/api/cases/{caseId}/journal', { params: { path: { caseId } }, signal }),
  );
  const entries = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const reload = () => {
    setRevision((r) => r + 1);
  };

  // After a write or a correction, focus the entry once the reloaded list shows it.
  useEffect(() => {
    const id = focusEntryId.current;
    if (!id || !entries?.some((e) => e.id === id)) return;
    document.getElementById(journalEntryElementId(id))?.focus();
    focusEntryId.current = null;
  }, [entries]);

  const afterChange = (entry: JournalEntry, message: string) => {
    show(message, 'success');
    focusEntryId.current = entry.id;
    reload();
  };

  return (
    <section aria-labelledby="journal-heading" className="journal">
      <h2 className="section-heading" id="journal-heading">
        {t('journal.heading')}
      </h2>
      <PanelStatus status={status} />
      {detail.can.writeJournal && (
        <div className="journal-new">
          <h3 className="journal-new__heading">{t('journal.newEntryHeading')}</h3>
          <JournalEntryForm caseId={caseId} onWritten={(entry) => { afterChange(entry, t('journal.saved')); }} />
        </div>
      )}
      {state.status === 'error' && <PanelLoadError message={t('journal.loadFailed')} onRetry={reload} />}
      {!entries && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {entries && entries.length === 0 && <p className="empty-state">{t('journal.empty')}</p>}
      {entries && entries.length > 0 && (
        <ol className="journal-timeline" aria-label={t('journal.timelineLabel')}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <JournalEntryItem
                caseId={caseId}
                entry={entry}
                onCorrected={(corrected) => { afterChange(corrected, t('journal.correctedSaved')); }}
                onStale={reload}
                onCorrectionClosed={() => {
                  show(t('journal.correctionClosed'), 'error', true);
                  reload();
                }}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
