import { z } from 'zod';
import { childInvolvement, consultationUrgencies, exploitationForms } from '../enums.ts';
import { containsPersonalNumber } from '../personal-number.ts';

/** Size limits of the public form; every field has one, and the body as a whole (intakeBodyLimit). */
export const intakeLimits = {
  nameMax: 200,
  organisationMax: 200,
  phoneMax: 40,
  emailMax: 254,
  descriptionMin: 10,
  descriptionMax: 5000,
  tokenMax: 500,
  honeypotMax: 500,
} as const;

/** Bytes: a full form is well under 16 kB even with every character multi-byte. */
export const intakeBodyLimit = 32 * 1024;

/** The issue code (and message) of a description that holds a personal identity number. */
export const personalNumberMessage = 'must not contain a personal identity number';

/** Loose: digits with spaces, dashes and brackets, optionally a leading +; 6 to 15 digits. */
const phonePattern = /^\+?[\d\s()-]+$/;
const phone = z
  .string()
  .trim()
  .max(intakeLimits.phoneMax)
  .refine((s) => s === '' || (phonePattern.test(s) && /^(\D*\d){6,15}\D*$/.test(s)), 'a phone number');
const email = z
  .string()
  .trim()
  .max(intakeLimits.emailMax)
  .refine((s) => s === '' || z.email().safeParse(s).success, 'an e-mail address');

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const hasContact = (input: { requesterPhone?: unknown; requesterEmail?: unknown }) =>
  filled(input.requesterPhone) || filled(input.requesterEmail);

const distinct = <T>(values: T[]) => new Set(values).size === values.length;

/**
 * The public "Misstänker du människohandel?" form. Unknown keys are stripped. `website` is the
 * honeypot: people never see it, so anything in it marks a robot.
 */
export const intakeInput = z
  .object({
    requesterName: z.string().trim().min(1).max(intakeLimits.nameMax),
    requesterOrganisation: z.string().trim().min(1).max(intakeLimits.organisationMax),
    requesterPhone: phone.default(''),
    requesterEmail: email.default(''),
    municipalityCode: z.string().regex(/^\d{4}$/, 'four digits'),
    description: z
      .string()
      .trim()
      .min(intakeLimits.descriptionMin)
      .max(intakeLimits.descriptionMax)
      .refine((s) => !containsPersonalNumber(s), personalNumberMessage),
    exploitationForms: z
      .array(z.enum(exploitationForms))
      .max(exploitationForms.length)
      .refine(distinct, 'each form at most once')
      .default([]),
    childInvolved: z.enum(childInvolvement),
    urgency: z.enum(consultationUrgencies),
    formToken: z.string().min(1).max(intakeLimits.tokenMax),
    website: z.string().max(intakeLimits.honeypotMax).default(''),
  })
  // Checked even while other fields are wrong, so the form reports every problem at once.
  .refine((input) => hasContact(input), {
    path: ['requesterPhone'],
    message: 'a phone number or an e-mail address',
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });
export type IntakeInput = z.infer<typeof intakeInput>;
/** The body a client sends; fields with defaults may be left out. */
export type IntakeRequest = z.input<typeof intakeInput>;

export const intakeFormToken = z.object({ token: z.string() });
export type IntakeFormToken = z.infer<typeof intakeFormToken>;

export const intakeReceipt = z.object({
  reference: z.string(),
  regionName: z.string().optional(),
  firstResponseDueAt: z.iso.datetime({ offset: true }),
});
export type IntakeReceipt = z.infer<typeof intakeReceipt>;
