import { z } from 'zod';
import { type Can, accessCatalogue } from '../access-catalogue.ts';
import { organisationTypes, policeRegions, roles } from '../enums.ts';
import { limits } from '../limits.ts';
import { email, uuid } from './common.ts';

export const password = z.string().min(limits.passwordMin).max(limits.passwordMax);

export const signInInput = z.object({
  email,
  password: z.string().min(1).max(limits.passwordMax),
});
export type SignInInput = z.infer<typeof signInInput>;

export const membership = z.object({
  organisationId: uuid,
  organisationName: z.string(),
  organisationType: z.enum(organisationTypes),
  regionCode: z.enum(policeRegions).nullable(),
  roles: z.array(z.enum(roles)),
});
export type Membership = z.infer<typeof membership>;

/**
 * What the signed-in user may call, action by action of shared/access-catalogue.ts, so the web
 * app shows only what works; the server still checks every call.
 */
export const abilities = z.object(
  Object.fromEntries(
    Object.entries(accessCatalogue).map(([policy, actions]) => [policy, z.object(Object.fromEntries(Object.keys(actions).map((action) => [action, z.boolean()])))]),
  ),
) as unknown as z.ZodType<Can>;
export type Abilities = Can;

export const me = z.object({
  id: uuid,
  name: z.string(),
  email: z.string(),
  memberships: z.array(membership),
  can: abilities,
});
export type Me = z.infer<typeof me>;

export const setupInput = z.object({
  /** The one-time token from the setup link printed at start. */
  token: z.string().min(20).max(200),
  organisationName: z.string().trim().min(1).max(limits.organisationNameMax),
  name: z.string().trim().min(1).max(limits.nameMax),
  email,
  password,
});
export type SetupInput = z.infer<typeof setupInput>;

export const meta = z.object({
  /** True when the server runs on fictional demo data. */
  demo: z.boolean(),
  /** True while no administrator exists and the setup link is open. */
  needsSetup: z.boolean(),
  version: z.string(),
});
export type Meta = z.infer<typeof meta>;

/** The answer to a correct password: the second factor is still needed; no session yet. */
export const signInStep = z.object({ step: z.literal('second_factor') });
export type SignInStep = z.infer<typeof signInStep>;

/** A TOTP code from the authenticator app, or one of the recovery codes. */
export const secondFactorCode = z.string().trim().min(1).max(64);

export const secondFactorInput = z.object({ code: secondFactorCode });
export type SecondFactorInput = z.infer<typeof secondFactorInput>;

/** A new TOTP secret to add to an authenticator app. */
export const totpEnrolment = z.object({
  /** Base32, grouped by the web app for typing by hand. */
  secret: z.string(),
  /** otpauth:// URI, the QR code's content. */
  uri: z.string(),
  /** The QR code as an SVG data URI. */
  qrCode: z.string(),
});
export type TotpEnrolment = z.infer<typeof totpEnrolment>;

/** A started enrolment: the secret to show, and the sealed ticket to send back with the first code. */
export const enrolmentStarted = z.object({ ticket: z.string(), enrolment: totpEnrolment });
export type EnrolmentStarted = z.infer<typeof enrolmentStarted>;

/** The sealed ticket of a started enrolment, and the first code the app shows for it. */
export const enrolmentTicket = z.string().min(20).max(4000);

/** New single-use recovery codes; shown this once and stored only as hashes. */
export const recoveryCodesIssued = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesIssued = z.infer<typeof recoveryCodesIssued>;

export const setupFinishInput = z.object({
  token: z.string().min(20).max(200),
  ticket: enrolmentTicket,
  code: secondFactorCode,
});
export type SetupFinishInput = z.infer<typeof setupFinishInput>;
