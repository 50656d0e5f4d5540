import { describe, expect, it } from 'vitest';
import { Keyring } from '../../platform/crypto.ts';
import {
  changedIdentityFields,
  decryptIdentity,
  emptyIdentity,
  encryptIdentity,
  filledIdentityFields,
  isUnderOldKey,
  reencrypt,
  reencryptIdentity,
  type IdentityValues,
} from './identity-codec.ts';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const oldRing = new Keyring(`k1:${key(1)}`);
const newRing = new Keyring(`k2:${key(2)},k1:${key(1)}`);

const values: IdentityValues = {
  fullName: 'Ana Popescu',
  personalNumber: '19811218-9876',
  documentNumber: 'PA1234567',
  dateOfBirth: '1981-12-18',
  phone: null,
  address: 'Storgatan 1',
  guardian: null,
};

describe('identity codec', () => {
  it('encrypts each value on its own, keeps nulls, and round-trips', () => {
    const sealed = encryptIdentity(oldRing, values);
    expect(sealed.phone).toBeNull();
    expect(sealed.guardian).toBeNull();
    for (const [field, value] of Object.entries(sealed)) {
      if (value === null) continue;
      expect(value.startsWith('v1.k1.')).toBe(true);
      expect(value).not.toContain(values[field as keyof IdentityValues]!);
    }
    expect(decryptIdentity(oldRing, sealed)).toEqual(values);
  });

  it('gives equal values different ciphertexts', () => {
    const twice = encryptIdentity(oldRing, { ...emptyIdentity, fullName: 'A', guardian: 'A' });
    expect(twice.fullName).not.toBe(twice.guardian);
  });

  it('names the fields that changed and those that hold a value', () => {
    expect(changedIdentityFields(values, { ...values, phone: '+46 70', address: null })).toEqual(['phone', 'address']);
    expect(changedIdentityFields(values, { ...values })).toEqual([]);
    expect(filledIdentityFields(values)).toEqual(['fullName', 'personalNumber', 'documentNumber', 'dateOfBirth', 'address']);
  });

  it('re-encrypts values under an old key and leaves those under the current key alone', () => {
    const sealed = encryptIdentity(oldRing, values);
    expect(isUnderOldKey(newRing, sealed.fullName!)).toBe(true);
    const moved = reencryptIdentity(newRing, sealed);
    expect(moved.fullName!.startsWith('v1.k2.')).toBe(true);
    expect(decryptIdentity(newRing, moved)).toEqual(values);
    expect(reencrypt(newRing, moved.fullName!)).toBe(moved.fullName);
    // The old ring cannot read what the new key sealed.
    expect(() => decryptIdentity(oldRing, moved)).toThrow();
  });
});
