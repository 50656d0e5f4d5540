import { z } from 'zod';
import { limits } from '../limits.ts';
import { secondFactorCode } from './auth.ts';
import { exportPassword } from './exports.ts';
import { checkPersonalNumber, personalNumberProblems } from './persons.ts';

/**
 * The register extract (registerutdrag, GDPR Art. 15): every record about one person, what is
 * held field by field, why (legal basis), where it came from and who has seen it. Produced by the
 * data protection officer (the auditor role) as JSON (this schema, version 1) and as an encrypted PDF.
 */

/** How the person is looked for: by keyed hashes, never by decrypting every identity. */
export const extractSearchKinds = ['personal_number', 'name'] as const;
export type ExtractSearchKind = (typeof extractSearchKinds)[number];

const personalNumber = z
  .string()
  .trim()
  .max(limits.identityValueMax)
  .transform((value, ctx) => {
    const checked = checkPersonalNumber(value);
    if (checked.ok) return checked.normalized;
    ctx.addIssue({ code: 'custom', message: personalNumberProblems[checked.problem], params: { reason: checked.problem } });
    return z.NEVER;
  });

/**
 * The search: a personal identity number (personnummer or samordningsnummer, the check digit must
 * hold), or a full name. A name is found only when the stored full name has the same parts, in any
 * order, ignoring case, accents and punctuation: another spelling, a transliteration, a changed name
 * or an identity stored without a name is not found, so search by the number whenever there is one.
 */
export const extractSearchInput = z.discriminatedUnion('by', [
  z.object({ by: z.literal('personal_number'), personalNumber }),
  z.object({ by: z.literal('name'), fullName: z.string().trim().min(2).max(limits.identityValueMax) }),
]);
export type ExtractSearchInput = z.infer<typeof extractSearchInput>;
export type ExtractSearchRequest = z.input<typeof extractSearchInput>;

/** One person found: enough for the officer to pick the right one, no identity value. */
export const extractMatch = z.object({
  personId: z.uuid(),
  codeName: z.string(),
  birthYear: z.int().nullable(),
  hasProtectedIdentity: z.boolean(),
  /** The person's cases, NMT-YYYY-NNNNNN. */
  caseReferences: z.array(z.string()),
});
export const extractSearchResult = z.object({ persons: z.array(extractMatch) });
export type ExtractMatch = z.infer<typeof extractMatch>;
export type ExtractSearchResult = z.infer<typeof extractSearchResult>;

export const extractLanguages = ['sv', 'en'] as const;

/** Delivering an extract: the second-factor code again, as for every export. */
export const extractJsonInput = z.object({ code: secondFactorCode });
/** The PDF also takes the password it will open with (never stored) and the language of its labels. */
export const extractPdfInput = z.object({ code: secondFactorCode, password: exportPassword, language: z.enum(extractLanguages).default('sv') });
export type ExtractJsonInput = z.infer<typeof extractJsonInput>;
export type ExtractPdfInput = z.infer<typeof extractPdfInput>;

export const extractRecordTypes = ['person', 'identity', 'case', 'consultation', 'call', 'journal_entry', 'measure'] as const;
export type ExtractRecordType = (typeof extractRecordTypes)[number];

/** One field held: its name in the code, and its value as text (null when empty or withheld). */
export const extractField = z.object({
  name: z.string(),
  value: z.string().nullable(),
  /** True when the value is held but not written into the extract (protected identity, see `protectedIdentity`). */
  withheld: z.boolean(),
});

/** Why an organisation may process the record: the consent or statute recorded on the case team. */
export const extractLegalBasis = z.object({
  /** The organisation's name (its type only when the person has protected identity); null for the agency's own task. */
  organisation: z.string().nullable(),
  kind: z.enum(['consent', 'statute', 'public_task']),
  /** enums.statutoryProvisions, for kind statute. */
  statute: z.string().nullable(),
  consentGivenOn: z.string().nullable(),
  consentWithdrawnAt: z.string().nullable(),
});

/** Where the record came from. */
export const extractSourceKinds = ['intake_form', 'support_line', 'professional', 'case_created', 'identity_registered', 'written_in_case'] as const;
export const extractSource = z.object({
  kind: z.enum(extractSourceKinds),
  /** The organisation that recorded it (its type only with protected identity); null for the public form. */
  organisation: z.string().nullable(),
  at: z.string(),
});

/**
 * One access from the audit log: when, what kind, and the organisations and roles of the user.
 * Never the user's name: the person is told which recipients saw their data (Art. 15(1)(c)); the
 * staff's names are not theirs to have, and naming them would point a trafficker at a person.
 */
export const extractView = z.object({
  at: z.string(),
  action: z.string(),
  organisations: z.array(z.string()),
  roles: z.array(z.string()),
});

export const extractRecord = z.object({
  type: z.enum(extractRecordTypes),
  /** The case or consultation reference, or the record's id. */
  reference: z.string(),
  /** The case the record belongs to, if any. */
  caseReference: z.string().nullable(),
  fields: z.array(extractField),
  legalBases: z.array(extractLegalBasis),
  source: extractSource,
  views: z.array(extractView),
});

/**
 * calls_without_identity: calls hold no identity by design, so only calls logged on the person's
 * case or its consultation are found; requester_not_subject: a consultation's requester fields are
 * the asking professional's, not the person's, and are left out; name_search_may_miss: see the
 * search; third_parties: free text (descriptions, notes) may name others and is reviewed before
 * handover (Art. 15(4)); protected_identity: see `protectedIdentity`.
 */
export const extractNotes = ['calls_without_identity', 'requester_not_subject', 'name_search_may_miss', 'third_parties', 'protected_identity'] as const;
export type ExtractNote = (typeof extractNotes)[number];

export const registerExtract = z.object({
  schemaVersion: z.literal(1),
  producedAt: z.string(),
  personId: z.uuid(),
  /**
   * Protected identity (skyddade personuppgifter, DESIGN.md §6): the person is entitled to their
   * data, but the file may reach others, so what would say where they live (address, municipality,
   * county, organisation names) is withheld and marked; it is shown to the person in person.
   */
  protectedIdentity: z.object({ applies: z.boolean(), handover: z.enum(['ordinary', 'in_person']) }),
  records: z.array(extractRecord),
  /** What the extract does not cover and why, as codes the PDF and the web page explain. */
  notes: z.array(z.enum(extractNotes)),
});
export type RegisterExtract = z.infer<typeof registerExtract>;
export type ExtractRecord = z.infer<typeof extractRecord>;
export type ExtractView = z.infer<typeof extractView>;
export type ExtractLegalBasis = z.infer<typeof extractLegalBasis>;
