import { z } from 'zod';
import type { PoliceRegion, TrainingAudience, TrainingFormat, TrainingStatus } from '../../../shared/enums.ts';
import {
  type OrganiserRegions,
  type TrainingCreateInput,
  type TrainingEvaluationInput,
  type TrainingItem,
  type TrainingList,
  type TrainingListQuery,
  type TrainingUpdateInput,
  checkTraining,
} from '../../../shared/schemas/trainings.ts';
import type { Db, Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, conflict, notFound } from '../../platform/problems.ts';
import type { SQL } from 'drizzle-orm';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { deliverTrainingMails, queueTrainingMails } from './training-emails.service.ts';
import type { TrainingDeps, TrainingMail } from './training-mail.ts';
import { fillFreeSeats, mailTo } from './training-seats.ts';
import { mayOrganiseIn, organiserRegionsOf, trainingListScope, trainingScope } from './trainings.policy.ts';
import {
  type TrainingChanges,
  type TrainingWithCounts,
  activeRegistrationsOf,
  countConfirmed,
  findTrainingWithCounts,
  insertTraining,
  listTrainingsWithCounts,
  lockTraining,
  setRegistrationsStatus,
  updateTrainingFields,
} from './trainings.queries.ts';

export function presentTraining({ training, confirmed, waiting, attended, canManage = true }: TrainingWithCounts): TrainingItem {
  return {
    id: training.id,
    title: training.title,
    description: training.description,
    audiences: training.audiences as TrainingAudience[],
    format: training.format as TrainingFormat,
    place: training.place,
    onlineUrl: training.onlineUrl,
    startsAt: training.startsAt.toISOString(),
    endsAt: training.endsAt.toISOString(),
    regionCode: training.regionCode as PoliceRegion | null,
    capacity: training.capacity,
    registrationDeadline: training.registrationDeadline.toISOString(),
    status: training.status as TrainingStatus,
    counts: { confirmed, waiting, attended },
    evaluation:
      training.evaluationCount === null
        ? null
        : { count: training.evaluationCount, averageRating: training.evaluationAverage, comments: training.evaluationComments },
    version: training.version,
    canManage,
  };
}

const noSuchTraining = () => notFound('No such training.');

async function readPresented(db: Db | Tx, scope: SQL, trainingId: string): Promise<TrainingItem> {
  const found = await findTrainingWithCounts(db, scope, trainingId);
  if (!found) throw noSuchTraining();
  return presentTraining(found);
}

/** Upcoming (soonest first) or past (latest first) events with their counts (trainingListScope). No registrant data: not audited. */
export async function listTrainings(db: Db, ctx: ActorContext, query: TrainingListQuery, now = new Date()): Promise<TrainingList> {
  const rows = await listTrainingsWithCounts(db, trainingListScope(ctx.actor), trainingScope(ctx.actor), query.when, now);
  return { items: rows.map((row) => presentTraining({ ...row, canManage: Boolean(row.canManage) })) };
}

export const organiserRegions = (ctx: ActorContext): OrganiserRegions => organiserRegionsOf(ctx.actor);

/** An event the organiser manages; another region's is 404 as an unknown one. */
export async function readTraining(db: Db, ctx: ActorContext, unverifiedId: string): Promise<TrainingItem> {
  return readPresented(db, trainingScope(ctx.actor), unverifiedId);
}

/** A regional coordinator places events only in their own region(s). */
function checkRegion(ctx: ActorContext, regionCode: PoliceRegion | null): void {
  if (mayOrganiseIn(ctx.actor, regionCode)) return;
  throw badRequest('Invalid input: regionCode', [{ field: 'regionCode', code: 'outside_scope', message: 'not a region you organise trainings in' }]);
}

export async function createTraining(
  db: Db,
  ctx: ActorContext,
  input: TrainingCreateInput,
  idempotency: { key: string | undefined; fingerprint: string },
): Promise<{ item: TrainingItem; replayed: boolean }> {
  checkRegion(ctx, input.regionCode);
  return db.transaction(async (tx) => {
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      const created = await insertTraining(tx, {
        ...input,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        registrationDeadline: new Date(input.registrationDeadline),
        createdByUserId: ctx.actor.userId,
      });
      await recordAudit(tx, ctx, { action: 'training.create', subjectId: created, details: { status: input.status } });
      return created;
    });
    return { item: await readPresented(tx, trainingScope(ctx.actor), id), replayed };
  });
}

function checkMerged(merged: Parameters<typeof checkTraining>[0]): void {
  const result = z
    .custom<typeof merged>()
    .superRefine((training, ctx) => { checkTraining(training, ctx); })
    .safeParse(merged);
  if (result.success) return;
  const errors = result.error.issues.map((issue) => ({ field: issue.path.join('.'), code: issue.code, message: issue.message }));
  throw badRequest(`Invalid input: ${[...new Set(errors.map((e) => e.field))].join(', ')}`, errors);
}

