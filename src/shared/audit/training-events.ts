import { z } from 'zod';
import { materialKinds, trainingRegistrationStatuses, trainingStatuses } from '../enums.ts';
import { about, count, fieldNames, flag, id, ids, version } from './vocabulary.ts';

/** Why the public registration form refused a submission: the reason only, never the content. */
const registrationRefusal = z.enum(['rate_limited', 'honeypot', 'token_invalid', 'token_too_fast', 'token_expired']);
/** Who ended a registration: its organiser, the registrant with their token, or the event's cancellation. */
const cancelledBy = z.enum(['organiser', 'registrant', 'training_cancelled']);

/** Training events and their registrations: ids, counts and statuses, never a registrant's details. */
export const trainingEvents = {
  'training.create': about('training', { status: z.enum(trainingStatuses) }),
  'training.update': about('training', { fields: fieldNames, version, status: z.enum(trainingStatuses) }),
  'training.evaluation': about('training', { version, evaluations: count }),
  /** Every read of the registrant list: whose registrations were shown. */
  'training.registrations_read': about('training', { registrationIds: ids, count }),
  'training.registered': about('training_registration', { trainingId: id, status: z.enum(trainingRegistrationStatuses) }),
  'training.registration_refused': about(null, { reason: registrationRefusal }),
  /** The public form was sent again for an address already registered: a new link was e-mailed to it. */
  'training.registration_link_resent': about('training_registration', { trainingId: id }),
  /** The registrant read their own registration with their token. */
  'training.registration_read': about('training_registration', { trainingId: id }),
  'training.registration_cancelled': about('training_registration', { trainingId: id, by: cancelledBy }),
  /** A seat came free and the first on the waiting list got it. */
  'training.registration_promoted': about('training_registration', { trainingId: id }),
  'training.attendance': about('training_registration', { trainingId: id, attended: flag }),

  /** A method material's new version (1 for a new material). */
  'material.publish': about('material', { kind: z.enum(materialKinds), version }),
  /** A checklist item linked to a material (materialId) or unlinked (null). */
  'material.link': about('checklist_item', { materialId: id.nullable() }),
} as const;
