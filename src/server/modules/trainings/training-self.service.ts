import { randomBytes } from 'node:crypto';
import type { OrganisationType, TrainingAudience, TrainingFormat, TrainingRegistrationStatus, TrainingStatus } from '../../../shared/enums.ts';
import type { MyRegistrationList, SelfRegistrationInput, SelfRegistrationReceipt } from '../../../shared/schemas/my-trainings.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { badRequest, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { findOrganisationById } from '../organisations/organisations.service.ts';
import { findMunicipality } from '../reference/reference.service.ts';
import { deliverTrainingMails, queueTrainingMails } from './training-emails.service.ts';
import type { TrainingDeps } from './training-mail.ts';
import { isOpen, newReference, tokenHashOf } from './training-registration.service.ts';
import { fillFreeSeats, mailTo, trainingConflict } from './training-seats.ts';
import {
  countConfirmed,
  findActiveRegistrationOfUser,
  hasActiveRegistration,
  insertRegistration,
  listRegistrationsOfUser,
  lockTraining,
  setRegistrationsStatus,
  waitingPositionOf,
} from './trainings.queries.ts';

/** The kind of organisation a training counts an organisation type as. */
export function audienceOf(type: OrganisationType): TrainingAudience {
  if (type === 'municipality') return 'municipality';
  if (type === 'ngo' || type === 'iom') return 'ngo';
  return 'authority';
}

/**
 * A signed-in member of staff registers themselves for a published event, for one of their own
 * organisations: name and e-mail from their account, organisation, its kind, region and
 * municipality from the membership. A seat while there is one, otherwise the waiting list.
 */
export async function registerSelf(deps: TrainingDeps, ctx: ActorContext, unverifiedId: string, input: SelfRegistrationInput): Promise<SelfRegistrationReceipt> {
  const membership = ctx.actor.memberships.find((m) => m.organisationId === input.organisationId);
  if (!membership) {
    throw badRequest('Invalid input: organisationId', [{ field: 'organisationId', code: 'not_member', message: 'not one of your organisations' }]);
  }
  const organisation = await findOrganisationById(deps.db, membership.organisationId);
  const municipality = organisation?.municipalityCode ? findMunicipality(organisation.municipalityCode) : undefined;
  const { receipt, queued } = await deps.db.transaction(async (tx) => {
    const training = await lockTraining(tx, unverifiedId);
    if (!training || training.status !== 'published') throw notFound('No such training.');
    if (!isOpen(training, new Date())) throw trainingConflict('registration_closed');
    if ((await findActiveRegistrationOfUser(tx, training.id, ctx.actor.userId)) || (await hasActiveRegistration(tx, training.id, ctx.actor.email))) {
      throw trainingConflict('already_registered');
    }
    const status = (await countConfirmed(tx, training.id)) < training.capacity ? 'confirmed' : 'waiting';
    const registration = await insertRegistration(tx, {
      trainingId: training.id,
      reference: newReference(),
      name: ctx.actor.name,
      email: ctx.actor.email,
      organisation: membership.organisationName,
      organisationKind: audienceOf(membership.organisationType),
      regionCode: membership.regionCode ?? municipality?.regionCode ?? null,
      municipalityCode: municipality?.code ?? null,
      userId: ctx.actor.userId,
      needs: input.needs === '' ? null : input.needs,
      status,
      // Staff cancel in the app; the token is never shown, only its hash kept for the column.
      cancelTokenHash: tokenHashOf(randomBytes(32).toString('base64url')),
    });
    await recordAudit(tx, ctx, { action: 'training.registered', subjectId: registration.id, details: { trainingId: training.id, status } });
    const waitingPosition = status === 'waiting' ? await waitingPositionOf(tx, registration) : null;
    return {
      receipt: { reference: registration.reference, status, waitingPosition } satisfies SelfRegistrationReceipt,
      queued: await queueTrainingMails(tx, deps, [mailTo(registration, training, status === 'confirmed' ? 'registered_confirmed' : 'registered_waiting')]),
    };
  });
  await deliverTrainingMails(deps, queued);
  return receipt;
}

/** The signed-in user's own registrations, latest event first. Their own data: not audited. */
export async function listMyRegistrations(db: Db, ctx: ActorContext): Promise<MyRegistrationList> {
  const rows = await listRegistrationsOfUser(db, ctx.actor.userId);
  const items = [];
  for (const { registration, training } of rows) {
    const status = registration.status as TrainingRegistrationStatus;
    items.push({
      id: registration.id,
      trainingId: training.id,
      reference: registration.reference,
      status,
      waitingPosition: status === 'waiting' ? await waitingPositionOf(db, registration) : null,
      organisation: registration.organisation,
      title: training.title,
      startsAt: training.startsAt.toISOString(),
      endsAt: training.endsAt.toISOString(),
      format: training.format as TrainingFormat,
      place: training.place,
      onlineUrl: status === 'confirmed' && training.status === 'published' ? training.onlineUrl : null,
      trainingStatus: training.status as TrainingStatus,
    });
  }
  return { items };
}

/** The signed-in user cancels their own registration of the event; a freed seat goes to the first waiting. */
export async function cancelMyRegistration(deps: TrainingDeps, ctx: ActorContext, unverifiedId: string): Promise<void> {
  const queued = await deps.db.transaction(async (tx) => {
    const training = await lockTraining(tx, unverifiedId);
    const registration = training && (await findActiveRegistrationOfUser(tx, training.id, ctx.actor.userId));
    if (!training || !registration) throw notFound('No such registration.');
    if (training.endsAt <= new Date()) throw trainingConflict('training_over');
    await setRegistrationsStatus(tx, [registration.id], 'cancelled');
    await recordAudit(tx, ctx, { action: 'training.registration_cancelled', subjectId: registration.id, details: { trainingId: training.id, by: 'registrant' } });
    return queueTrainingMails(tx, deps, await fillFreeSeats(tx, ctx, training));
  });
  await deliverTrainingMails(deps, queued);
}
