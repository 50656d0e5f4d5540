import { createHash, randomBytes } from 'node:crypto';
import type { PoliceRegion, TrainingAudience, TrainingFormat, TrainingRegistrationStatus, TrainingStatus } from '../../../shared/enums.ts';
import type {
  OwnRegistration,
  PublicTraining,
  PublicTrainingList,
  RegistrationAccepted,
  RegistrationInput,
} from '../../../shared/schemas/trainings.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { badRequest, notFound } from '../../platform/problems.ts';
import type { RequestContext } from '../../platform/request-context.ts';
import { requireMunicipality } from '../reference/reference.service.ts';
import { checkPublicFormToken, countPublicFormAttempt, issuePublicFormToken, tooManySubmissions } from '../intake/intake.service.ts';
import { deliverTrainingMails, queueTrainingMails } from './training-emails.service.ts';
import type { TrainingDeps } from './training-mail.ts';
import { fillFreeSeats, mailTo, trainingConflict } from './training-seats.ts';
import {
  type TrainingWithCounts,
  countConfirmed,
  findPublishedTraining,
  findActiveRegistrationByEmail,
  findRegistrationByTokenHash,
  insertRegistration,
  listPublishedTrainings,
  lockTraining,
  setCancelTokenHash,
  setRegistrationsStatus,
  waitingPositionOf,
} from './trainings.queries.ts';

/** Registrations per client address in ten minutes: a colleague may register a few people from one office. */
export const registrationRateLimit = 10;
const formPurpose = 'training-registration';

/** Whether registration is open at the moment: published, before the deadline and the start. */
export const isOpen = (training: TrainingWithCounts['training'], now: Date) =>
  training.status === 'published' && now <= training.registrationDeadline && now < training.startsAt;

function presentPublic({ training, confirmed }: TrainingWithCounts, now: Date): PublicTraining {
  return {
    id: training.id,
    title: training.title,
    description: training.description,
    audiences: training.audiences as TrainingAudience[],
    format: training.format as TrainingFormat,
    place: training.place,
    startsAt: training.startsAt.toISOString(),
    endsAt: training.endsAt.toISOString(),
    regionCode: training.regionCode as PoliceRegion | null,
    registrationDeadline: training.registrationDeadline.toISOString(),
    seatsLeft: Math.max(0, training.capacity - confirmed),
    isOpen: isOpen(training, now),
  };
}

export async function listPublished(db: Db, now = new Date()): Promise<PublicTrainingList> {
  return { items: (await listPublishedTrainings(db, now)).map((row) => presentPublic(row, now)) };
}

/** A published event; a draft, a cancelled one or an unknown id is 404 alike. */
export async function readPublished(db: Db, unverifiedId: string, now = new Date()): Promise<PublicTraining> {
  const found = await findPublishedTraining(db, unverifiedId);
  if (!found) throw notFound('No such training.');
  return presentPublic(found, now);
}

export function registrationFormToken(keyring: Keyring): { token: string } {
  return { token: issuePublicFormToken(keyring, new Date(), formPurpose) };
}

