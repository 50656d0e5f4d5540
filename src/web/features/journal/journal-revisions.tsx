import { useState } from 'react';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { Loading } from '../../components/notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';

interface RevisionsProps {
  caseId: string;
  entryId: string;
  count: number;
}

function RevisionList({ caseId, entryId, count }: RevisionsProps) {
  const { t, formatDateTime } = useI18n();
  // The count is in the key, so a new correction loads the list again.
  const state = useLoad(`journal-revisions:${entryId}:${count}`, (signal) =>
    api.GET('/api/cases/{caseId}/journal/{entryId}/revisions', { params: { path: { caseId, entryId } }, signal }),
  );
  if (state.status === 'loading') return <Loading label={t('journal.revisionsLoading')} />;
  if (state.status === 'error') return <p className="field-error">{t('journal.revisionsFailed')}</p>;
  return (
    <ol className="journal-revisions" aria-label={t('journal.revisionsLabel')}>
      {state.data.map((revision) => (
        <li key={revision.id} className="journal-revision">
          <p className="journal-meta">
            {t('journal.revisionMeta', {
              written: formatDateTime(revision.writtenAt),
              replaced: formatDateTime(revision.replacedAt),
            })}
          </p>
          <p className="journal-body">{revision.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** A disclosure with the texts an entry had before its corrections, loaded when opened. */
export function JournalRevisions(props: RevisionsProps) {
  const { t } = useI18n();
  const [isOpen, setIsOpen] = useState(false);
  const regionId = `journal-revisions-${props.entryId}`;
  return (
    <div className="journal-revisions-disclosure">
      <Button
        variant="quiet"
        aria-expanded={isOpen}
        aria-controls={regionId}
        onClick={() => {
          setIsOpen((open) => !open);
        }}
      >
        {isOpen ? t('journal.hideRevisions') : t('journal.showRevisions', { count: props.count })}
      </Button>
      <div id={regionId} hidden={!isOpen}>
        {isOpen && <RevisionList {...props} />}
      </div>
    </div>
  );
}
