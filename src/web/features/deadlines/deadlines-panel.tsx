import { useState } from 'react';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Loading } from '../../components/notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { PanelLoadError } from '../journal/panel-status.tsx';
import { asFormattableDate } from './deadline-dates.ts';
import { deadlineWhat, deadlineWhen } from './deadline-labels.ts';
import './deadlines.css';

/**
 * The deadlines the system watches in the case (DESIGN.md §5): tasks with a due date, the end of
 * the reflection period and the expiry of a temporary residence permit, earliest first, with the
 * days left or overdue in words. Read-only: tasks and measures are changed in their own sections,
 * so the list can be refreshed after such a change.
 */
export function DeadlinesPanel({ detail }: CasePanelProps) {
  const { t, formatDate } = useI18n();
  const caseId = detail.id;
  const [revision, setRevision] = useState(0);
  const state = useLoad(`deadlines:${caseId}:${detail.version}:${revision}`, (signal) =>
    api.GET('/api/cases/{caseId}/deadlines', { params: { path: { caseId } }, signal }),
  );
  const items = state.status === 'ready' ? state.data.items : state.status === 'loading' ? state.stale?.items : undefined;
  const reload = () => {
    setRevision((r) => r + 1);
  };

  return (
    <section aria-labelledby="deadlines-heading" className="deadlines">
      <h2 className="section-heading" id="deadlines-heading">
        {t('deadlines.heading')}
      </h2>
      <p className="deadlines__intro">{t('deadlines.intro')}</p>
      {state.status === 'error' && <PanelLoadError message={t('deadlines.loadFailed')} onRetry={reload} />}
      {!items && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {items && items.length === 0 && <p className="empty-state">{t('deadlines.none')}</p>}
      {items && items.length > 0 && (
        <DataTable
          id="deadlines-table"
          caption={t('deadlines.caption')}
          hideCaption
          columns={[t('deadlines.col.date'), t('deadlines.col.what'), t('deadlines.col.status')]}
        >
          {items.map((deadline) => (
            <tr key={`${deadline.kind}:${deadline.subjectId}`}>
              <td className="table__nowrap">
                <time dateTime={deadline.dueOn}>{formatDate(asFormattableDate(deadline.dueOn))}</time>
              </td>
              <th scope="row" className="deadline-what">
                {deadlineWhat(t, deadline)}
              </th>
              <td className={`deadline-status deadline-status--${deadline.status}`}>{deadlineWhen(t, deadline)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {state.status !== 'error' && (
        <div className="deadlines__actions">
          <Button variant="secondary" onClick={reload}>
            {t('deadlines.refresh')}
          </Button>
        </div>
      )}
    </section>
  );
}
