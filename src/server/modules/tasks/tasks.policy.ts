import { policyOf } from '../../platform/access.ts';

/** A case's tasks, inside the case scope. */
export const tasksPolicy = policyOf('tasks');
