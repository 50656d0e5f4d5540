import type { PoliceRegion, TrainingAudience, TrainingRegistrationStatus } from '../../../shared/enums.ts';
import type { RegistrationItem, RegistrationList } from '../../../shared/schemas/trainings.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { conflict, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { deliverTrainingMails, queueTrainingMails } from './training-emails.service.ts';
import type { TrainingDeps, TrainingMail } from './training-mail.ts';
import { fillFreeSeats, mailTo, trainingConflict } from './training-seats.ts';
import { trainingScope } from './trainings.policy.ts';
import { type RegistrationRow, findRegistration, findTrainingWithCounts, listRegistrationsOf, lockTraining, setAttendance, setRegistrationsStatus } from './trainings.queries.ts';

export function presentRegistration(row: RegistrationRow, waitingPosition: number | null): RegistrationItem {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    email: row.email,
    organisation: row.organisation,
    organisationKind: row.organisationKind as TrainingAudience,
    regionCode: row.regionCode as PoliceRegion | null,
    viaApp: row.userId !== null,
    needs: row.needs,
    status: row.status as TrainingRegistrationStatus,
    waitingPosition,
    attended: row.attended,
    registeredAt: row.registeredAt.toISOString(),
  };
}

type Counts = { confirmed: number; waiting: number; attended: number };

/** Registrations not cancelled, counted by a key (organisation kind or region), unknown last. */
function countBy<K extends string | null>(rows: RegistrationRow[], keyOf: (row: RegistrationRow) => K): [K, Counts][] {
  const groups = new Map<K, Counts>();
  for (const row of rows) {
    if (row.status === 'cancelled') continue;
    const counts = groups.get(keyOf(row)) ?? { confirmed: 0, waiting: 0, attended: 0 };
    if (row.status === 'confirmed') counts.confirmed++;
    if (row.status === 'waiting') counts.waiting++;
    if (row.status === 'confirmed' && row.attended === true) counts.attended++;
    groups.set(keyOf(row), counts);
  }
  return [...groups].sort(([a], [b]) => (a ?? '\uffff').localeCompare(b ?? '\uffff'));
}

/**
 * The registrants of an event the organiser manages, seats first, then the waiting list in order,
 * with the counts by organisation kind and by police region; each read is audited with whose data it showed.
 */
export async function listRegistrations(db: Db, ctx: ActorContext, unverifiedId: string): Promise<RegistrationList> {
  const training = await findTrainingWithCounts(db, trainingScope(ctx.actor), unverifiedId);
  if (!training) throw notFound('No such training.');
  const rows = await listRegistrationsOf(db, training.training.id);
  await recordAudit(db, ctx, {
    action: 'training.registrations_read',
    subjectId: training.training.id,
    details: { registrationIds: rows.map((r) => r.id), count: rows.length },
  });
  let position = 0;
  return {
    items: rows.map((row) => presentRegistration(row, row.status === 'waiting' ? ++position : null)),
    byOrganisationKind: countBy(rows, (r) => r.organisationKind as TrainingAudience).map(([organisationKind, c]) => ({ organisationKind, ...c })),
    byRegion: countBy(rows, (r) => r.regionCode as PoliceRegion | null).map(([regionCode, c]) => ({ regionCode, ...c })),
  };
}

/** The organiser cancels a registration; the registrant is told, and a freed seat goes to the first waiting. */
export async function cancelRegistration(deps: TrainingDeps, ctx: ActorContext, unverifiedTrainingId: string, unverifiedId: string): Promise<void> {
  const queued = await deps.db.transaction(async (tx) => {
    const scope = trainingScope(ctx.actor);
    const training = await lockTraining(tx, unverifiedTrainingId, scope);
    const registration = training && (await findRegistration(tx, scope, training.id, unverifiedId));
    if (!training || !registration) throw notFound('No such registration.');
    if (registration.status === 'cancelled') throw trainingConflict('registration_already_cancelled');
    await setRegistrationsStatus(tx, [registration.id], 'cancelled');
    await recordAudit(tx, ctx, { action: 'training.registration_cancelled', subjectId: registration.id, details: { trainingId: training.id, by: 'organiser' } });
    const mails: TrainingMail[] = [mailTo(registration, training, 'cancelled_by_organiser'), ...(await fillFreeSeats(tx, ctx, training))];
    return queueTrainingMails(tx, deps, mails);
  });
  await deliverTrainingMails(deps, queued);
}

/** Marks whether a registrant holding a seat came; only confirmed registrations attend. */
export async function markAttendance(db: Db, ctx: ActorContext, unverifiedTrainingId: string, unverifiedId: string, attended: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    const registration = await findRegistration(tx, trainingScope(ctx.actor), unverifiedTrainingId, unverifiedId);
    if (!registration) throw notFound('No such registration.');
    if (registration.status !== 'confirmed') throw conflict('Only a registration holding a seat can be marked as attended.');
    await setAttendance(tx, registration.id, attended);
    await recordAudit(tx, ctx, { action: 'training.attendance', subjectId: registration.id, details: { trainingId: registration.trainingId, attended } });
  });
}
