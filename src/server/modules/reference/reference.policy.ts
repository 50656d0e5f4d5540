import { policyOf } from '../../platform/access.ts';

/** Public reference data (geography). */
export const referencePolicy = policyOf('reference');
