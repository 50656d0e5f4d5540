import { createHash, randomBytes } from 'node:crypto';
import type { PoliceRegion, TrainingAudience, TrainingFormat, TrainingRegistrationStatus, TrainingStatus } from '../../../shared/enums.ts';
import type {
  OwnRegistration,
  PublicTraining,
  PublicTrainingList,
  RegistrationInput,
  RegistrationReceipt,
} from '../../../shared/schemas/trainings.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { badRequest, conflict, notFound } from '../../platform/problems.ts';
import type { RequestContext } from '../../platform/request-context.ts';
import { requireMunicipality } from '../reference/reference.service.ts';
import { checkPublicFormToken, countPublicFormAttempt, issuePublicFormToken, tooManySubmissions } from '../intake/intake.service.ts';
import { type TrainingDeps, type TrainingMail, sendTrainingMails } from './training-mail.ts';
import { fillFreeSeats, mailTo } from './training-seats.ts';
import {
  type TrainingWithCounts,
  countConfirmed,
  findPublishedTraining,
  findRegistrationByTokenHash,
  hasActiveRegistration,
  insertRegistration,
  listPublishedTrainings,
  lockTraining,
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

/**
 * The public registration. In order, as the intake form: the rate limit per address (429), the
 * honeypot (a decoy receipt, nothing stored), the fill-time token (400). Then, with the event
 * locked so concurrent registrations never overfill it: a seat while there is one, otherwise the
 * waiting list. The registrant gets a token to see and cancel the registration (kept as a hash).
 */
export async function register(deps: TrainingDeps, keyring: Keyring, ctx: RequestContext, unverifiedId: string, input: RegistrationInput): Promise<RegistrationReceipt> {
  const { db } = deps;
  const rate = await countPublicFormAttempt(db, ctx.clientAddress, 'training', registrationRateLimit);
  if (!rate.ok) {
    if (rate.count === registrationRateLimit + 1) await recordAudit(db, ctx, { action: 'training.registration_refused', details: { reason: 'rate_limited' } });
    throw tooManySubmissions(rate.retryAfterSeconds);
  }
  if (input.website.trim() !== '') {
    await recordAudit(db, ctx, { action: 'training.registration_refused', details: { reason: 'honeypot' } });
    return { reference: newReference(), status: 'confirmed', waitingPosition: null, cancelToken: randomBytes(32).toString('base64url') };
  }
  const check = checkPublicFormToken(keyring, input.formToken, new Date(), formPurpose);
  if (!check.ok) {
    await recordAudit(db, ctx, { action: 'training.registration_refused', details: { reason: check.reason } });
    throw badRequest('Invalid input: formToken', [{ field: 'formToken', code: check.reason, message: tokenMessages[check.reason] }]);
  }

  const municipality = input.municipalityCode === null ? null : requireMunicipality(input.municipalityCode);
  const token = randomBytes(32).toString('base64url');
  const { receipt, mail } = await db.transaction(async (tx) => {
    const training = await lockTraining(tx, unverifiedId);
    if (!training || training.status !== 'published') throw notFound('No such training.');
    if (!isOpen(training, new Date())) throw conflict('Registration for this training is closed.');
    if (await hasActiveRegistration(tx, training.id, input.email)) throw conflict('This e-mail address is already registered for the training.');
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
    const waitingPosition = status === 'waiting' ? await waitingPositionOf(tx, registration) : null;
    return {
      receipt: { reference: registration.reference, status, waitingPosition, cancelToken: token } satisfies RegistrationReceipt,
      mail: mailTo(registration, training, status === 'confirmed' ? 'registered_confirmed' : 'registered_waiting', token),
    };
  });
  await sendTrainingMails(deps, [mail]);
  return receipt;
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
  const mails: TrainingMail[] = [];
  await deps.db.transaction(async (tx) => {
    const found = await findRegistrationByTokenHash(tx, tokenHashOf(token));
    if (!found) throw noSuchRegistration();
    const training = await lockTraining(tx, found.training.id);
    // Read again under the lock: a concurrent cancellation may have come first.
    const again = await findRegistrationByTokenHash(tx, tokenHashOf(token));
    if (!training || !again || again.registration.status === 'cancelled') throw conflict('The registration is already cancelled.');
    if (training.endsAt <= new Date()) throw conflict('The training is over.');
    await setRegistrationsStatus(tx, [again.registration.id], 'cancelled');
    await recordAudit(tx, ctx, { action: 'training.registration_cancelled', subjectId: again.registration.id, details: { trainingId: training.id, by: 'registrant' } });
    mails.push(...(await fillFreeSeats(tx, ctx, training)));
  });
  await sendTrainingMails(deps, mails);
  return readOwnRegistration(deps.db, ctx, token);
}
