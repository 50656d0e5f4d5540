import { z } from 'zod';
import { limits } from '../limits.ts';
import { enrolmentTicket, password, secondFactorCode } from './auth.ts';

export const accountSession = z.object({
  /** Opaque id of the session, for revoking it; not the cookie's token. */
  id: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  lastSeenAt: z.iso.datetime({ offset: true }),
  /** password or sso. */
  method: z.string(),
  userAgent: z.string().nullable(),
  /** True for the session this request came with. */
  isCurrent: z.boolean(),
});
export type AccountSession = z.infer<typeof accountSession>;
export const accountSessions = z.object({ items: z.array(accountSession) });
export type AccountSessions = z.infer<typeof accountSessions>;

export const sessionIdParams = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) });

export const reauthenticateInput = z.object({
  password: z.string().min(1).max(limits.passwordMax),
  code: secondFactorCode,
});
export type ReauthenticateInput = z.infer<typeof reauthenticateInput>;

export const changePasswordInput = z.object({ newPassword: password });
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const secondFactorFinishInput = z.object({ ticket: enrolmentTicket, code: secondFactorCode });
export type SecondFactorFinishInput = z.infer<typeof secondFactorFinishInput>;

export { reauthenticationRequiredType } from '../problem-types.ts';
