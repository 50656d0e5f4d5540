import { policyOf } from '../../platform/access.ts';

/** The coordinators' dashboard, counted inside the consultation scope. */
export const dashboardPolicy = policyOf('dashboard');
