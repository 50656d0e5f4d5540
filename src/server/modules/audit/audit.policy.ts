import { policyOf } from '../../platform/access.ts';

/** Views of the audit log: the organisation's log of role changes for its administrators. */
export const auditPolicy = policyOf('audit');
