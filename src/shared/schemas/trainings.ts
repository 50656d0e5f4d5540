import { z } from 'zod';
import { policeRegions, trainingAudiences, trainingFormats, trainingRegistrationStatuses, trainingStatuses } from '../enums.ts';
import { limits } from '../limits.ts';
import { findPersonalNumbers } from '../personal-number-in-text.ts';
import { email, uuid } from './common.ts';
import { personalNumberMessage } from './intake.ts';

/** Size limits of a training event and its public registration form. */
export const trainingLimits = {
  titleMax: 200,
  descriptionMax: 5000,
  placeMax: 500,
  capacityMax: 10_000,
  needsMax: 1000,
  commentsMax: 5000,
  evaluationsMax: 10_000,
  tokenMax: 500,
} as const;

/** Bytes: a registration is well under 8 kB even with every character multi-byte. */
export const trainingRegistrationBodyLimit = 16 * 1024;

const distinct = <T>(values: T[]) => new Set(values).size === values.length;
const instant = z.iso.datetime({ offset: true });

/** Free text of the public form: no personal identity number, however written (as the intake form). */
function refusePersonalNumbers(value: string, ctx: z.RefinementCtx): void {
  const found = findPersonalNumbers(value);
  if (found.length === 0) return;
  ctx.addIssue({ code: 'custom', message: `${personalNumberMessage}: remove ${found.map((f) => `"${f.written}"`).join(' and ')}` });
}
const publicText = (max: number) => z.string().trim().max(max).superRefine(refusePersonalNumbers);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable();

const trainingFields = {
  title: z.string().trim().min(1).max(trainingLimits.titleMax),
  description: z.string().trim().max(trainingLimits.descriptionMax),
  audiences: z.array(z.enum(trainingAudiences)).min(1).max(trainingAudiences.length).refine(distinct, 'each audience at most once'),
  format: z.enum(trainingFormats),
  /** Where an on-site event is held. */
  place: optionalText(trainingLimits.placeMax),
  /** The meeting link of an online event; shown only to confirmed registrants. */
  onlineUrl: z
    .string()
    .trim()
    .max(limits.urlMax)
    .transform((s) => (s === '' ? null : s))
    .pipe(z.url({ protocol: /^https$/ }).nullable())
    .nullable(),
  startsAt: instant,
  endsAt: instant,
  /** The police region it is held for; null for a national event. */
  regionCode: z.enum(policeRegions).nullable(),
  capacity: z.int().min(1).max(trainingLimits.capacityMax),
  registrationDeadline: instant,
  status: z.enum(trainingStatuses),
};

interface TrainingShape {
  format?: string;
  place?: string | null;
  onlineUrl?: string | null;
  startsAt?: string;
  endsAt?: string;
  registrationDeadline?: string;
}

/** The rules over several fields, shared by create, update (on the merged event) and the web form. */
export function checkTraining(training: TrainingShape, ctx: z.RefinementCtx): void {
  if (training.format === 'on_site' && !training.place) ctx.addIssue({ code: 'custom', path: ['place'], message: 'required_on_site' });
  if (training.format === 'online' && !training.onlineUrl) ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: 'required_online' });
  const starts = training.startsAt ? Date.parse(training.startsAt) : NaN;
  const ends = training.endsAt ? Date.parse(training.endsAt) : NaN;
  const deadline = training.registrationDeadline ? Date.parse(training.registrationDeadline) : NaN;
  if (ends <= starts) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'before_start' });
  if (deadline > starts) ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'after_start' });
}

export const trainingCreateInput = z
  .object({
    ...trainingFields,
    description: trainingFields.description.default(''),
    place: trainingFields.place.default(null),
    onlineUrl: trainingFields.onlineUrl.default(null),
    regionCode: trainingFields.regionCode.default(null),
    // A new event is a draft or published at once; it is cancelled only once it exists.
    status: z.enum(['draft', 'published']).default('draft'),
  })
  .superRefine((training, ctx) => { checkTraining(training, ctx); });
export type TrainingCreateInput = z.infer<typeof trainingCreateInput>;
export type TrainingCreateRequest = z.input<typeof trainingCreateInput>;

