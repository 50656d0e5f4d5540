import type { Db } from '../../src/server/db/client.ts';
import { caseTeamMembers, legalBases } from '../../src/server/db/schema/index.ts';
import type { LegalBasisKind } from '../../src/shared/enums.ts';

export interface TeamSeat {
  legalBasisId: string;
  memberId: string;
}

/**
 * Puts an organisation on a case's team directly in the database: a legal basis (consent given
 * yesterday, or the OSL 10:2 provision) and an active team row naming the contacts. Its case-role
 * people then see the case through cases.policy's team seat.
 */
export async function addToTeam(
  db: Db,
  options: {
    caseId: string;
    organisationId: string;
    recordedByUserId: string;
    kind?: LegalBasisKind;
    contactUserIds?: string[];
  },
): Promise<TeamSeat> {
  const kind = options.kind ?? 'consent';
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const [basis] = await db
    .insert(legalBases)
    .values({
      caseId: options.caseId,
      organisationId: options.organisationId,
      kind,
      statute: kind === 'statute' ? 'osl_10_2' : null,
      consentGivenOn: kind === 'consent' ? yesterday : null,
      consentScope: kind === 'consent' ? 'Samverkan om stöd och skydd' : null,
      consentGivenTo: kind === 'consent' ? 'Regionkoordinatorn' : null,
      recordedByUserId: options.recordedByUserId,
    })
    .returning({ id: legalBases.id });
  const [member] = await db
    .insert(caseTeamMembers)
    .values({
      caseId: options.caseId,
      organisationId: options.organisationId,
      legalBasisId: basis!.id,
      contactUserIds: options.contactUserIds ?? [],
      addedByUserId: options.recordedByUserId,
    })
    .returning({ id: caseTeamMembers.id });
  return { legalBasisId: basis!.id, memberId: member!.id };
}
