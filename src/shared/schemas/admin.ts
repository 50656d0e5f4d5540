import { z } from 'zod';
import { organisationTypes, policeRegions, roles } from '../enums.ts';
import { roleChangeRefusals } from '../role-rules.ts';
import { limits } from '../limits.ts';
import { email, uuid } from './common.ts';

/** Roles held in one organisation: at least one, each at most once. */
export const roleList = z
  .array(z.enum(roles))
  .min(1)
  .max(limits.rolesMax)
  .refine((list) => new Set(list).size === list.length, 'each role at most once');

const organisationName = z.string().trim().min(1).max(limits.organisationNameMax);
/** The OpenID provider's issuer URL, e.g. https://login.example.se/realms/kommun. */
const oidcIssuer = z.url({ protocol: /^https?$/ }).max(limits.urlMax);
const oidcClientId = z.string().trim().min(1).max(limits.oidcClientIdMax);
const oidcClientSecret = z.string().min(1).max(limits.oidcClientSecretMax);
/** A municipality code of Statistics Sweden: four digits, e.g. 0180 for Stockholm. */
const municipalityCode = z.string().regex(/^\d{4}$/, 'four digits');

export const organisationCreateInput = z.object({
  name: organisationName,
  type: z.enum(organisationTypes),
  /** The police region it works in; null for national bodies. */
  regionCode: z.enum(policeRegions).nullable(),
  /**
   * For social services (type municipality): the municipality it serves, which the child rule of
   * the support process looks for on the case team. A known code, within the region when one is set.
   */
  municipalityCode: municipalityCode.nullable().default(null),
  /** OpenID Connect sign-in; give issuer and client id together, or neither. */
  oidcIssuer: oidcIssuer.nullable().default(null),
  oidcClientId: oidcClientId.nullable().default(null),
  /** Write-only: stored encrypted, never returned. */
  oidcClientSecret: oidcClientSecret.nullable().default(null),
});
export type OrganisationCreateInput = z.infer<typeof organisationCreateInput>;

/** Only the fields given change; oidcClientSecret: null removes the secret, absent keeps it. */
export const organisationUpdateInput = z.object({
  name: organisationName.optional(),
  type: z.enum(organisationTypes).optional(),
  regionCode: z.enum(policeRegions).nullable().optional(),
  municipalityCode: municipalityCode.nullable().optional(),
  oidcIssuer: oidcIssuer.nullable().optional(),
  oidcClientId: oidcClientId.nullable().optional(),
  oidcClientSecret: oidcClientSecret.nullable().optional(),
  /** false deactivates the organisation; true reactivates it. */
  isActive: z.boolean().optional(),
});
export type OrganisationUpdateInput = z.infer<typeof organisationUpdateInput>;

export const organisation = z.object({
  id: uuid,
  name: z.string(),
  type: z.enum(organisationTypes),
  regionCode: z.enum(policeRegions).nullable(),
  /** The municipality social services serve; null for other organisations. */
  municipalityCode: z.string().nullable(),
  oidcIssuer: z.string().nullable(),
  oidcClientId: z.string().nullable(),
  /** Whether a client secret is stored; the secret itself never leaves the server. */
  hasOidcClientSecret: z.boolean(),
  isActive: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** What the caller may do with it; the web app shows buttons from this. */
  can: z.object({ edit: z.boolean(), manageMembers: z.boolean() }),
});
export type Organisation = z.infer<typeof organisation>;

export const organisationList = z.object({
  items: z.array(organisation),
  can: z.object({ create: z.boolean() }),
});
export type OrganisationList = z.infer<typeof organisationList>;

export const organisationParams = z.object({ organisationId: uuid });
export const memberParams = organisationParams.extend({ userId: uuid });
export const invitationParams = organisationParams.extend({ invitationId: uuid });

/** One role as offered to the administrator editing someone's roles. */
export const roleChoice = z.object({
  role: z.enum(roles),
  /** Why the caller may not change it; null when they may. */
  refusal: z.enum(roleChangeRefusals).nullable(),
  /** Adding it waits for a second administrator (roles that open case content, audit or administration). */
  needsApproval: z.boolean(),
});
export type RoleChoice = z.infer<typeof roleChoice>;

