import type { Measure, MeasureCreateInput, MeasureList, MeasureUpdateInput } from '../../../shared/schemas/measures.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { type FieldError, badRequest, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { requireCaseAccess } from '../cases/case-access.policy.ts';
import { noteIdentityError, resolveMeasureDates } from './measure-rules.ts';
import { findMeasure, insertMeasure, listMeasures, type MeasureFields, updateMeasure } from './measures.queries.ts';

const measureFieldNames = ['type', 'status', 'startOn', 'endOn', 'note'] as const satisfies readonly (keyof MeasureFields)[];

function refuse(errors: FieldError[]): never {
  throw badRequest(`Invalid input: ${[...new Set(errors.map((e) => e.field))].join(', ')}`, errors);
}

/** The measure as it will be stored, with the rules of measure-rules applied; 400 when they refuse. */
function settle(
  merged: Omit<MeasureFields, 'endOn'>,
  sentEndOn: string | null | undefined,
  storedEndOn: string | null,
): MeasureFields {
  const dates = resolveMeasureDates({ type: merged.type, startOn: merged.startOn, sentEndOn, storedEndOn });
  const noteError = noteIdentityError(merged.note);
  const errors = [...(dates.ok ? [] : dates.errors), ...(noteError ? [noteError] : [])];
  if (!dates.ok || errors.length > 0) refuse(errors);
  return { ...merged, startOn: dates.startOn, endOn: dates.endOn };
}

export async function listCaseMeasures(db: Db, ctx: ActorContext, unverifiedCaseId: string): Promise<MeasureList> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const items = await listMeasures(db, access.caseId);
  await recordAudit(db, ctx, { action: 'measure.list', subjectId: access.caseId, details: { measureIds: items.map((m) => m.id) } });
  return { items };
}

/**
 * Records a measure in the case. With an Idempotency-Key, a retry answers the measure the first
 * request created instead of recording a second one.
 */
export async function createMeasure(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  input: MeasureCreateInput,
  idempotency: { key: string | undefined; fingerprint: string },
): Promise<{ measure: Measure; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageMeasures');
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      const fields = settle(input, input.endOn, null);
      const created = await insertMeasure(tx, access.caseId, fields, ctx.actor.userId);
      await recordAudit(tx, ctx, {
        action: 'measure.create',
        subjectId: access.caseId,
        details: { measureId: created },
      });
      return created;
    });
    const measure = await findMeasure(tx, access.caseId, id);
    if (!measure) throw notFound('No such measure.');
    if (replayed) {
      await recordAudit(tx, ctx, { action: 'measure.list', subjectId: access.caseId, details: { measureIds: [id], idempotentReplay: true } });
    }
    return { measure, replayed };
  });
}

/**
 * Changes a measure the client read at `expectedVersion`: 412 when someone changed it since, so
 * no one overwrites a change they have not seen. The rules are checked on the measure as it
 * would be after the change.
 */
export async function changeMeasure(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  unverifiedMeasureId: string,
  expectedVersion: number,
  input: MeasureUpdateInput,
): Promise<Measure> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageMeasures');
    const current = await findMeasure(tx, access.caseId, unverifiedMeasureId);
    if (!current) throw notFound('No such measure.');
    // The rules would be checked against a measure the client has not seen: say so first.
    if (current.version !== expectedVersion) throw staleVersion(current.version);
    const fields = settle(
      {
        type: input.type ?? current.type,
        status: input.status ?? current.status,
        startOn: input.startOn === undefined ? current.startOn : input.startOn,
        note: input.note === undefined ? current.note : input.note,
      },
      input.endOn,
      current.endOn,
    );
    if (!(await updateMeasure(tx, access.caseId, current.id, expectedVersion, fields))) {
      const now = await findMeasure(tx, access.caseId, current.id);
      throw staleVersion(now?.version ?? current.version);
    }
    await recordAudit(tx, ctx, {
      action: 'measure.update',
      subjectId: access.caseId,
      details: { measureId: current.id, changed: measureFieldNames.filter((name) => fields[name] !== current[name]) },
    });
    const updated = await findMeasure(tx, access.caseId, current.id);
    if (!updated) throw notFound('No such measure.');
    return updated;
  });
}

/** How long a reflection period runs from its decision (DESIGN.md §5), for the deadlines that watch it. */
export { reflectionPeriodDays } from './measure-rules.ts';
