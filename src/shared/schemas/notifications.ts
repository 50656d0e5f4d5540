import { z } from 'zod';
import { notificationKinds } from '../enums.ts';
import { pageQuery, uuid } from './common.ts';

export const notification = z.object({
  id: uuid,
  kind: z.enum(notificationKinds),
  /** The case the reminder is about; null for a consultation's notification. */
  caseId: uuid.nullable(),
  /** The consultation (metodstödsärende) the notification is about; null for a case's reminder. */
  consultationId: uuid.nullable(),
  /** The reference number of the case (NMT-YYYY-NNNNNN) or of the consultation (MS-YYYY-NNNNNN); null for one about roles. */
  caseReference: z.string().nullable(),
  /** For a notification about roles: the organisation it concerns. */
  organisationId: uuid.nullable(),
  organisationName: z.string().nullable(),
  /** The deadline the reminder is about (a Swedish calendar date). */
  dueOn: z.iso.date().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  /** Null while unread. */
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof notification>;

export const notificationQuery = pageQuery;
export type NotificationQuery = z.infer<typeof notificationQuery>;

/**
 * The caller's own reminders, newest first. Only reminders about cases the caller may still see
 * are listed and counted; the others stay hidden until access returns.
 */
export const notificationPage = z.object({
  items: z.array(notification),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPage>;

export const notificationParams = z.object({ notificationId: uuid });

export const notificationsMarkedRead = z.object({
  /** How many were unread and are now read. */
  marked: z.number().int(),
  unreadCount: z.number().int(),
});
export type NotificationsMarkedRead = z.infer<typeof notificationsMarkedRead>;
