import type { Referral } from '../../../shared/schemas/referrals.ts';
import type { Actor } from '../../platform/actor.ts';
import { referralAbilities } from './referrals.policy.ts';
import type { ReferralRow } from './referrals.queries.ts';

/**
 * A referral as the API shows it. The consent's scope and to whom it was given stay on the case
 * team once recorded; the list says only which kind of basis it carries.
 */
export function presentReferral(actor: Actor, row: ReferralRow, worksInCase: boolean): Referral {
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    caseReference: row.caseReference,
    caseRegionCode: row.caseRegionCode,
    serviceNeed: row.serviceNeed,
    status: row.status,
    fromOrganisationId: row.fromOrganisationId,
    fromOrganisationName: row.fromOrganisationName,
    toOrganisationId: row.toOrganisationId,
    toOrganisationName: row.toOrganisationName,
    toOrganisationType: row.toOrganisationType,
    recipientName: row.recipientName,
    message: row.message,
    legalBasisKind: row.legalBasisKind,
    statute: row.statute,
    municipalityCode: row.municipalityCode,
    requestedByName: row.requestedByName,
    createdAt: row.createdAt.toISOString(),
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    reason: row.reason,
    version: row.version,
    can: referralAbilities(actor, row, worksInCase),
  };
}
