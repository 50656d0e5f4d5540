import type { IntakeFormToken, IntakeInput, IntakeReceipt } from '../../../shared/schemas/intake.ts';
import { addWorkingDays } from '../../../shared/working-days.ts';
import type { Db } from '../../db/client.ts';
import { policeRegionNames } from '../../db/reference-data.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { badRequest } from '../../platform/problems.ts';
import type { RequestContext } from '../../platform/request-context.ts';
import { stockholmYear as swedishYear } from '../../../shared/working-days.ts';
import { openConsultation } from '../consultations/consultation-opening.service.ts';
import { findMunicipality } from '../reference/reference.service.ts';
import { checkFormToken, countIntakeAttempt, decoyReference, intakeRateLimit, issueFormToken, tooManySubmissions } from './intake-guard.ts';

export function formToken(keyring: Keyring): IntakeFormToken {
  return { token: issueFormToken(keyring) };
}

const tokenMessages = {
  token_invalid: 'The form could not be verified. Load the page again and resubmit.',
  token_too_fast: 'The form was sent too quickly after it was loaded. Wait a moment and send it again.',
  token_expired: 'The form has been open too long. Load the page again and resubmit.',
} as const;

/**
 * The public form's submission. In order: the rate limit per address (429, nothing stored), the
 * honeypot (answered like a success with a decoy reference that is never stored), the fill-time
 * token (400 on formToken), then the consultation is opened in its municipality's police region.
 * Refusals are audited with their reason only, never the content.
 */
export async function submitIntake(db: Db, keyring: Keyring, ctx: RequestContext, input: IntakeInput): Promise<IntakeReceipt> {
  const rate = await countIntakeAttempt(db, ctx.clientAddress);
  if (!rate.ok) {
    // One audit row per address and window, not one per hammering request.
    if (rate.count === intakeRateLimit + 1) await recordAudit(db, ctx, { action: 'consultation.intake_refused', details: { reason: 'rate_limited' } });
    throw tooManySubmissions(rate.retryAfterSeconds);
  }

  if (input.website.trim() !== '') {
    await recordAudit(db, ctx, { action: 'consultation.intake_refused', details: { reason: 'honeypot' } });
    const now = new Date();
    const route = findMunicipality(input.municipalityCode);
    return {
      reference: decoyReference(swedishYear(now)),
      ...(route ? { regionName: policeRegionNames[route.regionCode] } : {}),
      firstResponseDueAt: addWorkingDays(now, 1).toISOString(),
    };
  }

  const token = checkFormToken(keyring, input.formToken);
  if (!token.ok) {
    await recordAudit(db, ctx, { action: 'consultation.intake_refused', details: { reason: token.reason } });
    throw badRequest('Invalid input: formToken', [{ field: 'formToken', code: token.reason, message: tokenMessages[token.reason] }]);
  }

  const opened = await db.transaction((tx) =>
    openConsultation(tx, ctx, {
      source: 'public_form',
      createdByUserId: null,
      municipalityCode: input.municipalityCode,
      description: input.description,
      exploitationForms: input.exploitationForms,
      childInvolved: input.childInvolved,
      urgency: input.urgency,
      requesterName: input.requesterName,
      requesterOrganisation: input.requesterOrganisation,
      requesterPhone: input.requesterPhone === '' ? null : input.requesterPhone,
      requesterEmail: input.requesterEmail === '' ? null : input.requesterEmail.toLowerCase(),
    }),
  );
  return {
    reference: opened.reference,
    regionName: policeRegionNames[opened.regionCode],
    firstResponseDueAt: opened.firstResponseDueAt.toISOString(),
  };
}

/** Deletes rate-limit windows no submission can reach any more; for the housekeeping. */
export { removeOldIntakeWindows } from './intake-guard.ts';

/**
 * The same defences for another public form (the training registration): its own token purpose,
 * and its own rate-limit buckets (`form` keys the address hash) with its own limit.
 */
export {
  checkFormToken as checkPublicFormToken,
  countIntakeAttempt as countPublicFormAttempt,
  issueFormToken as issuePublicFormToken,
  tooManySubmissions,
} from './intake-guard.ts';
