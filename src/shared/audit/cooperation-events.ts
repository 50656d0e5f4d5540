import { z } from 'zod';
import { approvalKinds, caseFlagKinds, referralKinds, serviceNeeds } from '../enums.ts';
import { about, calendarDate, count, flag, id, ids } from './vocabulary.ts';

const kind = z.enum(referralKinds);
const approvalKind = z.enum(approvalKinds);

/** Cooperation between organisations (issue 11): referrals, transfers, approvals and case flags. */
export const cooperationEvents = {
  'referral.list': about('case', { referralIds: ids, count }),
  /** The receiving side's queue: which referrals it was shown. */
  'referral.incoming_list': about(null, { referralIds: ids, count }),
  'referral.recipients_read': about('case', { organisationId: id.optional(), count }),
  'referral.create': about('case', { referralId: id, kind, toOrganisationId: id, serviceNeed: z.enum(serviceNeeds).nullable() }),
  'referral.accept': about('case', { referralId: id, kind, toOrganisationId: id, teamMemberId: id.optional(), approvalId: id.optional() }),
  'referral.decline': about('case', { referralId: id, kind, toOrganisationId: id }),
  'referral.revoke': about('case', { referralId: id, kind, toOrganisationId: id }),
  /** A transfer took effect: the case has a new owner (organisation, lead, perhaps region). */
  'referral.transfer_completed': about('case', { referralId: id, toOrganisationId: id, regionChanged: flag }),

  'approval.request': about('case', { approvalId: id, kind: approvalKind }),
  'approval.list': about(null, { approvalIds: ids, count }),
  'approval.approve': about('case', { approvalId: id, kind: approvalKind }),
  'approval.reject': about('case', { approvalId: id, kind: approvalKind }),
  'approval.withdraw': about('case', { approvalId: id, kind: approvalKind }),

  'case_flag.list': about('case', { flagIds: ids, count }),
  'case_flag.raise': about('case', { flagId: id, kind: z.enum(caseFlagKinds), dueOn: calendarDate.nullable() }),
  'case_flag.remove': about('case', { flagId: id, kind: z.enum(caseFlagKinds) }),
} as const;
