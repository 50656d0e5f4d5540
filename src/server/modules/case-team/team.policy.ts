import { policyOf } from '../../platform/access.ts';

/** The case team and its legal bases; inside a case, requireCaseAccess decides per case. */
export const teamPolicy = policyOf('caseTeam');
