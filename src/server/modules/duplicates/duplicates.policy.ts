import { policyOf } from '../../platform/access.ts';

/** Possible duplicates of a case's person; the case's abilities and scope decide who sees which. */
export const duplicatesPolicy = policyOf('duplicates');
