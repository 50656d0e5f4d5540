import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client.ts';
import { caseAccessGrants, caseTeamMembers, legalBases } from '../../src/server/db/schema/index.ts';

/**
 * Puts an organisation on a case's team under a statutory legal basis, straight into the tables
 * (the journal and task tests must not depend on the team module's routes). Answers the ids, so a
 * test can remove the seat or withdraw the basis.
 */
export async function seatOnTeam(
  db: Db,
  options: { caseId: string; organisationId: string; recordedByUserId: string; contactUserIds?: string[] },
): Promise<{ legalBasisId: string; memberId: string }> {
  const [basis] = await db
    .insert(legalBases)
    .values({
      caseId: options.caseId,
      organisationId: options.organisationId,
      kind: 'statute',
      statute: 'osl_10_2',
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

/** A break-the-glass grant for a coordinator, open for the next hour. */
export async function grantBreakGlass(db: Db, options: { caseId: string; userId: string }): Promise<void> {
  await db.insert(caseAccessGrants).values({
    caseId: options.caseId,
    userId: options.userId,
    reason: 'Akut behov av uppgifter i ärendet för test.',
    expiresAt: sql`now() + interval '1 hour'`,
  });
}
