import type { LegalBasisKind, StatutoryProvision } from '../../../shared/enums.ts';
import type { Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { lockCase } from '../cases/cases.service.ts';
import { insertLegalBasis } from './legal-bases.queries.ts';
import { eligibleContactIds, findActiveMemberId, findActiveOrganisation, insertMember, memberVersion, updateMember } from './team.queries.ts';

export interface ReferralSeat {
  caseId: string;
  organisationId: string;
  /** The legal basis the referral carried: recorded for the organisation as the team records one. */
  legalBasis: {
    kind: LegalBasisKind;
    statute: StatutoryProvision | null;
    consentGivenOn: string | null;
    consentScope: string | null;
    consentGivenTo: string | null;
  };
  /** The member who accepted, named as the organisation's contact when eligible. */
  contactUserId: string;
}

/**
 * Puts the organisation that accepted a referral on the case team, exactly as adding a team member
 * does: its legal basis recorded first, then the seat, each audited. The referrals module has
 * decided the actor may accept; the actor need not see the case yet. An organisation already on
 * the team keeps its seat (a referral for one more service need) and the new basis is still
 * recorded and the seat moved onto it. Answers the seat's id, or undefined when the organisation is no longer active.
 */
export async function seatOrganisationByReferral(tx: Tx, ctx: ActorContext, seat: ReferralSeat): Promise<string | undefined> {
  const organisation = await findActiveOrganisation(tx, seat.organisationId);
  if (!organisation) return undefined;
  // Team changes of one case take turns (see addMember).
  await lockCase(tx, seat.caseId);
  const legalBasisId = await insertLegalBasis(tx, {
    caseId: seat.caseId,
    organisationId: organisation.id,
    ...seat.legalBasis,
    recordedByUserId: ctx.actor.userId,
  });
  await recordAudit(tx, ctx, {
    action: 'team.legal_basis_recorded',
    subjectId: seat.caseId,
    details: { legalBasisId, organisationId: organisation.id, kind: seat.legalBasis.kind },
  });
  const existing = await findActiveMemberId(tx, seat.caseId, organisation.id);
  if (existing) {
    // The seat stands on the newly recorded basis, so a withdrawn consent does not keep the referral from giving access.
    const version = await memberVersion(tx, existing);
    if (version !== undefined && (await updateMember(tx, existing, version, { legalBasisId }))) {
      await recordAudit(tx, ctx, {
        action: 'team.member_changed',
        subjectId: seat.caseId,
        details: { memberId: existing, organisationId: organisation.id, legalBasisId },
      });
    }
    return existing;
  }
  const contactUserIds = [...(await eligibleContactIds(tx, organisation.id, [seat.contactUserId]))];
  const memberId = await insertMember(tx, {
    caseId: seat.caseId,
    organisationId: organisation.id,
    legalBasisId,
    contactUserIds,
    addedByUserId: ctx.actor.userId,
  });
  await recordAudit(tx, ctx, {
    action: 'team.member_added',
    subjectId: seat.caseId,
    details: { memberId, organisationId: organisation.id, legalBasisId, contactUserIds },
  });
  return memberId;
}

/** Whether the organisation has an active seat on the case team now. */
export async function isOnCaseTeam(tx: Tx, caseId: string, organisationId: string): Promise<boolean> {
  return (await findActiveMemberId(tx, caseId, organisationId)) !== undefined;
}
