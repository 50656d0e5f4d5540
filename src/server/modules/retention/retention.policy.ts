import { policyOf } from '../../platform/access.ts';

/**
 * Retention periods and legal holds: system administrators, who see no case content (DESIGN.md §2,
 * §6); a hold names its case by reference number only.
 */
export const retentionPolicy = policyOf('retention');
