import { policyOf } from '../../platform/access.ts';

/** A case's measures, inside the case scope. */
export const measuresPolicy = policyOf('measures');
