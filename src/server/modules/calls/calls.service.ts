import { z } from 'zod';
import type { CallerCategory, CallTopic, PoliceRegion } from '../../../shared/enums.ts';
import {
  type CallCreateInput,
  type CallItem,
  type CallList,
  type CallListQuery,
  type CallUpdateInput,
  checkCall,
} from '../../../shared/schemas/calls.ts';
import { stockholmDate, stockholmTimeToInstant } from '../../../shared/working-days.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { findVisibleCaseId, visibleCaseReferences } from '../cases/cases.service.ts';
import { findVisibleConsultationId, visibleConsultationReferences } from '../consultations/consultations.service.ts';
import {
  type CallChanges,
  type CallRow,
  findOwnCall,
  insertCall,
  listOwnCalls,
  updateCallFields,
} from './calls.queries.ts';

/** The dashboard's count of calls: a number, never a call. */
export { countCallsStarted } from './calls.queries.ts';

/** The references of the cases and consultations the calls link to, each only when the actor may see it. */
interface CallLinks {
  cases: Map<string, string>;
  consultations: Map<string, string>;
}

async function linksOf(db: Db | Tx, actor: Actor, rows: readonly CallRow[]): Promise<CallLinks> {
  const ids = (pick: (call: CallRow) => string | null) => rows.map(pick).filter((id): id is string => id !== null);
  return {
    cases: await visibleCaseReferences(db, actor, ids((c) => c.caseId)),
    consultations: await visibleConsultationReferences(db, actor, ids((c) => c.consultationId)),
  };
}

function present(call: CallRow, links: CallLinks): CallItem {
  const endedAt = call.endedAt;
  const caseReference = call.caseId ? links.cases.get(call.caseId) : undefined;
  return {
    id: call.id,
    startedAt: call.startedAt.toISOString(),
    endedAt: endedAt ? endedAt.toISOString() : null,
    durationSeconds: endedAt ? Math.round((endedAt.getTime() - call.startedAt.getTime()) / 1000) : null,
    callerCategory: call.callerCategory as CallerCategory,
    topic: call.topic as CallTopic,
    regionCode: call.regionCode as PoliceRegion | null,
    language: call.language,
    adviceGiven: call.adviceGiven,
    followUpNeeded: call.followUpNeeded,
    consultationId: call.consultationId,
    consultationReference: (call.consultationId && links.consultations.get(call.consultationId)) || null,
    // A case the operator cannot see (any more) is not revealed, not even by its id.
    caseId: caseReference === undefined ? null : call.caseId,
    caseReference: caseReference ?? null,
    version: call.version,
  };
}

/** The day after a YYYY-MM-DD date. */
function nextDate(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The instants a Swedish day (YYYY-MM-DD) starts and ends; 400 for a date that is not one. */
function dayOf(date: string): { from: Date; until: Date } {
  try {
    return { from: stockholmTimeToInstant(date), until: stockholmTimeToInstant(nextDate(date)) };
  } catch {
    throw badRequest('Invalid input: date', [{ field: 'date', code: 'invalid_format', message: 'not a calendar date' }]);
  }
}

/**
 * The operator's own calls of one Swedish day, newest first, as the list shows them (the linked
 * references only where the operator may see them). The list and its export both read this.
 */
export async function ownCallsOfDay(db: Db, actor: Actor, date: string): Promise<CallItem[]> {
  const { from, until } = dayOf(date);
  const rows = await listOwnCalls(db, actor, from, until);
  const links = await linksOf(db, actor, rows);
  return rows.map((call) => present(call, links));
}

/** The operator's own calls of one Swedish day, newest first. */
export async function listCalls(db: Db, ctx: ActorContext, query: CallListQuery): Promise<CallList> {
  const date = query.date ?? stockholmDate(new Date());
  const items = await ownCallsOfDay(db, ctx.actor, date);
  await recordAudit(db, ctx, { action: 'call.list', details: { date, count: items.length } });
  return { date, items };
}

// Both refusals say the same, so a reference outside what the operator may see is never confirmed to exist.
const noSuchConsultation = () =>
  badRequest('Invalid input: consultationReference', [
    { field: 'consultationReference', code: 'unknown', message: 'no such consultation' },
  ]);
const noSuchCase = () => badRequest('Invalid input: caseReference', [{ field: 'caseReference', code: 'unknown', message: 'no such case' }]);

async function consultationIdOf(tx: Tx, actor: Actor, reference: string | null): Promise<string | null> {
  if (reference === null) return null;
  const id = await findVisibleConsultationId(tx, actor, reference);
  if (!id) throw noSuchConsultation();
  return id;
}

async function caseIdOf(tx: Tx, actor: Actor, reference: string | null): Promise<string | null> {
  if (reference === null) return null;
  const id = await findVisibleCaseId(tx, actor, reference);
  if (!id) throw noSuchCase();
  return id;
}

const links = (consultationId: string | null, caseId: string | null) => ({
  ...(consultationId ? { consultationId } : {}),
  ...(caseId ? { caseId } : {}),
});

export async function createCall(
  db: Db,
  ctx: ActorContext,
  input: CallCreateInput,
  idempotency: { key: string | undefined; fingerprint: string },
): Promise<{ item: CallItem; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      const consultationId = await consultationIdOf(tx, ctx.actor, input.consultationReference);
      const caseId = await caseIdOf(tx, ctx.actor, input.caseReference);
      const created = await insertCall(tx, {
        operatorUserId: ctx.actor.userId,
        startedAt: new Date(input.startedAt),
        endedAt: input.endedAt ? new Date(input.endedAt) : null,
        callerCategory: input.callerCategory,
        topic: input.topic,
        regionCode: input.regionCode,
        language: input.language,
        adviceGiven: input.adviceGiven,
        followUpNeeded: input.followUpNeeded,
        consultationId,
        caseId,
      });
      await recordAudit(tx, ctx, { action: 'call.create', subjectId: created, details: links(consultationId, caseId) });
      return created;
    });
    const found = await findOwnCall(tx, ctx.actor, id);
    if (!found) throw notFound('No such call.');
    return { item: present(found, await linksOf(tx, ctx.actor, [found])), replayed };
  });
}