export const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** UTB- and eight letters and digits that cannot be mistaken for each other. */
export function newReference(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('');
  return `UTB-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

const tokenMessages = {
  token_invalid: 'The form could not be verified. Load the page again and resubmit.',
  token_too_fast: 'The form was sent too quickly after it was loaded. Wait a moment and send it again.',
  token_expired: 'The form has been open too long. Load the page again and resubmit.',
} as const;

/** Every accepted submission gets this same answer: whether the address was new, already registered or a robot's is never told. */
const accepted: RegistrationAccepted = { outcome: 'check_email' };

/**
 * The public registration. In order, as the intake form: the rate limit per address (429), the
 * honeypot (the same answer, nothing stored), the fill-time token (400). Then, with the event
 * locked so concurrent registrations never overfill it: a seat while there is one, otherwise the
 * waiting list. The registrant's reference and the link with their token (kept as a hash) go by
 * e-mail only. An address already registered gets the same answer, and an e-mail with a new link
 * to its registration, so the form never tells anyone who is registered.
 */
export async function register(deps: TrainingDeps, ctx: RequestContext, unverifiedId: string, input: RegistrationInput): Promise<RegistrationAccepted> {
  const { db, keyring } = deps;
  const rate = await countPublicFormAttempt(db, ctx.clientAddress, 'training', registrationRateLimit);
  if (!rate.ok) {
    if (rate.count === registrationRateLimit + 1) await recordAudit(db, ctx, { action: 'training.registration_refused', details: { reason: 'rate_limited' } });
    throw tooManySubmissions(rate.retryAfterSeconds);
  }
  if (input.website.trim() !== '') {
    await recordAudit(db, ctx, { action: 'training.registration_refused', details: { reason: 'honeypot' } });
    return accepted;
  }
  const check = checkPublicFormToken(keyring, input.formToken, new Date(), formPurpose);
  if (!check.ok) {
    await recordAudit(db, ctx, { action: 'training.registration_refused', details: { reason: check.reason } });
    throw badRequest('Invalid input: formToken', [{ field: 'formToken', code: check.reason, message: tokenMessages[check.reason] }]);
  }

  const municipality = input.municipalityCode === null ? null : requireMunicipality(input.municipalityCode);
  const token = randomBytes(32).toString('base64url');
  const queued = await db.transaction(async (tx) => {
    const training = await lockTraining(tx, unverifiedId);
    if (!training || training.status !== 'published') throw notFound('No such training.');
    if (!isOpen(training, new Date())) throw trainingConflict('registration_closed');
    const existing = await findActiveRegistrationByEmail(tx, training.id, input.email);
    if (existing) {
      await setCancelTokenHash(tx, existing.id, tokenHashOf(token));
      await recordAudit(tx, ctx, { action: 'training.registration_link_resent', subjectId: existing.id, details: { trainingId: training.id } });
      return queueTrainingMails(tx, deps, [mailTo(existing, training, 'already_registered', token)]);
    }
    const status = (await countConfirmed(tx, training.id)) < training.capacity ? 'confirmed' : 'waiting';
    const registration = await insertRegistration(tx, {
      trainingId: training.id,
      reference: newReference(),
      name: input.name,
      email: input.email,
      organisation: input.organisation,
      organisationKind: input.organisationKind,
      municipalityCode: municipality?.code ?? null,
      regionCode: municipality?.regionCode ?? null,
      needs: input.needs === '' ? null : input.needs,
      status,
      cancelTokenHash: tokenHashOf(token),
    });
    await recordAudit(tx, ctx, { action: 'training.registered', subjectId: registration.id, details: { trainingId: training.id, status } });
    return queueTrainingMails(tx, deps, [mailTo(registration, training, status === 'confirmed' ? 'registered_confirmed' : 'registered_waiting', token)]);
  });
  await deliverTrainingMails(deps, queued);
  return accepted;
}

const noSuchRegistration = () => notFound('No such registration.');

/** The registrant's own registration, found by their token; a wrong token is 404. */
export async function readOwnRegistration(db: Db, ctx: RequestContext, token: string): Promise<OwnRegistration> {
  const found = await findRegistrationByTokenHash(db, tokenHashOf(token));
  if (!found) throw noSuchRegistration();
  const { registration, training } = found;
  await recordAudit(db, ctx, { action: 'training.registration_read', subjectId: registration.id, details: { trainingId: training.id } });
  const status = registration.status as TrainingRegistrationStatus;
  return {
    reference: registration.reference,
    status,
    waitingPosition: status === 'waiting' ? await waitingPositionOf(db, registration) : null,
    training: {
      title: training.title,
      startsAt: training.startsAt.toISOString(),
      endsAt: training.endsAt.toISOString(),
      format: training.format as TrainingFormat,
      place: training.place,
      onlineUrl: status === 'confirmed' && training.status === 'published' ? training.onlineUrl : null,
      status: training.status as TrainingStatus,
    },
  };
}

/** The registrant cancels with their token; a freed seat goes to the first on the waiting list. Cancelling twice is 409. */
export async function cancelOwnRegistration(deps: TrainingDeps, ctx: RequestContext, token: string): Promise<OwnRegistration> {
  const queued = await deps.db.transaction(async (tx) => {
    const found = await findRegistrationByTokenHash(tx, tokenHashOf(token));
    if (!found) throw noSuchRegistration();
    const training = await lockTraining(tx, found.training.id);
    // Read again under the lock: a concurrent cancellation may have come first.
    const again = await findRegistrationByTokenHash(tx, tokenHashOf(token));
    if (!training || !again || again.registration.status === 'cancelled') throw trainingConflict('registration_already_cancelled');
    if (training.endsAt <= new Date()) throw trainingConflict('training_over');
    await setRegistrationsStatus(tx, [again.registration.id], 'cancelled');
    await recordAudit(tx, ctx, { action: 'training.registration_cancelled', subjectId: again.registration.id, details: { trainingId: training.id, by: 'registrant' } });
    return queueTrainingMails(tx, deps, await fillFreeSeats(tx, ctx, training));
  });
  await deliverTrainingMails(deps, queued);
  return readOwnRegistration(deps.db, ctx, token);
}
