import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client.ts';
import { caseAccessGrants, caseTeamMembers, legalBases } from '../../src/server/db/schema/index.ts';
import type { LegalBasisKind } from '../../src/shared/enums.ts';

export interface TeamSeat {
  legalBasisId: string;
  memberId: string;
}

/**
 * Puts an organisation on a case's team directly in the database (tests outside the team module
 * must not depend on its routes): a legal basis (consent given yesterday, or with `kind: 'statute'`
 * the OSL 10:2 provision) and an active team row naming the contacts. Its case-role members then see
 * the case through cases.policy's team seat. Answers the ids, so a test can remove the seat or
 * withdraw the basis.
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

/** A break-the-glass grant for a coordinator, open for the next hour, straight in the database. */
export async function grantBreakGlass(db: Db, options: { caseId: string; userId: string }): Promise<void> {
  await db.insert(caseAccessGrants).values({
    caseId: options.caseId,
    userId: options.userId,
    reason: 'Akut behov av uppgifter i ärendet för test.',
    expiresAt: sql`now() + interval '1 hour'`,
  });
}
