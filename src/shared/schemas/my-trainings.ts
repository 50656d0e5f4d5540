import { z } from 'zod';
import { trainingFormats, trainingRegistrationStatuses, trainingStatuses } from '../enums.ts';
import { uuid } from './common.ts';
import { registrationInput } from './trainings.ts';

// A signed-in member of staff's own training registrations, made in the app.

/** A signed-in member of staff registers themselves, for one of their organisations. */
export const selfRegistrationInput = z.object({
  organisationId: uuid,
  needs: registrationInput.shape.needs,
});
export type SelfRegistrationInput = z.infer<typeof selfRegistrationInput>;
export type SelfRegistrationRequest = z.input<typeof selfRegistrationInput>;

/** One of the signed-in user's own registrations. */
export const myRegistration = z.object({
  id: uuid,
  trainingId: uuid,
  reference: z.string(),
  status: z.enum(trainingRegistrationStatuses),
  waitingPosition: z.number().int().nullable(),
  organisation: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  format: z.enum(trainingFormats),
  place: z.string().nullable(),
  /** Only for a confirmed registration of a published event. */
  onlineUrl: z.string().nullable(),
  trainingStatus: z.enum(trainingStatuses),
});
export type MyRegistration = z.infer<typeof myRegistration>;
export const myRegistrationList = z.object({ items: z.array(myRegistration) });
export type MyRegistrationList = z.infer<typeof myRegistrationList>;

/** Staff cancel in the app: no token. */
export const selfRegistrationReceipt = z.object({
  reference: z.string(),
  status: z.enum(['confirmed', 'waiting']),
  waitingPosition: z.number().int().nullable(),
});
export type SelfRegistrationReceipt = z.infer<typeof selfRegistrationReceipt>;
