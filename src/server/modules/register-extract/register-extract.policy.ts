import { policyOf } from '../../platform/access.ts';

/** Register extracts (GDPR Art. 15): the data protection officer (auditor role) searches and delivers them. */
export const registerExtractPolicy = policyOf('registerExtract');
