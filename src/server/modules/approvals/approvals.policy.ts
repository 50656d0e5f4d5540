import type { Actor } from '../../platform/actor.ts';
import { hasRole } from '../../platform/actor.ts';
import { policyOf } from '../../platform/access.ts';

/** Actions held for a second person; national coordinators decide (DESIGN.md §9). */
export const approvalsPolicy = policyOf('approvals');

/** Who may decide a request: a national coordinator who is not the one who asked. */
export function mayDecide(actor: Actor, requestedByUserId: string): boolean {
  return hasRole(actor, 'national_coordinator') && actor.userId !== requestedByUserId;
}
