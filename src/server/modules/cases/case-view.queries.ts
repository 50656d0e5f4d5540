import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { type CaseAccess, toCaseAccess } from './case-access.policy.ts';
import { caseAccessFactColumns, caseScope } from './cases.policy.ts';
import { type CaseRecord, selectCaseRecord, toCaseRecord } from './cases.queries.ts';
import { cases } from './cases.schema.ts';

/** A case as its view shows it: the record, and the actor's access to it. */
export interface CaseView {
  access: CaseAccess;
  record: CaseRecord;
}

/**
 * The case view's read (GET /api/cases/:id, the busiest route after the list) in one statement:
 * the record and the facts that decide the actor's abilities, inside their scope. Undefined for a
 * case that does not exist and one outside the scope alike. The same as findCaseAccess followed by
 * findCaseRecord, in one round trip and one plan instead of two.
 */
export async function findCaseView(db: Db | Tx, actor: Actor, unverifiedCaseId: string): Promise<CaseView | undefined> {
  const [row] = await selectCaseRecord(db, caseAccessFactColumns(actor)).where(and(eq(cases.id, unverifiedCaseId), caseScope(actor)));
  if (!row) return undefined;
  const access = toCaseAccess(actor, {
    caseId: row.id,
    reference: row.reference,
    regionCode: row.regionCode,
    municipalityCode: row.municipalityCode,
    phase: row.phase,
    version: row.version,
    leadUserId: row.leadUserId,
    personId: row.person.id,
    isChild: row.person.isChild,
    hasProtectedIdentity: row.person.hasProtectedIdentity,
    isLead: row.isLead,
    coordinatesRegion: row.coordinatesRegion,
    hasTeamSeat: row.hasTeamSeat,
    isNamedOnTeam: row.isNamedOnTeam,
    breakGlassExpiresAt: row.breakGlassExpiresAt,
  });
  return { access, record: toCaseRecord(row) };
}
