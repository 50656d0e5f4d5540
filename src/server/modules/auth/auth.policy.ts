import { policyOf } from '../../platform/access.ts';

/** Sign-in, setup and who am I: public until the session exists. */
export const authPolicy = policyOf('auth');
