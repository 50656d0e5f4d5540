import { z } from 'zod';
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

/** What the signed-in person may do, so the web app shows only what works; the server still checks. */
export const abilities = z.object({
  viewCases: z.boolean(),
  createCases: z.boolean(),
});
export type Abilities = z.infer<typeof abilities>;

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
