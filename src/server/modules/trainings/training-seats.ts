import type { TrainingProblemCode } from '../../../shared/enums.ts';
import type { Tx } from '../../db/client.ts';
import { conflict } from '../../platform/problems.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/request-context.ts';
import type { TrainingMail } from './training-mail.ts';
import { type RegistrationRow, type TrainingRow, countConfirmed, firstWaiting, setRegistrationsStatus } from './trainings.queries.ts';

const problemDetails: Record<TrainingProblemCode, string> = {
  registration_closed: 'Registration for this training is closed.',
  already_registered: 'You are already registered for the training.',
  registration_already_cancelled: 'The registration is already cancelled.',
  training_over: 'The training is over.',
};

/** A 409 with its stable code; the web app words the code, the detail is for API users. */
export const trainingConflict = (code: TrainingProblemCode) => conflict(problemDetails[code]).withCode(code);

/** The e-mail a registrant gets about their registration (without a token: it is not kept). */
export function mailTo(registration: RegistrationRow, training: TrainingRow, kind: TrainingMail['kind'], token: string | null = null): TrainingMail {
  return {
    kind,
    registrationId: registration.id,
    to: registration.email,
    reference: registration.reference,
    title: training.title,
    startsAt: training.startsAt,
    token,
  };
}

/**
 * Gives free seats to the first on the waiting list, in order, and audits each promotion. Call it
 * with the event locked (lockTraining) and its current capacity, after a seat came free or the
 * capacity grew; the answer is the e-mails to send once the transaction has committed.
 */
export async function fillFreeSeats(tx: Tx, ctx: RequestContext, training: TrainingRow): Promise<TrainingMail[]> {
  // Nobody is promoted into an event that is cancelled, a draft, or already under way.
  if (training.status !== 'published' || training.startsAt <= new Date()) return [];
  const free = training.capacity - (await countConfirmed(tx, training.id));
  const promoted = await firstWaiting(tx, training.id, free);
  await setRegistrationsStatus(
    tx,
    promoted.map((r) => r.id),
    'confirmed',
  );
  for (const registration of promoted) {
    await recordAudit(tx, ctx, { action: 'training.registration_promoted', subjectId: registration.id, details: { trainingId: training.id } });
  }
  return promoted.map((registration) => mailTo(registration, training, 'promoted'));
}
