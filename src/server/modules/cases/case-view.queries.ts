import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { type CaseAccess, toCaseAccess } from './case-access.policy.ts';
import { caseAccessFactColumns, caseScope } from './cases.policy.ts';
import { type CaseRecord, selectCaseRecord, toCaseRecord } from './case-record.queries.ts';
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
export async function findCaseView(db: Db, actor: Actor, unverifiedCaseId: string): Promise<CaseView | undefined> {
  const [row] = await viewQueryFor(db, actor).execute({ caseId: unverifiedCaseId });
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

function buildViewQuery(db: Db, actor: Actor) {
  return selectCaseRecord(db, caseAccessFactColumns(actor)).where(and(eq(cases.id, sql.placeholder('caseId')), caseScope(actor)));
}

type ViewQuery = ReturnType<ReturnType<typeof buildViewQuery>['prepare']>;

/** How many actors' statements are kept; an actor beyond it has theirs built again. */
const cachedActors = 500;
const viewQueries = new WeakMap<Db, Map<string, ViewQuery>>();

/**
 * The view's statement for this actor, built once. Building it (some forty columns and the scope)
 * costs about a millisecond of CPU, the largest part of a view's time in Node. The statement
 * depends on nothing of the actor but their id and memberships (organisations, regions, roles),
 * so those are the key: a changed membership is another key, and takes effect at the next request
 * as before. Each is prepared on the server under a name from its SQL text, which depends only on
 * how many organisations and regions the actor has, so actors of the same shape share a plan and
 * a connection holds a handful of them; the values of each actor are bound at every execution.
 */
function viewQueryFor(db: Db, actor: Actor): ViewQuery {
  let byActor = viewQueries.get(db);
  if (!byActor) viewQueries.set(db, (byActor = new Map<string, ViewQuery>()));
  const key = JSON.stringify([actor.userId, actor.memberships]);
  let query = byActor.get(key);
  if (query) {
    // Most recently used last, so the first is the one to drop.
    byActor.delete(key);
  } else {
    const built = buildViewQuery(db, actor);
    query = built.prepare(`case_view_${createHash('sha256').update(built.toSQL().sql).digest('hex').slice(0, 16)}`);
    if (byActor.size >= cachedActors) byActor.delete(byActor.keys().next().value!);
  }
  byActor.set(key, query);
  return query;
}
