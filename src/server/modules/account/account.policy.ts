import { policyOf } from '../../platform/access.ts';

/** A user's own account: signed-in users act on themselves only. */
export const accountPolicy = policyOf('account');
