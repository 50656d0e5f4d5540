import { policyOf } from '../../platform/access.ts';

/** Exports of lists: the gate is the list's own; each export is scoped to its requester in exports.queries. */
export const exportsPolicy = policyOf('exports');
