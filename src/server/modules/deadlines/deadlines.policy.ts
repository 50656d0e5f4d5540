import { policyOf } from '../../platform/access.ts';

/** A case's deadlines, inside the case scope. */
export const deadlinesPolicy = policyOf('deadlines');
