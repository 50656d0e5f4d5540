import { type IdentityField, identityFields } from '../../../shared/schemas/persons.ts';
import { Keyring } from '../../platform/crypto.ts';

/** The identity's values in plain text; null where nothing is stored. */
export type IdentityValues = Record<IdentityField, string | null>;

export const emptyIdentity: IdentityValues = {
  fullName: null,
  personalNumber: null,
  documentNumber: null,
  dateOfBirth: null,
  phone: null,
  address: null,
  guardian: null,
};

/**
 * Encrypts every value on its own under the keyring's current key (AES-256-GCM with a fresh IV
 * each), so equal values never look equal in the table and each names the key it needs.
 */
export function encryptIdentity(keyring: Keyring, values: IdentityValues): IdentityValues {
  return mapValues(values, (value) => keyring.encrypt(value));
}

/** Decrypts a stored row's values; throws if one was tampered with or its key is not in the ring. */
export function decryptIdentity(keyring: Keyring, stored: IdentityValues): IdentityValues {
  return mapValues(stored, (value) => keyring.decrypt(value));
}

/** The fields whose values differ; compared in plain text, since the ciphertexts always differ. */
export function changedIdentityFields(before: IdentityValues, after: IdentityValues): IdentityField[] {
  return identityFields.filter((field) => before[field] !== after[field]);
}

/** The fields that hold a value. */
export function filledIdentityFields(values: IdentityValues): IdentityField[] {
  return identityFields.filter((field) => values[field] !== null);
}

/** Whether a stored value is encrypted under another key than the keyring's current one. */
export function isUnderOldKey(keyring: Keyring, stored: string): boolean {
  return Keyring.keyIdOf(stored) !== keyring.currentKeyId;
}

/** The value encrypted under the current key; a value already under it is returned as it is. */
export function reencrypt(keyring: Keyring, stored: string): string {
  return isUnderOldKey(keyring, stored) ? keyring.encrypt(keyring.decrypt(stored)) : stored;
}

/** Re-encrypts every value of a stored identity under the current key. */
export function reencryptIdentity(keyring: Keyring, stored: IdentityValues): IdentityValues {
  return mapValues(stored, (value) => reencrypt(keyring, value));
}

function mapValues(values: IdentityValues, fn: (value: string) => string): IdentityValues {
  const result = { ...emptyIdentity };
  for (const field of identityFields) {
    const value = values[field];
    result[field] = value === null ? null : fn(value);
  }
  return result;
}
