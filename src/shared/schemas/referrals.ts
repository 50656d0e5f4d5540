import { z } from 'zod';
import { organisationTypes, policeRegions, referralKinds, referralStatuses, serviceNeeds, statutoryProvisions } from '../enums.ts';
import { limits } from '../limits.ts';
import { consentDate } from './case-team.ts';
import { uuid } from './common.ts';

const shortText = z.string().trim().min(1).max(limits.shortTextMax);
const instant = z.iso.datetime({ offset: true });
/** Why a referral is declined or revoked: required, in the user's words. */
export const referralReason = z.string().trim().min(1).max(limits.reasonMax);

/**
 * The legal basis the receiving organisation will work under once it accepts (DESIGN.md §3): the
 * person's consent, or a statutory provision, recorded on the case team exactly as the team does.
 */
export const referralLegalBasisInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('consent'),
    /** When the person gave it (YYYY-MM-DD), not in the future. */
    consentGivenOn: consentDate,
    /** What the consent covers. */
    consentScope: shortText,
    /** To whom the person gave it. */
    consentGivenTo: shortText,
  }),
  z.object({ kind: z.literal('statute'), statute: z.enum(statutoryProvisions) }),
]);
export type ReferralLegalBasisInput = z.infer<typeof referralLegalBasisInput>;

export const referralCreateInput = z.object({
  /** The organisation asked to take over the work: active, with active case-role members. */
  toOrganisationId: uuid,
  /** A named member of it to tell first (optional); active, with a case role. */
  recipientUserId: uuid.nullable().default(null),
  /** One service need, or null for the whole case. */
  serviceNeed: z.enum(serviceNeeds).nullable().default(null),
  /** What the receiving organisation should know; shown to its case-role members. */
  message: z.string().trim().min(1).max(limits.reasonMax),
  legalBasis: referralLegalBasisInput,
});
export type ReferralCreateInput = z.infer<typeof referralCreateInput>;
export type ReferralCreateRequest = z.input<typeof referralCreateInput>;

export const transferCreateInput = z.object({
  /** The coordinating organisation (social services with regional coordinators) that will own the case. */
  toOrganisationId: uuid,
  /** Where the person is now; needed when the receiving organisation is in another police region. */
  municipalityCode: z.string().regex(/^\d{4}$/).nullable().default(null),
  message: z.string().trim().min(1).max(limits.reasonMax),
});
export type TransferCreateInput = z.infer<typeof transferCreateInput>;
export type TransferCreateRequest = z.input<typeof transferCreateInput>;

/** Declining or revoking: the reason is required. */
export const referralReasonInput = z.object({ reason: referralReason });
export type ReferralReasonInput = z.infer<typeof referralReasonInput>;

export const referral = z.object({
  id: uuid,
  kind: z.enum(referralKinds),
  caseId: uuid,
  caseReference: z.string(),
  /** The case's police region when the referral was listed. */
  caseRegionCode: z.enum(policeRegions),
  serviceNeed: z.enum(serviceNeeds).nullable(),
  /**
   * Where it stands. Only `accepted` is done: a revoked or declined referral is never shown as done,
   * and a transfer across regions waits in `awaiting_approval` after acceptance.
   */
  status: z.enum(referralStatuses),
  fromOrganisationId: uuid,
  fromOrganisationName: z.string(),
  toOrganisationId: uuid,
  toOrganisationName: z.string(),
  toOrganisationType: z.enum(organisationTypes),
  recipientName: z.string().nullable(),
  message: z.string(),
  legalBasisKind: z.enum(['consent', 'statute']).nullable(),
  statute: z.enum(statutoryProvisions).nullable(),
  /** Transfers: the municipality the case moves to, if it changes. */
  municipalityCode: z.string().nullable(),
  requestedByName: z.string(),
  createdAt: instant,
  decidedByName: z.string().nullable(),
  decidedAt: instant.nullable(),
  /** Why it was declined or revoked. */
  reason: z.string().nullable(),
  /** Send it back in If-Match to accept, decline or revoke. */
  version: z.number().int(),
  /** What the caller may do with it now; the web app shows buttons from this. */
  can: z.object({ accept: z.boolean(), decline: z.boolean(), revoke: z.boolean() }),
});
export type Referral = z.infer<typeof referral>;

export const incomingQuery = z.object({
  /** pending (default): waiting for an answer; all: the answered ones too, latest first. */
  status: z.enum(['pending', 'all']).default('pending'),
});

export const incomingCount = z.object({ pending: z.number().int() });
export type IncomingCount = z.infer<typeof incomingCount>;

export const recipientQuery = z.object({
  /** Given: the members of this organisation who may be named recipients. */
  organisationId: uuid.optional(),
  /** transfer: only coordinating organisations (with regional coordinators). */
  purpose: z.enum(['referral', 'transfer']).default('referral'),
});

export const recipientOrganisation = z.object({
  id: uuid,
  name: z.string(),
  type: z.enum(organisationTypes),
  regionCode: z.enum(policeRegions).nullable(),
});
export const recipientMember = z.object({ userId: uuid, name: z.string() });

/** Only active organisations with active case-role members, and only active members, are offered. */
export const referralRecipients = z.object({
  organisations: z.array(recipientOrganisation),
  members: z.array(recipientMember),
});
export type ReferralRecipients = z.infer<typeof referralRecipients>;

export const referralParams = z.object({ referralId: uuid });
export const caseReferralParams = z.object({ caseId: uuid, referralId: uuid });
