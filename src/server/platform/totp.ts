import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** What authenticator apps expect: SHA-1, 6 digits, 30-second steps (RFC 6238 defaults). */
const period = 30;
export const totpIssuer = 'Samverka';

export interface TotpEnrolment {
  /** Base32, as typed into an authenticator app by hand. */
  secret: string;
  /** otpauth:// URI, the content of the QR code. */
  uri: string;
  /** The QR code as an SVG data URI, drawn on the server (the CSP allows img-src data:). */
  qrCode: string;
}

/** A fresh 160-bit secret with its URI and QR code, labelled with the user's e-mail. */
export async function newTotpEnrolment(email: string): Promise<TotpEnrolment> {
  const secret = generateSecret({ length: 20 });
  return { secret, ...(await totpPresentation(secret, email)) };
}

export async function totpPresentation(secret: string, email: string): Promise<Omit<TotpEnrolment, 'secret'>> {
  const uri = generateURI({ issuer: totpIssuer, label: email, secret });
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** True for input shaped like a TOTP code (spaces allowed, as apps show "123 456"). */
export function looksLikeTotp(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}

/**
 * Checks a code against the secret, one step either side for clock drift, refusing any step at or
 * before `lastStep` so an observed code cannot be replayed. Returns the accepted step, which the
 * caller must store (conditionally, so two requests racing with one code cannot both win).
 * `epochSeconds` is now unless a test fixes it.
 */
export async function verifyTotp(secret: string, code: string, lastStep: number | null, epochSeconds?: number): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  try {
    const result = await verify({
      secret,
      token,
      period,
      epochTolerance: period,
      ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
      ...(epochSeconds === undefined ? {} : { epoch: epochSeconds }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** The current code for a secret; for tests, demo tooling and the e2e journeys. */
export function currentTotp(secret: string, epochSeconds?: number): Promise<string> {
  return generate({ secret, period, ...(epochSeconds === undefined ? {} : { epoch: epochSeconds }) });
}
