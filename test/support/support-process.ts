import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { CasePhase } from '../../src/shared/enums.ts';
import type { SupportProcessState } from '../../src/shared/schemas/support-process.ts';
import type { Db } from '../../src/server/db/client.ts';
import { cases, organisations } from '../../src/server/db/schema/index.ts';
import { buildOrganisation } from './factories.ts';

/** Social services (an organisation of type municipality) serving one municipality. */
export async function buildSocialServices(db: Db, municipalityCode: string): Promise<string> {
  const id = await buildOrganisation(db, { type: 'municipality', name: `Socialtjänsten ${municipalityCode}` });
  await db.update(organisations).set({ municipalityCode }).where(eq(organisations.id, id));
  return id;
}

/** Sets a case's own fields straight in the database (the case edit route is not under test here). */
export async function setCaseFields(db: Db, caseId: string, fields: Partial<typeof cases.$inferInsert>): Promise<void> {
  await db.update(cases).set(fields).where(eq(cases.id, caseId));
}

export async function readSupportProcess(app: FastifyInstance, cookie: string, caseId: string): Promise<SupportProcessState> {
  const response = await app.inject({ method: 'GET', url: `/api/cases/${caseId}/support-process`, headers: { cookie } });
  if (response.statusCode !== 200) throw new Error(`process read failed: ${response.statusCode} ${response.body}`);
  return response.json<SupportProcessState>();
}

export function movePhaseAs(
  app: FastifyInstance,
  cookie: string,
  caseId: string,
  version: number | undefined,
  body: { to: CasePhase; reason?: string },
) {
  return app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/phase`,
    headers: { cookie, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
    payload: body,
  });
}

export function tickAs(app: FastifyInstance, cookie: string, caseId: string, itemId: string, done = true) {
  return app.inject({ method: 'PUT', url: `/api/cases/${caseId}/checklist/${itemId}`, headers: { cookie }, payload: { done } });
}

/** Ticks every required item of the case's current phase. */
export async function tickRequired(app: FastifyInstance, cookie: string, caseId: string): Promise<void> {
  const state = await readSupportProcess(app, cookie, caseId);
  const current = state.phases.find((p) => p.phase === state.phase)!;
  for (const item of current.checklist.filter((i) => i.isRequired && !i.done)) {
    const response = await tickAs(app, cookie, caseId, item.itemId);
    if (response.statusCode !== 200) throw new Error(`tick failed: ${response.statusCode} ${response.body}`);
  }
}
