import { z } from 'zod';
import type { Keyring } from './crypto.ts';
import { gone } from './problems.ts';
import { newTotpEnrolment, type TotpEnrolment } from './totp.ts';

/** An enrolment started and not yet confirmed lasts this long. */
const lifetimeMs = 15 * 60_000;

const sealedEnrolment = z.object({
  /** What the enrolment is for, so a ticket for one flow cannot finish another. */
  purpose: z.string(),
  /** The invitation, setup link or account it belongs to. */
  subject: z.string(),
  email: z.string(),
  secret: z.string(),
  /** The chosen password's argon2id hash, for flows that set one; never the password. */
  passwordHash: z.string().optional(),
  /** Whatever else the flow chose in its first step (names, for setup). */
  details: z.record(z.string(), z.string()).optional(),
  expiresAt: z.number(),
});
export type PendingEnrolment = z.infer<typeof sealedEnrolment>;

/**
 * A TOTP enrolment waiting for its first code, sealed with the server's key (AES-256-GCM) into a
 * ticket the client sends back with the code. The user already sees the secret (it is in the QR
 * code), so sealing hides nothing from them but makes the ticket unforgeable and unreadable to
 * anyone else, and any instance can finish it without a table of half-done enrolments. A ticket
 * cannot be used twice: finishing consumes the invitation or setup link it names.
 */
export async function startEnrolment(
  keyring: Keyring,
  pending: Omit<PendingEnrolment, 'secret' | 'expiresAt'>,
): Promise<{ ticket: string; enrolment: TotpEnrolment }> {
  const enrolment = await newTotpEnrolment(pending.email);
  const sealed: PendingEnrolment = { ...pending, secret: enrolment.secret, expiresAt: Date.now() + lifetimeMs };
  return { ticket: keyring.encrypt(JSON.stringify(sealed)), enrolment };
}

/** Opens a ticket for the given purpose and subject; 410 when it is forged, foreign or expired. */
export function openEnrolment(keyring: Keyring, ticket: string, purpose: string, subject?: string): PendingEnrolment {
  let pending: PendingEnrolment;
  try {
    pending = sealedEnrolment.parse(JSON.parse(keyring.decrypt(ticket)));
  } catch {
    throw gone('The enrolment has expired. Start again.');
  }
  if (pending.purpose !== purpose || (subject !== undefined && pending.subject !== subject) || pending.expiresAt < Date.now()) {
    throw gone('The enrolment has expired. Start again.');
  }
  return pending;
}

