import type { Task } from '../../../shared/schemas/tasks.ts';
import { useI18n } from '../../i18n/index.tsx';

/** The id of a task's checkbox, where focus goes back after the list reloads. */
export const taskCheckboxId = (taskId: string) => `task-${taskId}-done`;

/** A date-only value shown as a date wherever the browser is: noon keeps it on the same day. */
const dateOnly = (isoDate: string) => `${isoDate}T12:00:00`;

export interface TaskListProps {
  tasks: readonly Task[];
  /** Without the manageTasks ability the list is read-only: no checkboxes. */
  canManage: boolean;
  /** Tasks whose change is under way, with the state asked for; shown at once. */
  pending: ReadonlyMap<string, boolean>;
  onToggle: (task: Task, done: boolean) => void;
}

function TaskFacts({ task, id }: { task: Task; id: string }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const facts: string[] = [task.assigneeName ? t('tasks.assignee', { name: task.assigneeName }) : t('tasks.noAssignee')];
  if (task.dueOn) facts.push(t('tasks.due', { date: formatDate(dateOnly(task.dueOn)) }));
  return (
    <p id={id} className="task-facts">
      {facts.join(' · ')}
      {task.isOverdue && (
        <>
          {' · '}
          <strong className="task-overdue">{t('tasks.overdue')}</strong>
        </>
      )}
      {task.doneAt && (
        <>
          {' · '}
          <span className="task-done">{t('tasks.doneBy', { time: formatDateTime(task.doneAt), name: task.doneByName ?? '' })}</span>
        </>
      )}
    </p>
  );
}

/**
 * The tasks, open ones first. Each has a checkbox named by its title to mark it done or not done;
 * who, when and whether it is overdue are written out, never shown by colour alone.
 */
export function TaskList({ tasks, canManage, pending, onToggle }: TaskListProps) {
  const { t } = useI18n();
  return (
    <ul className="task-list" aria-label={t('tasks.listLabel')}>
      {tasks.map((task) => {
        const isDone = pending.get(task.id) ?? task.doneAt !== null;
        const factsId = `task-${task.id}-facts`;
        const className = `task${isDone ? ' task--done' : ''}${task.isOverdue ? ' task--overdue' : ''}`;
        return (
          <li key={task.id} className={className}>
            {canManage ? (
              <div className="choice task__choice">
                <input
                  className="choice__input"
                  type="checkbox"
                  id={taskCheckboxId(task.id)}
                  checked={isDone}
                  aria-describedby={factsId}
                  onChange={(event) => {
                    onToggle(task, event.target.checked);
                  }}
                />
                <label className="choice__label task__title" htmlFor={taskCheckboxId(task.id)}>
                  <span className="visually-hidden">{t('tasks.doneLabelPrefix')} </span>
                  {task.title}
                </label>
              </div>
            ) : (
              <p className="task__title">{task.title}</p>
            )}
            <TaskFacts task={task} id={factsId} />
          </li>
        );
      })}
    </ul>
  );
}
