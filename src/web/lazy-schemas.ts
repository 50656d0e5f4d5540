/**
 * Loads a module of shared schemas on demand, with Zod set up for our CSP first, so a page whose
 * first download must stay small (the case page) fetches Zod only when a form is first sent.
 */
export async function lazySchemas<M>(load: () => Promise<M>): Promise<M> {
  const [, schemas] = await Promise.all([import('./zod-config.ts'), load()]);
  return schemas;
}

export const caseSchemas = () => lazySchemas(() => import('../shared/schemas/cases.ts'));
export const supportProcessSchemas = () => lazySchemas(() => import('../shared/schemas/support-process.ts'));
export const teamSchemas = () => lazySchemas(() => import('../shared/schemas/case-team.ts'));
export const journalSchemas = () => lazySchemas(() => import('../shared/schemas/journal.ts'));
export const taskSchemas = () => lazySchemas(() => import('../shared/schemas/tasks.ts'));
export const consultationSchemas = () => lazySchemas(() => import('../shared/schemas/consultations.ts'));
export const returnSchemas = () => lazySchemas(() => import('../shared/schemas/returns.ts'));
export const duplicateSchemas = () => lazySchemas(() => import('../shared/schemas/duplicates.ts'));
export const referralSchemas = () => lazySchemas(() => import('../shared/schemas/referrals.ts'));
export const caseFlagSchemas = () => lazySchemas(() => import('../shared/schemas/case-flags.ts'));
export const exportSchemas = () => lazySchemas(() => import('../shared/schemas/exports.ts'));
export const registerExtractSchemas = () => lazySchemas(() => import('../shared/schemas/register-extract.ts'));
export const retentionSchemas = () => lazySchemas(() => import('../shared/schemas/retention.ts'));
