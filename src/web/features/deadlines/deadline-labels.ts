import type { Deadline } from '../../../shared/schemas/deadlines.ts';
import type { Translate } from '../../i18n/index.tsx';

/** What the deadline is: the task's title, or which permit. */
export function deadlineWhat(t: Translate, deadline: Deadline): string {
  switch (deadline.kind) {
    case 'task':
      return t('deadlines.kind.task', { title: deadline.title ?? '' });
    case 'reflection_period':
      return t('deadlines.kind.reflection_period');
    case 'residence_permit':
      return t('deadlines.kind.residence_permit');
    case 'return_plan':
      return t('deadlines.kind.return_plan');
    case 'return_follow_up':
      return t('deadlines.kind.return_follow_up');
  }
}

/** Where it stands, in words: "In 5 days", "Today", "Overdue by 2 days", "Done". */
export function deadlineWhen(t: Translate, deadline: Pick<Deadline, 'kind' | 'status' | 'daysLeft'>): string {
  const { status, daysLeft } = deadline;
  switch (status) {
    case 'done':
      return t('deadlines.status.done');
    case 'due_today':
      return t('deadlines.status.today');
    case 'upcoming':
      return daysLeft === 1 ? t('deadlines.status.tomorrow') : t('deadlines.status.daysLeft', { days: daysLeft });
    case 'overdue': {
      const days = -daysLeft;
      // A task left undone is late; a permit's date has simply passed.
      if (deadline.kind === 'task' || deadline.kind === 'return_plan' || deadline.kind === 'return_follow_up') return days === 1 ? t('deadlines.status.overdueOne') : t('deadlines.status.overdue', { days });
      return days === 1 ? t('deadlines.status.passedOne') : t('deadlines.status.passed', { days });
    }
  }
}