/** Send only what changes; the rules over several fields are checked against the stored event too. */
export const trainingUpdateInput = z
  .object({
    title: trainingFields.title.optional(),
    description: trainingFields.description.optional(),
    audiences: trainingFields.audiences.optional(),
    format: trainingFields.format.optional(),
    place: trainingFields.place.optional(),
    onlineUrl: trainingFields.onlineUrl.optional(),
    startsAt: trainingFields.startsAt.optional(),
    endsAt: trainingFields.endsAt.optional(),
    regionCode: trainingFields.regionCode.optional(),
    capacity: trainingFields.capacity.optional(),
    registrationDeadline: trainingFields.registrationDeadline.optional(),
    status: trainingFields.status.optional(),
  })
  .superRefine((training, ctx) => { checkTraining(training, ctx); });
export type TrainingUpdateInput = z.infer<typeof trainingUpdateInput>;
export type TrainingUpdateRequest = z.input<typeof trainingUpdateInput>;

export const trainingParams = z.object({ trainingId: uuid });
export const registrationParams = z.object({ trainingId: uuid, registrationId: uuid });

export const trainingListQuery = z.object({
  /** Upcoming: not yet ended, soonest first; past: ended, latest first. */
  when: z.enum(['upcoming', 'past']).default('upcoming'),
});
export type TrainingListQuery = z.infer<typeof trainingListQuery>;

/** The trainings list's filter for an export: upcoming or past, as on the list (no paging there either). */
export const trainingExportFilter = z.strictObject({ when: z.enum(['upcoming', 'past']) });
export type TrainingExportFilter = z.infer<typeof trainingExportFilter>;
/** One event's registrations for an export (names and addresses: encrypted XLSX only), for its organiser. */
export const trainingRegistrationsExportFilter = z.strictObject({ trainingId: uuid });
export type TrainingRegistrationsExportFilter = z.infer<typeof trainingRegistrationsExportFilter>;

export const trainingCounts = z.object({
  /** Registrations holding a seat. */
  confirmed: z.number().int(),
  waiting: z.number().int(),
  attended: z.number().int(),
});

export const trainingEvaluation = z.object({
  /** How many evaluations were handed in. */
  count: z.number().int(),
  /** Their average rating, 1–5; null when none were handed in. */
  averageRating: z.number().nullable(),
  /** The organiser's summary of the comments. */
  comments: z.string().nullable(),
});
export const trainingEvaluationInput = z
  .object({
    count: z.int().min(0).max(trainingLimits.evaluationsMax),
    averageRating: z.number().min(1).max(5).nullable(),
    comments: optionalText(trainingLimits.commentsMax).default(null),
  })
  .superRefine((evaluation, ctx) => {
  if (evaluation.count > 0 && evaluation.averageRating === null) ctx.addIssue({ code: 'custom', path: ['averageRating'], message: 'required' });
  if (evaluation.count === 0 && evaluation.averageRating !== null) ctx.addIssue({ code: 'custom', path: ['averageRating'], message: 'no_evaluations' });
});
export type TrainingEvaluationInput = z.infer<typeof trainingEvaluationInput>;
export type TrainingEvaluationRequest = z.input<typeof trainingEvaluationInput>;

export const trainingItem = z.object({
  id: uuid,
  title: z.string(),
  description: z.string(),
  audiences: z.array(z.enum(trainingAudiences)),
  format: z.enum(trainingFormats),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  regionCode: z.enum(policeRegions).nullable(),
  capacity: z.number().int(),
  registrationDeadline: z.string(),
  status: z.enum(trainingStatuses),
  counts: trainingCounts,
  /** Null until the organiser records it. */
  evaluation: trainingEvaluation.nullable(),
  version: z.number().int(),
  /** Whether the caller organises the event (opens it, its registrants); others see it in the list only, to register. */
  canManage: z.boolean(),
});
export type TrainingItem = z.infer<typeof trainingItem>;

export const trainingList = z.object({ items: z.array(trainingItem) });

/** Where the caller may place an event: nationally (no region) and in which police regions. */
export const organiserRegions = z.object({ national: z.boolean(), regionCodes: z.array(z.enum(policeRegions)) });
export type OrganiserRegions = z.infer<typeof organiserRegions>;
export type TrainingList = z.infer<typeof trainingList>;

