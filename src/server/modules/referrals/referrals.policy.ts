import type { ReferralKind } from '../../../shared/enums.ts';
import type { Referral } from '../../../shared/schemas/referrals.ts';
import type { Actor } from '../../platform/actor.ts';
import { policyOf } from '../../platform/access.ts';
import type { ReferralRow } from './referrals.queries.ts';
import { answeringRoles } from './referrals.queries.ts';

/** Referrals and transfers between organisations (issue 11). */
export const referralsPolicy = policyOf('referrals');

/**
 * The organisations whose queue the actor answers: those in which they hold a case role (for a
 * transfer, the regional coordinator role). Every incoming list, count and decision is narrowed
 * to these inside the SQL.
 */
export function answeringOrganisationIds(actor: Actor, kind: ReferralKind | 'any'): string[] {
  const roles = kind === 'any' ? answeringRoles('referral') : answeringRoles(kind);
  return actor.memberships.filter((m) => m.roles.some((r) => roles.includes(r))).map((m) => m.organisationId);
}

export const isOpen = (status: ReferralRow['status']) => status === 'pending';

/** The sender may revoke while it waits for an answer, and a transfer also while it waits for approval. */
export const isRevocable = (row: Pick<ReferralRow, 'kind' | 'status'>) =>
  isOpen(row.status) || (row.kind === 'transfer' && row.status === 'awaiting_approval');

/**
 * What the actor may do with a referral: the receiving organisation's answering members accept or
 * decline it while it is pending; the sending side (who works in the case) revokes it while it is
 * pending (a transfer also while it waits for approval). Nothing is possible once it is done.
 */
export function referralAbilities(actor: Actor, row: ReferralRow, worksInCase: boolean): Referral['can'] {
  const answers = isOpen(row.status) && answeringOrganisationIds(actor, row.kind).includes(row.toOrganisationId);
  return { accept: answers, decline: answers, revoke: isRevocable(row) && worksInCase };
}
