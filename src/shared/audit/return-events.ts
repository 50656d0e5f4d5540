import { z } from 'zod';
import { returnEndReasons, returnMilestoneKinds } from '../schemas/returns.ts';
import { about, count, id, ids } from './vocabulary.ts';

/**
 * The IOM return programme. Each event is about the case the application belongs to, so "who has
 * seen this case?" also names the IOM staff who read its referral; details are ids and enums only.
 */
export const returnEvents = {
  'return.list': about(null, { returnIds: ids, count }),
  'return.case_read': about('case', { returnIds: ids, count }),
  'return.read': about('case', { returnId: id }),
  'return.iom_organisations_read': about(null, { count }),
  'return.referred': about('case', { returnId: id }),
  'return.decided': about('case', { returnId: id, decision: z.enum(['approve', 'decline']) }),
  'return.assigned': about('case', { returnId: id, organisationId: id }),
  'return.journey_planned': about('case', { returnId: id }),
  'return.arrival_recorded': about('case', { returnId: id, milestoneIds: ids }),
  'return.plan_recorded': about('case', { returnId: id, milestoneId: id }),
  'return.follow_up_recorded': about('case', { returnId: id, milestoneId: id, kind: z.enum(returnMilestoneKinds) }),
  'return.withdrawn': about('case', { returnId: id }),
  /** Ended before the 12-month follow-up; the open milestones (and their reminders) are cancelled. */
  'return.ended': about('case', { returnId: id, reason: z.enum(returnEndReasons), cancelledMilestoneIds: ids }),
} as const;
