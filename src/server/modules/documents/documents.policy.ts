import { policyOf } from '../../platform/access.ts';

/** A case's documents, inside the case scope. */
export const documentsPolicy = policyOf('documents');
