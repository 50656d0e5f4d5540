import type { ConsentWithdrawalInput, LegalBasis, LegalBasisInput } from '../../../shared/schemas/case-team.ts';
import { stockholmDate } from '../../../shared/working-days.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, conflict, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { requireCaseAccess } from '../cases/case-access.policy.ts';
import { findLegalBasis, insertLegalBasis, legalBasisVersion, markConsentWithdrawn } from './legal-bases.queries.ts';
import { findActiveOrganisation } from './team.queries.ts';
import { type Idempotency, type IfMatch, unknownOrganisation } from './team.service.ts';

/** Records consent or a statutory provision for an organisation's part in the case. */
export async function recordLegalBasis(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  input: LegalBasisInput,
  idempotency: Idempotency,
): Promise<{ legalBasis: LegalBasis; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageTeam');
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      const organisation = await findActiveOrganisation(tx, input.organisationId);
      if (!organisation) throw unknownOrganisation();
      const isConsent = input.kind === 'consent';
      const created = await insertLegalBasis(tx, {
        caseId: access.caseId,
        organisationId: organisation.id,
        kind: input.kind,
        statute: isConsent ? null : input.statute,
        consentGivenOn: isConsent ? input.consentGivenOn : null,
        consentScope: isConsent ? input.consentScope : null,
        consentGivenTo: isConsent ? input.consentGivenTo : null,
        recordedByUserId: ctx.actor.userId,
      });
      await recordAudit(tx, ctx, {
        action: 'team.legal_basis_recorded',
        subjectId: access.caseId,
        details: { legalBasisId: created, organisationId: organisation.id, kind: input.kind },
      });
      return created;
    });
    const legalBasis = await findLegalBasis(tx, access.caseId, id);
    if (!legalBasis) throw notFound('No such legal basis.');
    return { legalBasis, replayed };
  });
}

/**
 * Withdraws a consent. Every query reads the basis through the case scope, so the organisation's
 * members lose the case as this commits; the team row stays, without a basis, until it is given
 * another or removed.
 */
export async function withdrawConsent(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  unverifiedLegalBasisId: string,
  ifMatch: IfMatch,
  input: ConsentWithdrawalInput,
): Promise<LegalBasis> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageTeam');
    const expectedVersion = ifMatch();
    const basis = await findLegalBasis(tx, access.caseId, unverifiedLegalBasisId);
    if (!basis) throw notFound('No such legal basis in this case.');
    if (basis.kind !== 'consent') throw conflict('A statutory provision cannot be withdrawn; remove the organisation from the team instead.');
    if (basis.consentWithdrawnAt !== null) throw conflict('The consent has already been withdrawn.');
    if (basis.version !== expectedVersion) throw staleVersion(basis.version);
    const at = withdrawalMoment(input?.withdrawnAt, basis.consentGivenOn);
    if (!(await markConsentWithdrawn(tx, basis.id, expectedVersion, at))) {
      throw staleVersion((await legalBasisVersion(tx, basis.id)) ?? expectedVersion);
    }
    await recordAudit(tx, ctx, {
      action: 'team.consent_withdrawn',
      subjectId: access.caseId,
      details: { legalBasisId: basis.id, organisationId: basis.organisationId },
    });
    const withdrawn = await findLegalBasis(tx, access.caseId, basis.id);
    return withdrawn!;
  });
}

/** When the consent ended: now, or an earlier moment given, not before it was given nor in the future. */
function withdrawalMoment(given: string | undefined, consentGivenOn: string | null): Date {
  const now = new Date();
  if (given === undefined) return now;
  const at = new Date(given);
  // A minute's grace for a client clock slightly ahead.
  if (at.getTime() > now.getTime() + 60_000) {
    throw badRequest('Invalid input: withdrawnAt', [{ field: 'withdrawnAt', code: 'too_big', message: 'not in the future' }]);
  }
  if (consentGivenOn !== null && stockholmDate(at) < consentGivenOn) {
    throw badRequest('Invalid input: withdrawnAt', [
      { field: 'withdrawnAt', code: 'too_small', message: 'not before the consent was given' },
    ]);
  }
  return at > now ? now : at;
}
