import { policyOf } from '../../platform/access.ts';

/** The person and identity of a case; caseAbilities decides who shows identity. */
export const personsPolicy = policyOf('persons');
