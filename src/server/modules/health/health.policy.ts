import { policyOf } from '../../platform/access.ts';

/** Liveness and readiness for load balancers: public, served outside the API's session handling. */
export const healthPolicy = policyOf('health');
