import { randomUUID } from 'node:crypto';
import { and, inArray } from 'drizzle-orm';
import type { NotificationKind } from '../../../shared/enums.ts';
import type { Tx } from '../../db/client.ts';
import { notifications } from '../notifications/notifications.schema.ts';

/** The notifications of the return programme's steps (the reminders come from the deadlines module). */
export type ReturnStepKind = Extract<
  NotificationKind,
  | 'return_referred'
  | 'return_approved'
  | 'return_declined'
  | 'return_assigned'
  | 'return_journey_planned'
  | 'return_arrived'
  | 'return_plan_recorded'
  | 'return_follow_up_recorded'
  | 'return_withdrawn'
  | 'return_ended'
>;

export interface ReturnNotification {
  kind: ReturnStepKind;
  applicationId: string;
  caseId: string;
  /** The date the step is about (Swedish calendar): today, the journey, the arrival. */
  on: string;
  /** People who see the case: the notification points at it and shows only while it is in their scope. */
  caseRecipients: readonly string[];
  /** Return officers of the IOM organisation: told about the referral, never pointed at the case. */
  iom?: { organisationId: string; recipients: readonly string[] };
}

/**
 * Tells the people a step concerns, in the same transaction as the step: in the app, and by
 * e-mail where SMTP is configured. Case members' notifications name the case (and are shown only
 * while it is in their scope); an IOM officer's names the organisation and the application only,
 * so it reveals nothing of the case. Each step is one event, so nobody is told twice.
 */
export async function notifyAboutReturn(tx: Tx, notification: ReturnNotification, emailed: boolean): Promise<void> {
  const event = randomUUID();
  const iomRecipients = new Set(notification.iom?.recipients ?? []);
  const caseRecipients = [...new Set(notification.caseRecipients)].filter((id) => !iomRecipients.has(id));
  const common = { kind: notification.kind, subjectId: notification.applicationId, dueOn: notification.on, emailStatus: emailed ? 'pending' : 'none' };
  const rows = [
    ...caseRecipients.map((userId) => ({ ...common, userId, caseId: notification.caseId, dedupeKey: `${notification.kind}:${event}:${userId}` })),
    ...[...iomRecipients].map((userId) => ({
      ...common,
      userId,
      organisationId: notification.iom!.organisationId,
      // The officer's e-mail names their organisation and links to the referral, never the case.
      dedupeKey: `${notification.kind}:${event}:${userId}`,
    })),
  ];
  if (rows.length === 0) return;
  await tx.insert(notifications).values(rows).onConflictDoNothing({ target: notifications.dedupeKey });
}

/**
 * The milestones are cancelled (the participation ended early): their reminders go too, read or
 * not, and an e-mail not yet sent is never sent, so no alert is left behind about them.
 */
export async function removeMilestoneReminders(tx: Tx, milestoneIds: readonly string[]): Promise<number> {
  if (milestoneIds.length === 0) return 0;
  const removed = await tx
    .delete(notifications)
    .where(and(inArray(notifications.subjectId, [...milestoneIds]), inArray(notifications.kind, ['return_plan_due', 'return_follow_up_due'])))
    .returning({ id: notifications.id });
  return removed.length;
}
