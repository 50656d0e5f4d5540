import { z } from 'zod';
import { roles } from '../enums.ts';
import { limits } from '../limits.ts';
import { enrolmentTicket, password, secondFactorCode } from './auth.ts';

/** The token from the invitation link's fragment. */
export const invitationToken = z.string().min(20).max(200);

export const invitationTokenInput = z.object({ token: invitationToken });

/** What the invitee sees before accepting. */
export const invitationDetails = z.object({
  organisationName: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(roles)),
  expiresAt: z.iso.datetime({ offset: true }),
  /** True when someone already has an account with this e-mail: they confirm it instead of making one. */
  hasAccount: z.boolean(),
});
export type InvitationDetails = z.infer<typeof invitationDetails>;

export const acceptStartInput = z.object({ token: invitationToken, password });
export type AcceptStartInput = z.infer<typeof acceptStartInput>;

export const acceptFinishInput = z.object({ token: invitationToken, ticket: enrolmentTicket, code: secondFactorCode });
export type AcceptFinishInput = z.infer<typeof acceptFinishInput>;

export const acceptExistingInput = z.object({
  token: invitationToken,
  password: z.string().min(1).max(limits.passwordMax),
  code: secondFactorCode,
});
export type AcceptExistingInput = z.infer<typeof acceptExistingInput>;

export const invitationAccepted = z.object({
  organisationName: z.string(),
  /** Ten single-use codes for a new account; empty when an existing account joined. */
  recoveryCodes: z.array(z.string()),
});
export type InvitationAccepted = z.infer<typeof invitationAccepted>;
