import { z } from 'zod';
import { about, aboutEither, count, decision, fieldNames, flag, id, ids, refusal, roleList } from './vocabulary.ts';

const roleRequest = { organisationId: id, userId: id, roles: roleList };
const activation = { organisationId: id, sessionsEnded: count.optional() };

/**
 * Administration: organisations, their members and roles, role requests and invitations. The
 * organisation's log of role changes (audit/role-changes.service.ts) reads these details back.
 */
export const administrationEvents = {
  'organisation.change': about('organisation', { change: z.enum(['created', 'updated', 'deactivated', 'reactivated']), fields: fieldNames }),
  /** Changing the kind or place of an organisation one belongs to. */
  'organisation.change_refused': about('organisation', { organisationId: id, fields: fieldNames, refusal }),

  /**
   * An organisation's members, or the contacts of a case's team organisation. Written as
   * people.list and people.read before the rename; the log is append-only, so older rows keep those
   * names, and nothing reads these actions back.
   */
  'members.list': aboutEither('organisation', [{ userIds: ids }, { caseId: id, purpose: z.enum(['team_contacts']), count }]),
  'members.read': about('user', { organisationId: id }),
  'user.deactivated': about('user', activation),
  'user.reactivated': about('user', activation),

  'membership.roles_changed': about('user', {
    organisationId: id,
    before: roleList,
    after: roleList,
    /** When the change is an approved role request. */
    requestId: id.optional(),
    requestedByUserId: id.optional(),
  }),
  /** A role change, or a decision on a role request, the separation-of-duties rule refused. */
  'membership.roles_change_refused': aboutEither('user', [
    { organisationId: id, before: roleList, attempted: roleList, refusal },
    { organisationId: id, requestId: id, attempted: decision, roles: roleList, refusal },
  ]),
  'role_request.created': about('role_request', roleRequest),
  'role_request.approved': about('role_request', roleRequest),
  'role_request.rejected': about('role_request', roleRequest),
  /** Withdrawn by the one who asked, or superseded by a newer request for the same person. */
  'role_request.withdrawn': about('role_request', { ...roleRequest, superseded: flag.optional() }),
  'role_changes.list': about('organisation', { count }),

  'invitation.list': about('organisation', { invitationIds: ids }),
  'invitation.created': about('invitation', { organisationId: id, roles: roleList, awaitingApproval: flag }),
  'invitation.resent': about('invitation', { organisationId: id }),
  'invitation.revoked': about('invitation', { organisationId: id }),
  'invitation.accepted': about('invitation', {
    organisationId: id,
    roles: roleList,
    before: roleList,
    after: roleList,
    userId: id,
    newAccount: flag,
  }),
  'invitation.approved': about('invitation', { organisationId: id, roles: roleList }),
  'invitation.rejected': about('invitation', { organisationId: id, roles: roleList }),
  /** An invitation, or a decision on one, the separation-of-duties rule refused. */
  'invitation.refused': about('organisation', {
    organisationId: id,
    invitationId: id.optional(),
    attempted: decision.optional(),
    roles: roleList,
    refusal,
  }),
} as const;
