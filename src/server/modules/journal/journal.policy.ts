import { policyOf } from '../../platform/access.ts';

/** A case's journal, inside the case scope. */
export const journalPolicy = policyOf('journal');
