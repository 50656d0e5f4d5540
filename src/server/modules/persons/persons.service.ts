import type { CasePerson } from '../../../shared/schemas/cases.ts';
import {
  birthDatesDisagree,
  identityFields,
  type IdentityInput,
  type IdentitySaved,
  type IdentityView,
  type PersonField,
  type PersonUpdateInput,
} from '../../../shared/schemas/persons.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { badRequest, forbidden, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { requireCaseAccess } from '../cases/case-access.policy.ts';
import { possibleDuplicatesOf, storeMatchKeys } from '../duplicates/duplicates.service.ts';
import {
  changedIdentityFields,
  decryptIdentity,
  emptyIdentity,
  encryptIdentity,
  filledIdentityFields,
  type IdentityValues,
} from './identity-codec.ts';
import {
  findIdentity,
  findPerson,
  identityVersion,
  insertIdentity,
  updateIdentity,
  updatePerson,
} from './persons.queries.ts';

/**
 * Reads If-Match when called. Services call it after the access check, so a case outside the scope
 * answers 404 with or without the header, and only then 428 for a missing one.
 */
export type IfMatch = () => number;

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** The names of the fields a change really alters; the values never leave this function. */
function changedPersonFields(before: CasePerson, changes: PersonUpdateInput): PersonField[] {
  return (Object.keys(changes) as PersonField[]).filter((field) => !sameValue(before[field], changes[field]));
}

/**
 * Changes the pseudonymised person of a case (coordinators who run the case). The audit event
 * names the changed fields, never their values.
 */
export async function changePerson(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  ifMatch: IfMatch,
  changes: PersonUpdateInput,
): Promise<CasePerson> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'edit');
    const expectedVersion = ifMatch();
    const before = await findPerson(tx, access.personId);
    if (!before) throw notFound('No such case.');
    if (before.version !== expectedVersion) throw staleVersion(before.version);
    const fields = changedPersonFields(before, changes);
    // Lifting protection would hand identity and address to named team contacts: only the lead
    // decides that. Anyone who runs the case may turn it on.
    if (before.hasProtectedIdentity && changes.hasProtectedIdentity === false && !access.can.editIdentity) {
      throw forbidden('Only the lead coordinator may lift protected identity.');
    }
    const updated = await updatePerson(tx, access.personId, expectedVersion, changes);
    if (!updated) throw staleVersion((await findPerson(tx, access.personId))?.version ?? before.version);
    await recordAudit(tx, ctx, {
      action: 'person.update',
      subjectId: access.caseId,
      details: { personId: access.personId, fields },
    });
    return updated;
  });
}

function present(values: IdentityValues, exists: boolean, version: number, showAddress: boolean): IdentityView {
  return {
    ...values,
    address: showAddress ? values.address : null,
    exists,
    addressHidden: !showAddress,
    hasAddress: values.address !== null,
    version,
  };
}

/**
 * Shows the person's identity: the deliberate "show" action, for those whose part in the case
 * allows it. With protected identity the address is never shown. The audit event names the fields
 * shown, and is written before anything is answered.
 */
export async function showIdentity(db: Db, keyring: Keyring, ctx: ActorContext, unverifiedCaseId: string): Promise<IdentityView> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId, 'showIdentity');
  const stored = await findIdentity(db, access.personId);
  const values = stored ? decryptIdentity(keyring, stored.values) : emptyIdentity;
  const view = present(values, stored !== undefined, stored?.version ?? 0, access.can.showAddress);
  await recordAudit(db, ctx, {
    action: 'identity.read',
    subjectId: access.caseId,
    details: {
      personId: access.personId,
      exists: view.exists,
      fields: filledIdentityFields({ ...values, address: view.address }),
      addressHidden: view.addressHidden,
    },
  });
  return view;
}

/** The input's fields that were sent; a field left out keeps its stored value. */
function sentValues(input: IdentityInput): Partial<IdentityValues> {
  const sent: Partial<IdentityValues> = {};
  for (const field of identityFields) {
    const value = input[field];
    if (value !== undefined) sent[field] = value;
  }
  return sent;
}

/**
 * Stores the person's identity (the lead coordinator). Every value is encrypted on its own under
 * the current key; values kept from before are encrypted again, so the whole row is under the key
 * it names. Expecting version 0 stores the first identity; when someone stored one meanwhile, the
 * answer is 412 like any other stale version. The keyed hashes for duplicate matching are stored
 * in the same transaction, and the answer names the possible duplicates the caller may know of.
 */
export async function setIdentity(
  db: Db,
  keyring: Keyring,
  ctx: ActorContext,
  unverifiedCaseId: string,
  ifMatch: IfMatch,
  input: IdentityInput,
): Promise<IdentitySaved> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'editIdentity');
    const expectedVersion = ifMatch();
    const stored = await findIdentity(tx, access.personId, true);
    if ((stored?.version ?? 0) !== expectedVersion) throw staleVersion(stored?.version ?? 0);
    const before = stored ? decryptIdentity(keyring, stored.values) : emptyIdentity;
    const sent = sentValues(input);
    const after: IdentityValues = { ...before, ...sent };
    if (birthDatesDisagree(after.personalNumber, after.dateOfBirth)) {
      const field = sent.dateOfBirth !== undefined ? 'dateOfBirth' : 'personalNumber';
      throw badRequest(`Invalid input: ${field}`, [
        { field, code: 'mismatch', message: 'the date of birth and the personal identity number do not agree' },
      ]);
    }
    const encrypted = encryptIdentity(keyring, after);
    const version = stored
      ? await updateIdentity(tx, access.personId, expectedVersion, encrypted, keyring.currentKeyId, ctx.actor.userId)
      : await insertIdentity(tx, access.personId, encrypted, keyring.currentKeyId, ctx.actor.userId);
    if (version === undefined) throw staleVersion(await identityVersion(tx, access.personId));
    await recordAudit(tx, ctx, {
      action: 'identity.update',
      subjectId: access.caseId,
      details: { personId: access.personId, created: !stored, fields: changedIdentityFields(before, after) },
    });
    await storeMatchKeys(tx, keyring, access.personId, after);
    const possibleDuplicates = await possibleDuplicatesOf(tx, ctx, access);
    return { ...present(after, true, version, access.can.showAddress), possibleDuplicates };
  });
}
