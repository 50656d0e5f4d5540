import { useEffect, useReducer, useRef } from 'react';
import type { Task } from '../../../shared/schemas/tasks.ts';
import { api, ifMatch, isApiError, isStaleVersion } from '../../api.ts';
import { Loading } from '../../components/notice.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { PanelLoadError, PanelStatus, usePanelStatus } from '../journal/panel-status.tsx';
import { TaskForm } from './task-form.tsx';
import { TaskList, taskCheckboxId } from './task-list.tsx';
import '../journal/journal.css';
import './tasks.css';

interface ListState {
  /** Bumped to load the list again. */
  revision: number;
  /**
   * Ticked tasks show their new state at once: while the request runs (reloadedBy null), and until
   * the list has reloaded after it (reloadedBy: the revision of that reload).
   */
  ticked: ReadonlyMap<string, { done: boolean; reloadedBy: number | null }>;
}

type ListAction =
  | { type: 'reload' }
  | { type: 'tick'; taskId: string; done: boolean }
  /** The change is answered (done: null when refused); the list reloads. */
  | { type: 'settle'; taskId: string; done: boolean | null };

function listReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case 'reload':
      return { ...state, revision: state.revision + 1 };
    case 'tick':
      return { ...state, ticked: new Map(state.ticked).set(action.taskId, { done: action.done, reloadedBy: null }) };
    case 'settle': {
      const revision = state.revision + 1;
      const ticked = new Map(state.ticked);
      // A refused change shows the server's state again once the list has reloaded.
      if (action.done === null) ticked.delete(action.taskId);
      else ticked.set(action.taskId, { done: action.done, reloadedBy: revision });
      return { revision, ticked };
    }
  }
}

/**
 * The case's tasks: a list to tick off (open first, by due date) and a form to add one. After a
 * change the list reloads in its new order and focus returns to the same task's checkbox.
 */
export function TasksPanel({ detail }: CasePanelProps) {
  const t = useT();
  const caseId = detail.id;
  const canManage = detail.can.manageTasks;
  const [{ revision, ticked }, dispatch] = useReducer(listReducer, { revision: 0, ticked: new Map() });
  // The task whose checkbox gets focus back once the reloaded list shows it in its new place.
  const focusId = useRef<string | null>(null);
  const { status, show } = usePanelStatus();
  const state = useLoad(`tasks:${caseId}:${revision}`, (signal) =>
    api.GET('/api/cases/{caseId}/tasks', { params: { path: { caseId } }, signal }),
  );
  const tasks = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const reload = () => {
    dispatch({ type: 'reload' });
  };

  useEffect(() => {
    if (state.status !== 'ready' || !focusId.current) return;
    document.getElementById(taskCheckboxId(focusId.current))?.focus();
    focusId.current = null;
  }, [state]);

  const settle = (taskId: string, done: boolean | null) => {
    focusId.current = taskId;
    dispatch({ type: 'settle', taskId, done });
  };

  const onToggle = (task: Task, done: boolean) => {
    if (ticked.get(task.id)?.reloadedBy === null) return;
    dispatch({ type: 'tick', taskId: task.id, done });
    api.PATCH('/api/cases/{caseId}/tasks/{taskId}', {
      params: { path: { caseId, taskId: task.id }, header: ifMatch(task.version) },
      body: { done },
    }).then(
      () => {
        show(done ? t('tasks.markedDone', { title: task.title }) : t('tasks.markedOpen', { title: task.title }), 'success');
        settle(task.id, done);
      },
      (failure: unknown) => {
        if (isStaleVersion(failure)) show(t('tasks.stale'), 'error');
        else if (isApiError(failure, 403)) show(t('tasks.forbidden'), 'error');
        else show(isApiError(failure, 0) ? t('app.serverUnavailable') : t('tasks.changeFailed'), 'error');
        settle(task.id, null);
      },
    );
  };
  const loadedRevision = state.status === 'ready' ? revision : -1;
  const shownDone = new Map(
    [...ticked].filter(([, tick]) => tick.reloadedBy === null || loadedRevision < tick.reloadedBy).map(([id, tick]) => [id, tick.done]),
  );

  return (
    <section aria-labelledby="tasks-heading" className="tasks">
      <h2 className="section-heading" id="tasks-heading">
        {t('tasks.heading')}
      </h2>
      <PanelStatus status={status} />
      {state.status === 'error' && <PanelLoadError message={t('tasks.loadFailed')} onRetry={reload} />}
      {!tasks && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {tasks && tasks.length === 0 && <p className="empty-state">{t('tasks.empty')}</p>}
      {tasks && tasks.length > 0 && <TaskList tasks={tasks} canManage={canManage} pending={shownDone} onToggle={onToggle} />}
      {canManage && (
        <div className="tasks-new">
          <h3 className="tasks-new__heading">{t('tasks.addHeading')}</h3>
          <TaskForm
            caseId={caseId}
            onAdded={(task) => {
              // Focus the status, not the new task: the form stays ready for the next one below it.
              show(t('tasks.added', { title: task.title }), 'success', true);
              reload();
            }}
          />
        </div>
      )}
    </section>
  );
}
