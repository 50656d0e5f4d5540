import { policyOf } from '../../platform/access.ts';

/** A person's own account: signed-in people act on themselves only. */
export const accountPolicy = policyOf('account');
