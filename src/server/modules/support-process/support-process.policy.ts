import { policyOf } from '../../platform/access.ts';

/** Phases and checklists inside a case (requireCaseAccess decides per case) and the checklist catalogue. */
export const supportProcessPolicy = policyOf('supportProcess');
