import { z } from 'zod';
import { casePhases } from '../enums.ts';
import { limits } from '../limits.ts';

/**
 * Why two identities may be the same person, strongest first: the same personal identity number,
 * the same passport or other identity document number, or names that sound alike.
 */
export const duplicateReasons = ['personal_number', 'document_number', 'name'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/** What a coordinator decided about a possible duplicate. */
export const duplicateDecisions = ['same_person', 'not_same'] as const;
export type DuplicateDecision = (typeof duplicateDecisions)[number];

/**
 * Another case whose person may be the same as this case's: only cases the caller may see, and
 * never one whose person has protected identity. A hint, never a merge: names that sound alike
 * (Lind and Lund) are not the same person.
 */
export const possibleDuplicate = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  phase: z.enum(casePhases),
  /** The other person's code name (pseudonymised), never their identity. */
  codeName: z.string(),
  birthYear: z.number().int().nullable(),
  /** What the identities share, strongest first. */
  reasons: z.array(z.enum(duplicateReasons)),
  /** Linked as the same person; null while undecided (a "not the same" pair is no longer listed). */
  decision: z.enum(['same_person']).nullable(),
});
export type PossibleDuplicate = z.infer<typeof possibleDuplicate>;

export const possibleDuplicateList = z.object({
  items: z.array(possibleDuplicate),
  /** Whether the caller may link these as the same person: never from a person with protected identity. */
  canLinkSamePerson: z.boolean(),
});
export type PossibleDuplicateList = z.infer<typeof possibleDuplicateList>;

/** The other case of a possible duplicate, linked as the same person. */
export const samePersonInput = z.object({ otherCaseId: z.uuid() });
export type SamePersonInput = z.infer<typeof samePersonInput>;

/** The other case of a possible duplicate, marked as not the same person, and why. */
export const notSameInput = z.object({
  otherCaseId: z.uuid(),
  reason: z.string().trim().min(limits.reasonMin).max(limits.reasonMax),
});
export type NotSameInput = z.infer<typeof notSameInput>;
export type NotSameRequest = z.input<typeof notSameInput>;
