import { policyOf } from '../../platform/access.ts';

/** The public form: open to anyone, defended by intake-guard.ts. */
export const intakePolicy = policyOf('intake');
