import {
  type AccountNotificationKind,
  type DuplicateNotificationKind,
  type NotificationKind,
  type ReturnNotificationKind,
  type WorkNotificationKind,
  accountNotificationKinds,
  returnNotificationKinds,
  workNotificationKinds,
} from '../../../shared/enums.ts';
import type { Notification } from '../../../shared/schemas/notifications.ts';
import type { MessageKey, Translate } from '../../i18n/index.tsx';
import { asFormattableDate, daysBetween } from '../deadlines/deadline-dates.ts';

type Subject = 'task' | 'reflection' | 'residence';
type CaseKind = Exclude<
  NotificationKind,
  'consultation_new' | 'consultation_overdue' | AccountNotificationKind | ReturnNotificationKind | DuplicateNotificationKind | WorkNotificationKind
>;

const isOneOf = <K extends NotificationKind>(kinds: readonly K[]) => (kind: NotificationKind): kind is K =>
  (kinds as readonly NotificationKind[]).includes(kind);

/** About roles: an organisation, not a case. */
export const isAccountNotification = isOneOf(accountNotificationKinds);
/** The return programme's. */
export const isReturnNotification = isOneOf(returnNotificationKinds);
/** About work handed between organisations: referrals, transfers, approvals, flags. */
export const isWorkNotification = isOneOf(workNotificationKinds);
type When = 'future' | 'tomorrow' | 'today' | 'past';

const subjectOf: Record<CaseKind, Subject> = {
  task_due: 'task',
  task_overdue: 'task',
  reflection_period_ending: 'reflection',
  reflection_period_ended: 'reflection',
  residence_permit_expiring: 'residence',
};

function whenOf(days: number): When {
  if (days > 1) return 'future';
  if (days === 1) return 'tomorrow';
  if (days === 0) return 'today';
  return 'past';
}

/**
 * A reminder in words, counted from today (not from when it was made), so an old reminder does
 * not say "in 7 days" about a date that has passed: "Betänketiden i ärende NMT-2026-000012 löper ut
 * om 7 dagar (12 dec. 2026)."
 */
export function notificationText(
  t: Translate,
  formatDate: (iso: string) => string,
  notification: Pick<Notification, 'kind' | 'caseReference' | 'dueOn' | 'organisationName'>,
  today: string,
): string {
  const { kind, dueOn } = notification;
  // About roles: which organisation, never who asked or why.
  if (isAccountNotification(kind)) return t(`notifications.roles.${kind}`, { organisation: notification.organisationName ?? '' });
  const reference = notification.caseReference ?? '';
  if (isWorkNotification(kind)) return t(`notifications.work.${kind}`, { organisation: notification.organisationName ?? '', reference });
  // A consultation's notification says what happened, not how far off the date is.
  if (kind === 'consultation_new' || kind === 'consultation_overdue') {
    const date = dueOn === null ? '' : formatDate(asFormattableDate(dueOn));
    return t(kind === 'consultation_new' ? 'notifications.consultation.new' : 'notifications.consultation.overdue', { reference, date });
  }
  // The return programme's: a case member's names the case, an IOM officer's only their organisation.
  if (isReturnNotification(kind)) {
    const date = dueOn === null ? '' : formatDate(asFormattableDate(dueOn));
    return t(`returns.notification.${kind}`, { subject: notification.caseReference ?? notification.organisationName ?? '', date });
  }
  // A decision about a possible duplicate says what was decided and when, never about whom.
  if (kind === 'duplicate_same_person' || kind === 'duplicate_not_same') {
    const date = dueOn === null ? '' : formatDate(asFormattableDate(dueOn));
    return t(kind === 'duplicate_same_person' ? 'notifications.duplicate.samePerson' : 'notifications.duplicate.notSame', { reference, date });
  }
  const subject = subjectOf[kind];
  if (dueOn === null) return t(`notifications.${subject}.past`, { reference, date: '' });
  const days = daysBetween(today, dueOn);
  const when = whenOf(days);
  const date = formatDate(asFormattableDate(dueOn));
  // An overdue reminder stays true once the date has passed: the task did become late.
  const key: MessageKey = kind === 'task_overdue' && when === 'past' ? 'notifications.task.overdue' : `notifications.${subject}.${when}`;
  return t(key, { reference, date, days });
}
