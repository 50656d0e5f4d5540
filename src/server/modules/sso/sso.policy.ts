import { policyOf } from '../../platform/access.ts';

/** Single sign-on: public until the session exists. */
export const ssoPolicy = policyOf('sso');
