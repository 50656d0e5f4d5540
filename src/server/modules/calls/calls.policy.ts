import { policyOf } from '../../platform/access.ts';

/** The support line's call log: its operators, each call scoped in calls.queries. */
export const callsPolicy = policyOf('calls');