/** One registration as the organiser sees it: the registrant's own details. */
export const registrationItem = z.object({
  id: uuid,
  reference: z.string(),
  name: z.string(),
  email: z.string(),
  organisation: z.string(),
  organisationKind: z.enum(trainingAudiences),
  /** The police region the registrant works in; null when not known. */
  regionCode: z.enum(policeRegions).nullable(),
  /** Whether a signed-in member of staff registered in the app (not on the public form). */
  viaApp: z.boolean(),
  needs: z.string().nullable(),
  status: z.enum(trainingRegistrationStatuses),
  /** Place on the waiting list, from 1; null unless waiting. */
  waitingPosition: z.number().int().nullable(),
  /** Null until the organiser marks it. */
  attended: z.boolean().nullable(),
  registeredAt: z.string(),
});
export type RegistrationItem = z.infer<typeof registrationItem>;
/** Registrations not cancelled, of one organisation kind or one police region. */
const groupCounts = { confirmed: z.number().int(), waiting: z.number().int(), attended: z.number().int() };
export const registrationList = z.object({
  items: z.array(registrationItem),
  byOrganisationKind: z.array(z.object({ organisationKind: z.enum(trainingAudiences), ...groupCounts })),
  /** regionCode null: registrants whose region is not known. */
  byRegion: z.array(z.object({ regionCode: z.enum(policeRegions).nullable(), ...groupCounts })),
});
export type RegistrationList = z.infer<typeof registrationList>;

export const attendanceInput = z.object({ attended: z.boolean() });
export type AttendanceInput = z.infer<typeof attendanceInput>;

/** A published event as anyone sees it: no meeting link, no registrants. */
export const publicTraining = z.object({
  id: uuid,
  title: z.string(),
  description: z.string(),
  audiences: z.array(z.enum(trainingAudiences)),
  format: z.enum(trainingFormats),
  place: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  regionCode: z.enum(policeRegions).nullable(),
  registrationDeadline: z.string(),
  /** Seats not yet taken; 0 means new registrations go on the waiting list. */
  seatsLeft: z.number().int(),
  /** Whether registration is open now (published, before the deadline). */
  isOpen: z.boolean(),
});
export type PublicTraining = z.infer<typeof publicTraining>;
export const publicTrainingList = z.object({ items: z.array(publicTraining) });
export type PublicTrainingList = z.infer<typeof publicTrainingList>;

/** The public registration form. `website` is the honeypot: people never see it. */
export const registrationInput = z.object({
  name: publicText(limits.nameMax).min(1),
  email: email.superRefine(refusePersonalNumbers),
  organisation: publicText(limits.organisationNameMax).min(1),
  organisationKind: z.enum(trainingAudiences),
  /** Optional: the municipality the registrant works in, for the counts by region. */
  municipalityCode: z.string().regex(/^\d{4}$/, 'four digits').nullable().default(null),
  /** Dietary or accessibility needs. */
  needs: publicText(trainingLimits.needsMax).default(''),
  formToken: z.string().min(1).max(trainingLimits.tokenMax),
  website: z.string().max(500).default(''),
});
export type RegistrationInput = z.infer<typeof registrationInput>;
export type RegistrationRequest = z.input<typeof registrationInput>;

export const registrationFormToken = z.object({ token: z.string() });

/**
 * The answer to every accepted registration: the reference and the link to see and cancel it go by
 * e-mail only, and an address already registered gets this same answer (and an e-mail saying so).
 */
export const registrationAccepted = z.object({ outcome: z.literal('check_email') });
export type RegistrationAccepted = z.infer<typeof registrationAccepted>;

export const registrationTokenInput = z.object({ token: z.string().trim().min(20).max(200) });
export type RegistrationTokenInput = z.infer<typeof registrationTokenInput>;

/** The registrant's own registration, read with the token they were given. */
export const ownRegistration = z.object({
  reference: z.string(),
  status: z.enum(trainingRegistrationStatuses),
  waitingPosition: z.number().int().nullable(),
  training: z.object({
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    format: z.enum(trainingFormats),
    place: z.string().nullable(),
    /** Only for a confirmed registration. */
    onlineUrl: z.string().nullable(),
    status: z.enum(trainingStatuses),
  }),
});
export type OwnRegistration = z.infer<typeof ownRegistration>;

