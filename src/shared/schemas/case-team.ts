import { z } from 'zod';
import { legalBasisKinds, organisationTypes, policeRegions, statutoryProvisions } from '../enums.ts';
import { limits } from '../limits.ts';
import { stockholmDate } from '../working-days.ts';
import { uuid } from './common.ts';

const shortText = z.string().trim().min(1).max(limits.shortTextMax);
const instant = z.iso.datetime({ offset: true });

/** The day the person gave consent: a real date, not after today (Swedish time). */
export const consentDate = z.iso
  .date()
  .refine((d) => d >= '1900-01-01', 'a date from 1900 on')
  .refine((d) => d <= stockholmDate(new Date()), 'not in the future');

/**
 * A legal basis for one organisation's part in the case (DESIGN.md §3, §6): the person's consent,
 * with its date, scope and to whom it was given, or a statutory provision from the list.
 */
export const legalBasisInput = z.discriminatedUnion('kind', [
  z.object({
    /** The organisation the consent lets onto the case team. */
    organisationId: uuid,
    kind: z.literal('consent'),
    /** When the person gave it (YYYY-MM-DD), not in the future. */
    consentGivenOn: consentDate,
    /** What the consent covers, in the coordinator's words; never shown in the audit log. */
    consentScope: shortText,
    /** To whom the person gave it: a person or an office. */
    consentGivenTo: shortText,
  }),
  z.object({
    organisationId: uuid,
    kind: z.literal('statute'),
    /** The provision that allows the disclosure without consent. */
    statute: z.enum(statutoryProvisions),
  }),
]);
export type LegalBasisInput = z.infer<typeof legalBasisInput>;

/**
 * Withdrawing consent. Send `{}` (or no body) to record it as withdrawn now; withdrawnAt records an
 * earlier moment the person withdrew it, e.g. by phone yesterday. Either way the organisation's
 * access ends as the request commits.
 */
export const consentWithdrawalInput = z
  .object({
    /** When the person withdrew the consent; not in the future. Defaults to now. */
    withdrawnAt: instant.optional(),
  })
  .optional();
export type ConsentWithdrawalInput = z.infer<typeof consentWithdrawalInput>;

/** Named contacts of a team organisation: its members with a case role, each at most once. */
export const contactUserIdList = z
  .array(uuid)
  .max(20)
  .refine((ids) => new Set(ids).size === ids.length, 'each contact at most once');

export const teamMemberInput = z.object({
  organisationId: uuid,
  /** A legal basis recorded in this case for this organisation, not withdrawn. */
  legalBasisId: uuid,
  contactUserIds: contactUserIdList.default([]),
});
export type TeamMemberInput = z.infer<typeof teamMemberInput>;
export type TeamMemberRequest = z.input<typeof teamMemberInput>;

/** A change of a team organisation; send only what changes, with If-Match. */
export const teamMemberUpdateInput = z
  .object({
    contactUserIds: contactUserIdList,
    legalBasisId: uuid,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type TeamMemberUpdateInput = z.infer<typeof teamMemberUpdateInput>;

export const legalBasis = z.object({
  id: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  kind: z.enum(legalBasisKinds),
  statute: z.enum(statutoryProvisions).nullable(),
  consentGivenOn: z.iso.date().nullable(),
  consentScope: z.string().nullable(),
  consentGivenTo: z.string().nullable(),
  /** Set once the consent is withdrawn; from then on the basis lets no one in. */
  consentWithdrawnAt: instant.nullable(),
  recordedByName: z.string(),
  recordedAt: instant,
  /** Send it back in If-Match to withdraw the consent. */
  version: z.number().int(),
});
export type LegalBasis = z.infer<typeof legalBasis>;

export const teamContact = z.object({ userId: uuid, name: z.string() });
export type TeamContact = z.infer<typeof teamContact>;

export const teamMember = z.object({
  id: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  organisationType: z.enum(organisationTypes),
  legalBasisId: uuid,
  contacts: z.array(teamContact),
  addedByName: z.string(),
  addedAt: instant,
  /** Send it back in If-Match to change or remove the organisation. */
  version: z.number().int(),
});
export type TeamMember = z.infer<typeof teamMember>;

/** An organisation that has left the team; kept as history. */
export const removedTeamMember = teamMember.extend({
  removedAt: instant,
  removedByName: z.string().nullable(),
});
export type RemovedTeamMember = z.infer<typeof removedTeamMember>;

export const caseTeam = z.object({
  /** Every legal basis recorded in the case, withdrawn ones too, oldest first. */
  legalBases: z.array(legalBasis),
  /** The organisations on the team now, by name. */
  members: z.array(teamMember),
  /** Organisations that have been removed, latest first. */
  removed: z.array(removedTeamMember),
});
export type CaseTeam = z.infer<typeof caseTeam>;

export const teamCandidatesQuery = z.object({
  /** Given: the members of this organisation who may be named contacts. */
  organisationId: uuid.optional(),
});

export const candidateOrganisation = z.object({
  id: uuid,
  name: z.string(),
  type: z.enum(organisationTypes),
  regionCode: z.enum(policeRegions).nullable(),
});
export type CandidateOrganisation = z.infer<typeof candidateOrganisation>;

export const candidateContact = z.object({ userId: uuid, name: z.string() });
export type CandidateContact = z.infer<typeof candidateContact>;

/**
 * Without organisationId: the active organisations, the case's region first, and no contacts.
 * With it: that organisation's active members with a case role, who may be named contacts, and no
 * organisations.
 */
export const teamCandidates = z.object({
  organisations: z.array(candidateOrganisation),
  contacts: z.array(candidateContact),
});
export type TeamCandidates = z.infer<typeof teamCandidates>;
