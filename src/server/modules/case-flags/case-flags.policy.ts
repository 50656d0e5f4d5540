import { policyOf } from '../../platform/access.ts';

/** Flags on a case; inside a case, requireCaseAccess decides per case, and lists take the case scope. */
export const caseFlagsPolicy = policyOf('caseFlags');