/** A member as their organisation's administrator sees them. */
export const member = z.object({
  id: uuid,
  name: z.string(),
  email: z.string(),
  /** Roles in the organisation asked about. */
  roles: z.array(z.enum(roles)),
  isActive: z.boolean(),
  hasSecondFactor: z.boolean(),
  lastSignInAt: z.iso.datetime({ offset: true }).nullable(),
  /** Roles asked for in this organisation, waiting for a second administrator's approval. */
  pendingRoles: z.array(z.enum(roles)),
  /** The caller themselves: nobody changes their own roles. */
  isSelf: z.boolean(),
  can: z.object({
    editRoles: z.boolean(),
    deactivate: z.boolean(),
    revokeSessions: z.boolean(),
    /**
     * Each role the member holds or the organisation's kind allows, and whether the caller may
     * change it (refusal null) and whether adding it waits for a second administrator.
     */
    roleChoices: z.array(roleChoice),
  }),
});
export type Member = z.infer<typeof member>;

export const memberList = z.object({
  items: z.array(member),
  /** The roles of the organisation's kind, and whether the caller may give each to someone new (by invitation). */
  inviteChoices: z.array(roleChoice),
});
export type MemberList = z.infer<typeof memberList>;

export const rolesInput = z.object({ roles: roleList });
export type RolesInput = z.infer<typeof rolesInput>;

export const sessionsRevoked = z.object({ revoked: z.number().int() });

export const invitationCreateInput = z.object({
  name: z.string().trim().min(1).max(limits.nameMax),
  email,
  roles: roleList,
});
export type InvitationCreateInput = z.infer<typeof invitationCreateInput>;

export const invitation = z.object({
  id: uuid,
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(roles)),
  invitedByName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  isExpired: z.boolean(),
  /** Not sent yet: a role of it waits for a second administrator. */
  awaitingApproval: z.boolean(),
  can: z.object({ approve: z.boolean(), resend: z.boolean(), revoke: z.boolean() }),
});
export type Invitation = z.infer<typeof invitation>;

export const invitationList = z.object({ items: z.array(invitation) });
export type InvitationList = z.infer<typeof invitationList>;

/** The answer to an invitation sent or sent again. */
export const invitationSent = z.object({
  invitation,
  /** True when the e-mail went out over SMTP. */
  emailed: z.boolean(),
  /** The one-time link, shown once to hand over when no e-mail went out; null when it was e-mailed. */
  link: z.string().nullable(),
});
export type InvitationSent = z.infer<typeof invitationSent>;

/** A second administrator's "no", with the reason the one who asked will read. */
export const rejectionInput = z.object({ reason: z.string().trim().min(1).max(limits.reasonMax) });
export type RejectionInput = z.infer<typeof rejectionInput>;

/** Roles for a member that wait for a second administrator. */
export const roleRequest = z.object({
  id: uuid,
  userId: uuid,
  memberName: z.string(),
  email: z.string(),
  /** The roles to add when approved. */
  roles: z.array(z.enum(roles)),
  requestedByName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  can: z.object({ approve: z.boolean(), reject: z.boolean(), withdraw: z.boolean() }),
});
export type RoleRequest = z.infer<typeof roleRequest>;
export const roleRequestList = z.object({ items: z.array(roleRequest) });
export type RoleRequestList = z.infer<typeof roleRequestList>;
export const roleRequestParams = organisationParams.extend({ requestId: uuid });

/** The audit actions an organisation's log of role changes shows. */
export const roleChangeActions = [
  'membership.roles_changed',
  'membership.roles_change_refused',
  'role_request.created',
  'role_request.approved',
  'role_request.rejected',
  'role_request.withdrawn',
  'invitation.created',
  'invitation.approved',
  'invitation.rejected',
  'invitation.refused',
  'invitation.accepted',
  'organisation.change_refused',
] as const;

/** One entry of an organisation's log of role changes, refused attempts included. */
export const roleChange = z.object({
  id: z.number().int(),
  occurredAt: z.iso.datetime({ offset: true }),
  action: z.enum(roleChangeActions),
  actorName: z.string().nullable(),
  /** The member whose roles it is about; for an invitation not yet accepted, the name it was sent to. */
  memberName: z.string().nullable(),
  before: z.array(z.enum(roles)).nullable(),
  after: z.array(z.enum(roles)).nullable(),
  /** Roles asked for, granted or refused by the event. */
  roles: z.array(z.enum(roles)).nullable(),
  refusal: z.enum(roleChangeRefusals).nullable(),
});
export type RoleChange = z.infer<typeof roleChange>;
export const roleChangeList = z.object({ items: z.array(roleChange) });
export type RoleChangeList = z.infer<typeof roleChangeList>;
