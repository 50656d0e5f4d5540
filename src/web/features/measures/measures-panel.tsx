import { useEffect, useRef, useState } from 'react';
import type { MeasureType } from '../../../shared/enums.ts';
import type { Measure } from '../../../shared/schemas/measures.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Loading } from '../../components/notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { PanelLoadError, PanelStatus, usePanelStatus } from '../journal/panel-status.tsx';
import { MeasureForm } from './measure-form.tsx';
import '../journal/journal.css';
import './measures.css';

const addButtonId = 'measure-add';
const editButtonId = (measureId: string) => `measure-edit-${measureId}`;

type Editing = { kind: 'new' } | { kind: 'change'; measure: Measure } | null;

/**
 * The case's measures (insatser): a table, a form to add one and a way to change each. A change
 * is sent with the version the user saw, so someone else's change made meanwhile is not lost.
 */
export function MeasuresPanel({ detail }: CasePanelProps) {
  const { t, formatDate } = useI18n();
  const caseId = detail.id;
  const canManage = detail.can.manageMeasures;
  const [revision, setRevision] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  // The control to focus once the form has closed and the list re-rendered.
  const pendingFocus = useRef<string | null>(null);
  const { status, show } = usePanelStatus();
  const state = useLoad(`measures:${caseId}:${revision}`, (signal) =>
    api.GET('/api/cases/{caseId}/measures', { params: { path: { caseId } }, signal }),
  );
  const measures = state.status === 'ready' ? state.data.items : state.status === 'loading' ? state.stale?.items : undefined;
  const reload = () => {
    setRevision((r) => r + 1);
  };

  // Back to the button that opened the form, once it has closed and that button is on the page.
  useEffect(() => {
    if (!pendingFocus.current || editing) return;
    const target = document.getElementById(pendingFocus.current);
    if (!target) return;
    target.focus();
    pendingFocus.current = null;
  });

  const typeLabel = (type: MeasureType) => t(`measureType.${type}`);
  const dateOf = (iso: string | null) => (iso ? formatDate(`${iso}T12:00:00`) : t('measures.noDate'));
  const openerOf = (current: Editing) => (current?.kind === 'change' ? editButtonId(current.measure.id) : addButtonId);

  const close = () => {
    pendingFocus.current = openerOf(editing);
    setEditing(null);
  };

  return (
    <section aria-labelledby="measures-heading" className="measures">
      <h2 className="section-heading" id="measures-heading">
        {t('measures.heading')}
      </h2>
      <PanelStatus status={status} />
      {state.status === 'error' && <PanelLoadError message={t('measures.loadFailed')} onRetry={reload} />}
      {!measures && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {measures && measures.length === 0 && <p className="empty-state">{t('measures.empty')}</p>}
      {measures && measures.length > 0 && (
        <DataTable
          id="measures-table"
          caption={t('measures.caption')}
          hideCaption
          columns={[
            t('measures.colType'),
            t('measures.colStatus'),
            t('measures.colStart'),
            t('measures.colEnd'),
            t('measures.colNote'),
            ...(canManage ? [t('measures.colActions')] : []),
          ]}
        >
          {measures.map((measure) => (
            <tr key={measure.id}>
              <th scope="row">{typeLabel(measure.type)}</th>
              <td>{t(`measureStatus.${measure.status}`)}</td>
              <td className="table__nowrap">{dateOf(measure.startOn)}</td>
              <td className="table__nowrap">{dateOf(measure.endOn)}</td>
              <td className="measure-note">{measure.note ?? ''}</td>
              {canManage && (
                <td>
                  <Button
                    variant="secondary"
                    id={editButtonId(measure.id)}
                    aria-label={t('measures.editLabel', { type: typeLabel(measure.type) })}
                    aria-expanded={editing?.kind === 'change' && editing.measure.id === measure.id}
                    onClick={() => {
                      setEditing({ kind: 'change', measure });
                    }}
                  >
                    {t('measures.edit')}
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      {canManage && !editing && (
        <div className="measures-add">
          <Button
            variant="secondary"
            id={addButtonId}
            onClick={() => {
              setEditing({ kind: 'new' });
            }}
          >
            {t('measures.add')}
          </Button>
        </div>
      )}
      {canManage && editing && (
        <MeasureForm
          key={editing.kind === 'change' ? editing.measure.id : 'new'}
          caseId={caseId}
          existing={editing.kind === 'change' ? editing.measure : undefined}
          onSaved={(saved, wasNew) => {
            setEditing(null);
            show(wasNew ? t('measures.added', { type: typeLabel(saved.type) }) : t('measures.changed', { type: typeLabel(saved.type) }), 'success', true);
            reload();
          }}
          onStale={() => {
            setEditing(null);
            show(t('measures.stale'), 'error', true);
            reload();
          }}
          onCancel={close}
        />
      )}
    </section>
  );
}
