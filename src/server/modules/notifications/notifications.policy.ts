import { policyOf } from '../../platform/access.ts';

/** A user's own notifications; notifications.queries shows only those about what they still see. */
export const notificationsPolicy = policyOf('notifications');