function changesOf(input: TrainingUpdateInput): TrainingChanges {
  const changes: TrainingChanges = {};
  for (const [key, value] of Object.entries(input) as [keyof TrainingUpdateInput, unknown][]) {
    if (value === undefined) continue;
    const asDate = key === 'startsAt' || key === 'endsAt' || key === 'registrationDeadline';
    (changes as Record<string, unknown>)[key] = asDate ? new Date(value as string) : value;
  }
  return changes;
}

/**
 * Changes an event (send only what changes, with its version). A cancelled event stays cancelled.
 * Cancelling ends every registration and tells the registrants; a capacity below the seats taken
 * is refused; a larger capacity gives the new seats to the waiting list in order.
 */
export async function updateTraining(
  deps: TrainingDeps,
  ctx: ActorContext,
  unverifiedId: string,
  expectedVersion: number,
  input: TrainingUpdateInput,
): Promise<TrainingItem> {
  const mails: TrainingMail[] = [];
  const scope = trainingScope(ctx.actor);
  if (input.regionCode !== undefined) checkRegion(ctx, input.regionCode);
  const { item, queued } = await deps.db.transaction(async (tx) => {
    const current = await lockTraining(tx, unverifiedId, scope);
    if (!current) throw noSuchTraining();
    if (current.version !== expectedVersion) throw staleVersion(current.version);
    if (current.status === 'cancelled') throw conflict('A cancelled training cannot be changed.');
    const changes = changesOf(input);
    const status = (changes.status ?? current.status) as TrainingStatus;
    checkMerged({
      format: changes.format ?? current.format,
      place: changes.place === undefined ? current.place : changes.place,
      onlineUrl: changes.onlineUrl === undefined ? current.onlineUrl : changes.onlineUrl,
      startsAt: (changes.startsAt ?? current.startsAt).toISOString(),
      endsAt: (changes.endsAt ?? current.endsAt).toISOString(),
      registrationDeadline: (changes.registrationDeadline ?? current.registrationDeadline).toISOString(),
    });
    const active = await activeRegistrationsOf(tx, current.id);
    if (status === 'draft' && current.status === 'published' && active.length > 0) {
      throw conflict('A training with registrations cannot go back to draft; cancel it instead.');
    }
    if (changes.capacity !== undefined && changes.capacity < (await countConfirmed(tx, current.id))) {
      throw badRequest('Invalid input: capacity', [{ field: 'capacity', code: 'below_registered', message: 'fewer seats than registrants holding one' }]);
    }
    const version = await updateTrainingFields(tx, current.id, expectedVersion, changes);
    if (version === undefined) throw staleVersion(current.version);
    await recordAudit(tx, ctx, { action: 'training.update', subjectId: current.id, details: { fields: Object.keys(changes).sort(), version, status } });
    const updated = (await lockTraining(tx, current.id))!;
    if (status === 'cancelled') {
      await setRegistrationsStatus(
        tx,
        active.map((r) => r.id),
        'cancelled',
      );
      for (const registration of active) {
        await recordAudit(tx, ctx, {
          action: 'training.registration_cancelled',
          subjectId: registration.id,
          details: { trainingId: current.id, by: 'training_cancelled' },
        });
        mails.push(mailTo(registration, updated, 'training_cancelled'));
      }
    } else {
      mails.push(...(await fillFreeSeats(tx, ctx, updated)));
    }
    return { item: await readPresented(tx, scope, current.id), queued: await queueTrainingMails(tx, deps, mails) };
  });
  await deliverTrainingMails(deps, queued);
  return item;
}

/** Records (or replaces) the organiser's summary of the evaluations. */
export async function recordEvaluation(
  db: Db,
  ctx: ActorContext,
  unverifiedId: string,
  expectedVersion: number,
  input: TrainingEvaluationInput,
): Promise<TrainingItem> {
  const scope = trainingScope(ctx.actor);
  return db.transaction(async (tx) => {
    const current = await lockTraining(tx, unverifiedId, scope);
    if (!current) throw noSuchTraining();
    if (current.version !== expectedVersion) throw staleVersion(current.version);
    const version = await updateTrainingFields(tx, current.id, expectedVersion, {
      evaluationCount: input.count,
      evaluationAverage: input.averageRating === null ? null : Math.round(input.averageRating * 100) / 100,
      evaluationComments: input.comments,
    });
    if (version === undefined) throw staleVersion(current.version);
    await recordAudit(tx, ctx, { action: 'training.evaluation', subjectId: current.id, details: { version, evaluations: input.count } });
    return readPresented(tx, scope, current.id);
  });
}
