import type { NotSameInput, PossibleDuplicate, PossibleDuplicateList, SamePersonInput } from '../../../shared/schemas/duplicates.ts';
import type { Db, Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { conflict, forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { type CaseAccess, requireCaseAccess } from '../cases/case-access.policy.ts';
import { linkCasesInTransaction } from '../cases/case-links.service.ts';
import { notifyAboutCase } from '../notifications/case-notifications.service.ts';
import { findPossibleDuplicates, insertDecision, replaceMatchKeys } from './duplicates.queries.ts';
import { type MatchKey, matchHashPurpose, matchKeysOf, type MatchableIdentity } from './match-keys.ts';

/**
 * Stores the keyed hashes of a person's identity under the keyring's current key, in the
 * transaction that stores the identity, so matching never needs to decrypt one.
 */
export async function storeMatchKeys(tx: Db | Tx, keyring: Keyring, personId: string, identity: MatchableIdentity): Promise<void> {
  const [current] = keyring.keyedHashers(matchHashPurpose);
  await replaceMatchKeys(tx, personId, matchKeysOf(current!, identity));
}

/**
 * The keyed hashes to look one identity value up by, under every key of the ring (an identity not
 * yet re-indexed after a rotation is still found): for the register extract's search, which
 * then reads person_match_keys without decrypting any identity.
 */
export function lookupKeys(keyring: Keyring, identity: MatchableIdentity): MatchKey[] {
  return keyring.keyedHashers(matchHashPurpose).flatMap((hasher) => matchKeysOf(hasher, identity));
}

/**
 * Who may be shown a case's possible duplicates: those who run the case; with protected identity
 * the lead alone, since a match says something about the identity.
 */
function mayReadDuplicates(access: CaseAccess): boolean {
  return access.can.manageLinks && (!access.hasProtectedIdentity || access.can.editIdentity);
}

/**
 * The possible duplicates of a case the caller has been let into, audited as read: only other
 * cases in the caller's scope and never a person with protected identity (left out in the query,
 * so the answer is the same as if no such match existed). Empty for a caller not allowed to know.
 */
export async function possibleDuplicatesOf(tx: Db | Tx, ctx: ActorContext, access: CaseAccess): Promise<PossibleDuplicate[]> {
  if (!mayReadDuplicates(access)) return [];
  const items = await findPossibleDuplicates(tx, ctx.actor, access.personId);
  await recordAudit(tx, ctx, {
    action: 'duplicates.read',
    subjectId: access.caseId,
    details: { caseIds: items.map((item) => item.caseId), count: items.length },
  });
  return items;
}

async function requireDuplicateReader(tx: Db | Tx, ctx: ActorContext, unverifiedCaseId: string): Promise<CaseAccess> {
  const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'manageLinks');
  if (!mayReadDuplicates(access)) throw forbidden('Only the lead coordinator sees the possible duplicates of a person with protected identity.');
  return access;
}

/** A link would show the other case's team that a person with protected identity is theirs. */
const mayLinkSamePerson = (access: CaseAccess) => !access.hasProtectedIdentity;

/** A case's possible duplicates (the case page's panel), with what the caller may do with them. */
export async function listPossibleDuplicates(db: Db, ctx: ActorContext, unverifiedCaseId: string): Promise<PossibleDuplicateList> {
  const access = await requireDuplicateReader(db, ctx, unverifiedCaseId);
  return { items: await possibleDuplicatesOf(db, ctx, access), canLinkSamePerson: mayLinkSamePerson(access) };
}

/**
 * Both cases of a decision: this one run by the caller, the other a current possible duplicate
 * of it that the caller also runs. Anything else is 404, as if it did not exist.
 */
async function requirePair(tx: Tx, ctx: ActorContext, unverifiedCaseId: string, unverifiedOtherCaseId: string) {
  const access = await requireDuplicateReader(tx, ctx, unverifiedCaseId);
  const [match] = await findPossibleDuplicates(tx, ctx.actor, access.personId, unverifiedOtherCaseId);
  if (!match) throw notFound('No such possible duplicate.');
  const other = await requireCaseAccess(tx, ctx.actor, match.caseId, 'manageLinks');
  if (match.decision !== null) throw conflict('The cases are already linked as the same person.');
  return { access, other };
}

export interface DecisionDeps {
  db: Db;
  /** Whether notifications are also e-mailed (SMTP configured). */
  emailNotifications: boolean;
}

/**
 * Links a possible duplicate as the same person: the decision, a "same person" link between the
 * cases, an audit row on each, and a notification to both lead coordinators, in one transaction.
 */
export async function markSamePerson(deps: DecisionDeps, ctx: ActorContext, unverifiedCaseId: string, input: SamePersonInput): Promise<PossibleDuplicateList> {
  return deps.db.transaction(async (tx) => {
    const { access, other } = await requirePair(tx, ctx, unverifiedCaseId, input.otherCaseId);
    if (!mayLinkSamePerson(access)) throw forbidden('A person with protected identity is not linked to another case through a match.');
    const decisionId = await insertDecision(tx, [access.personId, other.personId], 'same_person', null, ctx.actor.userId);
    if (!decisionId) throw conflict('The possible duplicate has already been decided.');
    const linked = await linkCasesInTransaction(tx, ctx, [access.caseId, other.caseId], 'same_person');
    await recordDecision(tx, ctx, deps.emailNotifications, 'same_person', decisionId, [access, other], linked);
    return { items: await findPossibleDuplicates(tx, ctx.actor, access.personId), canLinkSamePerson: mayLinkSamePerson(access) };
  });
}

/** Marks a possible duplicate as not the same person, with the reason; it is no longer suggested. */
export async function markNotSame(deps: DecisionDeps, ctx: ActorContext, unverifiedCaseId: string, input: NotSameInput): Promise<PossibleDuplicateList> {
  return deps.db.transaction(async (tx) => {
    const { access, other } = await requirePair(tx, ctx, unverifiedCaseId, input.otherCaseId);
    const decisionId = await insertDecision(tx, [access.personId, other.personId], 'not_same', input.reason, ctx.actor.userId);
    if (!decisionId) throw conflict('The possible duplicate has already been decided.');
    await recordDecision(tx, ctx, deps.emailNotifications, 'not_same', decisionId, [access, other], false);
    return { items: await findPossibleDuplicates(tx, ctx.actor, access.personId), canLinkSamePerson: mayLinkSamePerson(access) };
  });
}

async function recordDecision(
  tx: Tx,
  ctx: ActorContext,
  emailed: boolean,
  decision: 'same_person' | 'not_same',
  decisionId: string,
  [one, two]: readonly [CaseAccess, CaseAccess],
  linked: boolean,
): Promise<void> {
  for (const [subject, other] of [
    [one, two],
    [two, one],
  ] as const) {
    const details = { decisionId, otherCaseId: other.caseId };
    if (decision === 'same_person') {
      await recordAudit(tx, ctx, { action: 'duplicates.same_person', subjectId: subject.caseId, details: { ...details, linked } });
    } else {
      await recordAudit(tx, ctx, { action: 'duplicates.not_same', subjectId: subject.caseId, details });
    }
    // The lead coordinators of both cases, each about their own case; not the one who decided, and
    // never the other lead of a protected person's match, which would tell them a match exists.
    const tellsOfProtected = subject !== one && one.hasProtectedIdentity;
    const recipients = subject.leadUserId === ctx.actor.userId || tellsOfProtected ? [] : [subject.leadUserId];
    const kind = decision === 'same_person' ? 'duplicate_same_person' : 'duplicate_not_same';
    await notifyAboutCase(tx, { kind, caseId: subject.caseId, eventId: decisionId, recipients }, emailed);
  }
}
