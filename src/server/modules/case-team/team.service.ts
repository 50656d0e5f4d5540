import type {
  CaseTeam,
  LegalBasis,
  TeamCandidates,
  TeamMember,
  TeamMemberInput,
  TeamMemberUpdateInput,
} from '../../../shared/schemas/case-team.ts';
import type { CaseParticipant } from '../../../shared/schemas/cases.ts';
import type { Db, Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, conflict, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { requireCaseAccess } from '../cases/case-access.policy.ts';
import { lockCase } from '../cases/cases.service.ts';
import { findLegalBasis, listLegalBases } from './legal-bases.queries.ts';
import {
  eligibleContactIds,
  findActiveMemberId,
  findActiveOrganisation,
  findMember,
  insertMember,
  listActiveMembers,
  listCandidateOrganisations,
  listCaseParticipants,
  listCaseRoleMembers,
  listRemovedMembers,
  markMemberRemoved,
  memberVersion,
  updateMember,
} from './team.queries.ts';

/**
 * Reads the If-Match version (428 without it). Called once the caller is known to see the case and
 * manage its team, so a case outside the scope answers 404 with or without the header.
 */
export type IfMatch = () => number;

export interface Idempotency {
  key: string | undefined;
  fingerprint: string;
}

/** The team and every legal basis of a case the actor may see. */
export async function getTeam(db: Db, ctx: ActorContext, unverifiedCaseId: string): Promise<CaseTeam> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const [legalBases, members, removed] = await Promise.all([
    listLegalBases(db, access.caseId),
    listActiveMembers(db, access.caseId),
    listRemovedMembers(db, access.caseId),
  ]);
  await recordAudit(db, ctx, {
    action: 'team.read',
    subjectId: access.caseId,
    details: { legalBases: legalBases.length, members: members.length, removed: removed.length },
  });
  return { legalBases, members, removed };
}

/** The members working on a case the actor may see. */
export async function getParticipants(db: Db, ctx: ActorContext, unverifiedCaseId: string): Promise<CaseParticipant[]> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const participants = await listCaseParticipants(db, access);
  await recordAudit(db, ctx, {
    action: 'team.read',
    subjectId: access.caseId,
    details: { participants: participants.length },
  });
  return participants;
}

export const unknownOrganisation = () =>
  badRequest('Invalid input: organisationId', [
    { field: 'organisationId', code: 'unknown', message: 'no active organisation with this id' },
  ]);

/** Organisations to put on the team, or the members of one of them to name as contacts. */
export async function getCandidates(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  unverifiedOrganisationId: string | undefined,
): Promise<TeamCandidates> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId, 'manageTeam');
  if (unverifiedOrganisationId === undefined) {
    return { organisations: await listCandidateOrganisations(db, access.regionCode), contacts: [] };
  }
  const organisation = await findActiveOrganisation(db, unverifiedOrganisationId);
  if (!organisation) throw unknownOrganisation();
  const contacts = await listCaseRoleMembers(db, organisation.id);
  // Names of an organisation's members are personal data; the read is logged like a member list.
  await recordAudit(db, ctx, {
    action: 'members.list',
    subjectId: organisation.id,
    details: { caseId: access.caseId, purpose: 'team_contacts', count: contacts.length },
  });
  return { organisations: [], contacts };
}

/**
 * The legal basis a team row may stand on: recorded in this case, for the same organisation, and
 * not withdrawn. Refusals name the field, so the form can say what is wrong.
 */
async function requireUsableBasis(tx: Tx, caseId: string, organisationId: string, unverifiedLegalBasisId: string): Promise<LegalBasis> {
  const basis = await findLegalBasis(tx, caseId, unverifiedLegalBasisId);
  if (!basis) {
    throw badRequest('Invalid input: legalBasisId', [
      { field: 'legalBasisId', code: 'unknown', message: 'no legal basis with this id in this case' },
    ]);
  }
  if (basis.organisationId !== organisationId) {
    throw badRequest('The legal basis was recorded for another organisation.', [
      { field: 'legalBasisId', code: 'other_organisation', message: 'the legal basis belongs to another organisation' },
    ]);
  }
  if (basis.consentWithdrawnAt !== null) {
    throw conflict('The consent of this legal basis has been withdrawn; record a new legal basis.');
  }
  return basis;
}