/** The rules over several fields, checked on the call as it would be after the change. */
function checkMerged(merged: Parameters<typeof checkCall>[0]): void {
  const result = z
    .custom<typeof merged>()
    .superRefine((call, ctx) => { checkCall(call, ctx); })
    .safeParse(merged);
  if (result.success) return;
  const errors = result.error.issues.map((issue) => ({ field: issue.path.join('.'), code: issue.code, message: issue.message }));
  throw badRequest(`Invalid input: ${[...new Set(errors.map((e) => e.field))].join(', ')}`, errors);
}

export async function updateCall(
  db: Db,
  ctx: ActorContext,
  callId: string,
  expectedVersion: number,
  input: CallUpdateInput,
): Promise<CallItem> {
  return db.transaction(async (tx) => {
    // Another operator's call does not exist as far as this one knows.
    const current = await findOwnCall(tx, ctx.actor, callId);
    if (!current) throw notFound('No such call.');
    if (current.version !== expectedVersion) throw staleVersion(current.version);
    const call = current;
    const changes: CallChanges = {};
    if (input.startedAt !== undefined) changes.startedAt = new Date(input.startedAt);
    if (input.endedAt !== undefined) changes.endedAt = input.endedAt === null ? null : new Date(input.endedAt);
    if (input.callerCategory !== undefined) changes.callerCategory = input.callerCategory;
    if (input.topic !== undefined) changes.topic = input.topic;
    if (input.regionCode !== undefined) changes.regionCode = input.regionCode;
    if (input.language !== undefined) changes.language = input.language;
    if (input.adviceGiven !== undefined) changes.adviceGiven = input.adviceGiven;
    if (input.followUpNeeded !== undefined) changes.followUpNeeded = input.followUpNeeded;
    if (input.consultationReference !== undefined) changes.consultationId = await consultationIdOf(tx, ctx.actor, input.consultationReference);
    if (input.caseReference !== undefined) changes.caseId = await caseIdOf(tx, ctx.actor, input.caseReference);

    const startedAt = changes.startedAt ?? call.startedAt;
    const endedAt = changes.endedAt === undefined ? call.endedAt : changes.endedAt;
    checkMerged({
      startedAt: startedAt.toISOString(),
      endedAt: endedAt ? endedAt.toISOString() : null,
      callerCategory: changes.callerCategory ?? call.callerCategory,
      adviceGiven: changes.adviceGiven === undefined ? call.adviceGiven : changes.adviceGiven,
    });

    const version = await updateCallFields(tx, call.id, expectedVersion, changes);
    if (version === undefined) throw staleVersion((await findOwnCall(tx, ctx.actor, call.id))?.version ?? expectedVersion);
    const fields = Object.keys(changes).sort();
    await recordAudit(tx, ctx, {
      action: 'call.update',
      subjectId: call.id,
      details: { fields, version, ...links(changes.consultationId ?? null, changes.caseId ?? null) },
    });
    const after = await findOwnCall(tx, ctx.actor, call.id);
    if (!after) throw notFound('No such call.');
    return present(after, await linksOf(tx, ctx.actor, [after]));
  });
}
