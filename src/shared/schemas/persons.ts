import { z } from 'zod';
import { isCountryCode } from '../countries.ts';
import { isLanguageCode } from '../languages.ts';
import { limits } from '../limits.ts';
import { parsePersonalNumber } from '../personal-number.ts';
import { stockholmDate } from '../working-days.ts';
import { personFields } from './cases.ts';
import { possibleDuplicate } from './duplicates.ts';

/** Adds an issue at each position of a code list that is not a known code. */
function knownCodes(isKnown: (code: string) => boolean, message: string) {
  return (codes: readonly string[], ctx: z.RefinementCtx) => {
    codes.forEach((code, index) => {
      if (!isKnown(code)) ctx.addIssue({ code: 'custom', path: [index], message });
    });
  };
}

const fields = personFields.shape;

/**
 * A change of the pseudonymised person; send only what changes, with If-Match: the person's
 * version. The fields and limits are those of a new case's person, without their defaults, so a
 * field left out stays as it is.
 */
export const personUpdateInput = z
  .object({
    codeName: fields.codeName,
    birthYear: fields.birthYear.unwrap(),
    gender: fields.gender.unwrap(),
    /** ISO 3166-1 alpha-2 codes (src/shared/countries.ts). */
    citizenships: fields.citizenships.unwrap().superRefine(knownCodes(isCountryCode, 'unknown country code')),
    /** ISO 639-1 codes (src/shared/languages.ts). */
    languages: fields.languages.unwrap().superRefine(knownCodes(isLanguageCode, 'unknown language code')),
    isChild: fields.isChild,
    hasProtectedIdentity: fields.hasProtectedIdentity.unwrap(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type PersonUpdateInput = z.infer<typeof personUpdateInput>;
export type PersonUpdateRequest = z.input<typeof personUpdateInput>;
export type PersonField = keyof PersonUpdateInput;

/** The identity values, each encrypted on its own (DESIGN.md §6). */
export const identityFields = ['fullName', 'personalNumber', 'documentNumber', 'dateOfBirth', 'phone', 'address', 'guardian'] as const;
export type IdentityField = (typeof identityFields)[number];

/** Why a personal identity number was refused; the messages never repeat the value. */
export const personalNumberProblems = {
  format: 'expected YYYYMMDD-NNNN or YYMMDD-NNNN',
  date: 'the date part is not a date',
  check_digit: 'wrong check digit',
  future: 'the birth date is in the future',
} as const;
export type PersonalNumberProblem = keyof typeof personalNumberProblems;

/** Today's date in Sweden, YYYY-MM-DD. */
const today = () => stockholmDate(new Date());

/**
 * Checks a personal identity number (personnummer or samordningsnummer) and gives its
 * normalised form YYYYMMDD-NNNN and the real birth date, or why it was refused.
 */
export function checkPersonalNumber(
  value: string,
  now = new Date(),
): { ok: true; normalized: string; birthDate: string } | { ok: false; problem: PersonalNumberProblem } {
  const parsed = parsePersonalNumber(value, now);
  if (!parsed.ok) return { ok: false, problem: parsed.reason };
  if (parsed.birthDate > stockholmDate(now)) return { ok: false, problem: 'future' };
  return { ok: true, normalized: parsed.normalized, birthDate: parsed.birthDate };
}

/** Whether a YYYY-MM-DD string is a real calendar date. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** True when both are known and the number's birth date is another day than the date of birth. */
export function birthDatesDisagree(personalNumber: string | null | undefined, dateOfBirth: string | null | undefined): boolean {
  if (!personalNumber || !dateOfBirth) return false;
  const parsed = parsePersonalNumber(personalNumber);
  return parsed.ok && parsed.birthDate !== dateOfBirth;
}

/** Free text of the identity: trimmed; an empty value clears the field. */
const identityText = z
  .string()
  .trim()
  .max(limits.identityValueMax)
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

const personalNumber = z
  .string()
  .trim()
  .max(limits.identityValueMax)
  .transform((value, ctx) => {
    if (value === '') return null;
    const checked = checkPersonalNumber(value);
    if (checked.ok) return checked.normalized;
    ctx.addIssue({ code: 'custom', message: personalNumberProblems[checked.problem], params: { reason: checked.problem } });
    return z.NEVER;
  })
  .nullable()
  .optional();

const dateOfBirth = z
  .string()
  .trim()
  .max(10)
  .transform((value, ctx) => {
    if (value === '') return null;
    if (!isIsoDate(value)) ctx.addIssue({ code: 'invalid_format', format: 'date', message: 'expected a date, YYYY-MM-DD' });
    else if (value > today()) ctx.addIssue({ code: 'custom', message: 'the date of birth is in the future' });
    else return value;
    return z.NEVER;
  })
  .nullable()
  .optional();

/**
 * The person's identity, with If-Match: its version, or "0" when none is stored yet. A field left
 * out keeps its value; null or an empty string clears it. The personal identity number is stored
 * as YYYYMMDD-NNNN.
 */
export const identityInput = z
  .object({
    fullName: identityText,
    /** Personnummer or samordningsnummer, with or without century and dash; the check digit must hold. */
    personalNumber,
    /** A passport's, identity card's or residence permit card's number, as written on it. */
    documentNumber: identityText,
    /** YYYY-MM-DD, not in the future; must be the birth date of the personal identity number. */
    dateOfBirth,
    phone: identityText,
    /** Never shown when the person has protected identity, but may still be stored by the lead coordinator. */
    address: identityText,
    /** God man (guardian) of a child. */
    guardian: identityText,
  })
  .superRefine((v, ctx) => {
    if (birthDatesDisagree(v.personalNumber, v.dateOfBirth)) {
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'does not match the personal identity number' });
    }
  });
export type IdentityInput = z.infer<typeof identityInput>;
export type IdentityRequest = z.input<typeof identityInput>;

/** The identity as shown to someone who may see it; every show is audited. */
export const identityView = z.object({
  /** False until someone has stored the identity; the values are then null and version 0. */
  exists: z.boolean(),
  fullName: z.string().nullable(),
  /** YYYYMMDD-NNNN. */
  personalNumber: z.string().nullable(),
  documentNumber: z.string().nullable(),
  /** YYYY-MM-DD. */
  dateOfBirth: z.string().nullable(),
  phone: z.string().nullable(),
  /** Null when hidden: with protected identity the address is never shown. */
  address: z.string().nullable(),
  guardian: z.string().nullable(),
  addressHidden: z.boolean(),
  /** Whether an address is stored, also when it is hidden (so the lead knows whether to replace it). */
  hasAddress: z.boolean(),
  /** Send it back in If-Match to change the identity ("0" while none exists). */
  version: z.number().int(),
});
export type IdentityView = z.infer<typeof identityView>;

/** The identity as stored, and the other cases whose person may be the same (only those the caller may know of). */
export const identitySaved = identityView.extend({ possibleDuplicates: z.array(possibleDuplicate) });
export type IdentitySaved = z.infer<typeof identitySaved>;
