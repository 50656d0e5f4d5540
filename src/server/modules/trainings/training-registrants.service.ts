import type { TrainingAudience, TrainingRegistrationStatus } from '../../../shared/enums.ts';
import type { RegistrationItem, RegistrationList } from '../../../shared/schemas/trainings.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { conflict, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { type TrainingDeps, type TrainingMail, sendTrainingMails } from './training-mail.ts';
import { fillFreeSeats, mailTo } from './training-seats.ts';
import { type RegistrationRow, findRegistration, findTrainingWithCounts, listRegistrationsOf, lockTraining, setAttendance, setRegistrationsStatus } from './trainings.queries.ts';

function present(row: RegistrationRow, waitingPosition: number | null): RegistrationItem {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    email: row.email,
    organisation: row.organisation,
    organisationKind: row.organisationKind as TrainingAudience,
    needs: row.needs,
    status: row.status as TrainingRegistrationStatus,
    waitingPosition,
    attended: row.attended,
    registeredAt: row.registeredAt.toISOString(),
  };
}

/** The registrants of an event, seats first, then the waiting list in order; each read is audited with whose data it showed. */
export async function listRegistrations(db: Db, ctx: ActorContext, unverifiedId: string): Promise<RegistrationList> {
  const training = await findTrainingWithCounts(db, unverifiedId);
  if (!training) throw notFound('No such training.');
  const rows = await listRegistrationsOf(db, training.training.id);
  await recordAudit(db, ctx, {
    action: 'training.registrations_read',
    subjectId: training.training.id,
    details: { registrationIds: rows.map((r) => r.id), count: rows.length },
  });
  let position = 0;
  return { items: rows.map((row) => present(row, row.status === 'waiting' ? ++position : null)) };
}

/** The organiser cancels a registration; the registrant is told, and a freed seat goes to the first waiting. */
export async function cancelRegistration(deps: TrainingDeps, ctx: ActorContext, unverifiedTrainingId: string, unverifiedId: string): Promise<void> {
  const mails: TrainingMail[] = [];
  await deps.db.transaction(async (tx) => {
    const training = await lockTraining(tx, unverifiedTrainingId);
    const registration = training && (await findRegistration(tx, training.id, unverifiedId));
    if (!training || !registration) throw notFound('No such registration.');
    if (registration.status === 'cancelled') throw conflict('The registration is already cancelled.');
    await setRegistrationsStatus(tx, [registration.id], 'cancelled');
    await recordAudit(tx, ctx, { action: 'training.registration_cancelled', subjectId: registration.id, details: { trainingId: training.id, by: 'organiser' } });
    mails.push(mailTo(registration, training, 'cancelled_by_organiser'), ...(await fillFreeSeats(tx, ctx, training)));
  });
  await sendTrainingMails(deps, mails);
}

/** Marks whether a registrant holding a seat came; only confirmed registrations attend. */
export async function markAttendance(db: Db, ctx: ActorContext, unverifiedTrainingId: string, unverifiedId: string, attended: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    const registration = await findRegistration(tx, unverifiedTrainingId, unverifiedId);
    if (!registration) throw notFound('No such registration.');
    if (registration.status !== 'confirmed') throw conflict('Only a registration holding a seat can be marked as attended.');
    await setAttendance(tx, registration.id, attended);
    await recordAudit(tx, ctx, { action: 'training.attendance', subjectId: registration.id, details: { trainingId: registration.trainingId, attended } });
  });
}
