import { z } from 'zod';
import { uuid } from './common.ts';

/** The longest returnTo path kept; anything longer falls back to the default page. */
export const returnToMax = 2000;

/** An organisation whose members can sign in through its own OpenID provider. */
export const ssoOrganisation = z.object({
  id: uuid,
  name: z.string(),
});
export type SsoOrganisation = z.infer<typeof ssoOrganisation>;

export const ssoOrganisationList = z.object({
  items: z.array(ssoOrganisation),
});
export type SsoOrganisationList = z.infer<typeof ssoOrganisationList>;

export const ssoStartParams = z.object({
  /** The organisation whose provider to sign in with (unverified until looked up). */
  organisationId: uuid,
});

export const ssoStartQuery = z.object({
  /** Where to go after sign-in: a path on this site; anything else falls back to /cases. */
  returnTo: z.string().max(returnToMax).optional(),
});

/**
 * What an OpenID provider sends back. All optional: a malformed answer still ends on the sign-in
 * page with a message, never on a bare 400.
 */
export const ssoCallbackQuery = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(512).optional(),
  iss: z.string().max(2048).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(2048).optional(),
  session_state: z.string().max(512).optional(),
});

/** Where the sign-in page sends someone whose single sign-on failed. */
export const ssoFailedPath = '/sign-in?sso=failed';

/**
 * A same-site path to return to after sign-in, or the default. Only plain absolute paths are
 * kept: no scheme, no host, no `//` or `/\` (which browsers read as another host).
 */
export function safeReturnTo(value: string | undefined | null, fallback = '/cases'): string {
  if (!value || value.length > returnToMax) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  // Control characters (tab, newline) are dropped by URL parsers and could join `/` and `/` again.
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return fallback;
  const base = 'http://samverka.invalid';
  if (!URL.canParse(value, base)) return fallback;
  const url = new URL(value, base);
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
