import { z } from 'zod';
import { childInvolvement, consultationUrgencies, exploitationForms } from '../enums.ts';
import { findPersonalNumbers } from '../personal-number-in-text.ts';

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

/**
 * How every free-text field's message starts when it holds what looks like a personal identity
 * number; the rest of the message quotes what to remove. The web app recognises the issue by it.
 */
export const personalNumberMessage = 'must not contain a personal identity number';

/** Whether a field error (from the schema here or from the server's 400) is that refusal. */
export const isPersonalNumberIssue = (message: string) => message.startsWith(personalNumberMessage);

/**
 * The public form asks for no identity data of the exposed person, so no free-text field may
 * hold a personal identity or coordination number, however it is written (findPersonalNumbers).
 */
function refusePersonalNumbers(value: string, ctx: z.RefinementCtx): void {
  const found = findPersonalNumbers(value);
  if (found.length === 0) return;
  const quoted = found.map((f) => `"${f.written}"`).join(' and ');
  ctx.addIssue({ code: 'custom', message: `${personalNumberMessage}: remove ${quoted}` });
}
const freeText = (max: number) => z.string().trim().max(max).superRefine(refusePersonalNumbers);

/** Loose: digits with spaces, dashes and brackets, optionally a leading +; 6 to 15 digits. */
const phonePattern = /^\+?[\d\s()-]+$/;
// The personal-number check comes first, so that it is the first issue on the field.
const phone = freeText(intakeLimits.phoneMax)
  .refine((s) => s === '' || (phonePattern.test(s) && /^(\D*\d){6,15}\D*$/.test(s)), 'a phone number');
const email = freeText(intakeLimits.emailMax)
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
    requesterName: freeText(intakeLimits.nameMax).min(1),
    requesterOrganisation: freeText(intakeLimits.organisationMax).min(1),
    requesterPhone: phone.default(''),
    requesterEmail: email.default(''),
    municipalityCode: z.string().regex(/^\d{4}$/, 'four digits'),
    description: freeText(intakeLimits.descriptionMax).min(intakeLimits.descriptionMin),
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