/** Refuses contacts who are not active members with a case role in the organisation. */
async function requireEligibleContacts(tx: Tx, organisationId: string, unverifiedUserIds: readonly string[]): Promise<string[]> {
  const eligible = await eligibleContactIds(tx, organisationId, unverifiedUserIds);
  const refused = unverifiedUserIds.flatMap((id, index) => (eligible.has(id) ? [] : [index]));
  if (refused.length > 0) {
    throw badRequest(
      'Invalid input: contactUserIds',
      refused.map((index) => ({
        field: `contactUserIds.${index}`,
        code: 'not_eligible',
        message: 'not an active member with a case role in the organisation',
      })),
    );
  }
  return [...unverifiedUserIds];
}

/** Puts an organisation on the case team under one of its legal bases. */
export async function addMember(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  input: TeamMemberInput,
  idempotency: Idempotency,
): Promise<{ member: TeamMember; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageTeam');
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      const organisation = await findActiveOrganisation(tx, input.organisationId);
      if (!organisation) throw unknownOrganisation();
      // Team changes of one case take turns, so two requests cannot both add the same organisation.
      await lockCase(tx, access.caseId);
      const basis = await requireUsableBasis(tx, access.caseId, organisation.id, input.legalBasisId);
      const contactUserIds = await requireEligibleContacts(tx, organisation.id, input.contactUserIds);
      if (await findActiveMemberId(tx, access.caseId, organisation.id)) {
        throw conflict('The organisation is already on the case team; change its legal basis or contacts instead.');
      }
      const created = await insertMember(tx, {
        caseId: access.caseId,
        organisationId: organisation.id,
        legalBasisId: basis.id,
        contactUserIds,
        addedByUserId: ctx.actor.userId,
      });
      await recordAudit(tx, ctx, {
        action: 'team.member_added',
        subjectId: access.caseId,
        details: { memberId: created, organisationId: organisation.id, legalBasisId: basis.id, contactUserIds },
      });
      return created;
    });
    const found = await findMember(tx, access.caseId, id);
    if (!found) throw notFound('No such team member.');
    return { member: found.member, replayed };
  });
}

/** The active team row of the case, checked against the version the client last read. */
async function requireActiveMember(tx: Tx, caseId: string, unverifiedMemberId: string, expectedVersion: number) {
  const found = await findMember(tx, caseId, unverifiedMemberId);
  if (!found) throw notFound('No such team member in this case.');
  if (found.member.version !== expectedVersion) throw staleVersion(found.member.version);
  if (found.isRemoved) throw conflict('The organisation has already been removed from the team.');
  return found.member;
}

/** Changes the named contacts or the legal basis of a team organisation. */
export async function changeMember(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  unverifiedMemberId: string,
  ifMatch: IfMatch,
  input: TeamMemberUpdateInput,
): Promise<TeamMember> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageTeam');
    const expectedVersion = ifMatch();
    const member = await requireActiveMember(tx, access.caseId, unverifiedMemberId, expectedVersion);
    const changes: { legalBasisId?: string; contactUserIds?: string[] } = {};
    if (input.legalBasisId !== undefined) {
      changes.legalBasisId = (await requireUsableBasis(tx, access.caseId, member.organisationId, input.legalBasisId)).id;
    }
    if (input.contactUserIds !== undefined) {
      changes.contactUserIds = await requireEligibleContacts(tx, member.organisationId, input.contactUserIds);
    }
    if (!(await updateMember(tx, member.id, expectedVersion, changes))) {
      throw staleVersion((await memberVersion(tx, member.id)) ?? expectedVersion);
    }
    await recordAudit(tx, ctx, {
      action: 'team.member_changed',
      subjectId: access.caseId,
      details: { memberId: member.id, organisationId: member.organisationId, ...changes },
    });
    return (await findMember(tx, access.caseId, member.id))!.member;
  });
}

/** Takes an organisation off the team; its members lose the case as this commits. */
export async function removeMember(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  unverifiedMemberId: string,
  ifMatch: IfMatch,
): Promise<void> {
  await db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageTeam');
    const expectedVersion = ifMatch();
    const member = await requireActiveMember(tx, access.caseId, unverifiedMemberId, expectedVersion);
    if (!(await markMemberRemoved(tx, member.id, expectedVersion, ctx.actor.userId))) {
      throw staleVersion((await memberVersion(tx, member.id)) ?? expectedVersion);
    }
    await recordAudit(tx, ctx, {
      action: 'team.member_removed',
      subjectId: access.caseId,
      details: { memberId: member.id, organisationId: member.organisationId },
    });
  });
}

/** Whether the user works on the case: a named contact or a case-role member of a team organisation. */
export { type CaseRouting, isCaseParticipant, organisationsOnCaseTeam } from './team.queries.ts';
