import { doubleMetaphone } from 'double-metaphone';
import { type DuplicateReason, duplicateReasons } from '../../../shared/schemas/duplicates.ts';
import type { KeyedHasher } from '../../platform/crypto.ts';
import { foldedNameParts, foldNamePart } from './name-folding.ts';

/**
 * What two identities are compared by, without decrypting either: keyed hashes (HMAC-SHA256) of
 * the normalised personal identity number and of the names' phonetic codes. A shared key is a
 * hint that the same person may be registered twice, never proof: Lind and Lund, Maria and Mario
 * code alike.
 */

/** Why two identities may be the same person, strongest first. */
export const matchKinds = duplicateReasons;
export type MatchKind = DuplicateReason;

/** How many name parts are paired; a longer name keeps its first ones. */
const maxNameParts = 5;

/** The double metaphone codes (primary and alternate, once each) of one folded name part. */
export function phoneticCodes(foldedPart: string): string[] {
  if (foldedPart.length === 0) return [];
  return [...new Set(doubleMetaphone(foldedPart))].filter((code) => code.length > 0);
}

/** The phonetic codes of one name part as written. */
export function namePartCodes(part: string): string[] {
  return phoneticCodes(foldNamePart(part));
}

/** Whether two single name parts (a surname, a given name) code alike. */
export function namePartsMatch(a: string, b: string): boolean {
  const codes = new Set(namePartCodes(a));
  return namePartCodes(b).some((code) => codes.has(code));
}

/**
 * The texts hashed for a full name. A name of one part gives its codes; a longer name gives every
 * pair of its parts' codes, in sorted order, so two names match when two of their parts code alike
 * in any order (Anna Maria Lindqvist and Lindkvist Anna), and one shared given name is not enough.
 */
export function nameMaterials(fullName: string): string[] {
  const parts = foldedNameParts(fullName).slice(0, maxNameParts).map(phoneticCodes).filter((codes) => codes.length > 0);
  const materials = new Set<string>();
  if (parts.length === 1) for (const code of parts[0]!) materials.add(`name1:${code}`);
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      for (const a of parts[i]!) for (const b of parts[j]!) materials.add(`name2:${[a, b].sort().join('|')}`);
    }
  }
  return [...materials];
}

/** Whether two full names share a hashed key. */
export function namesMatch(a: string, b: string): boolean {
  const keys = new Set(nameMaterials(a));
  return nameMaterials(b).some((key) => keys.has(key));
}

/** The text hashed for a personal identity number, already normalised (YYYYMMDD-NNNN). */
export function personalNumberMaterial(normalized: string): string {
  return `pnr:${normalized}`;
}

/**
 * The text hashed for an identity document number: letters and digits only, in capitals, so
 * "ab 123-456" on one form and "AB123456" on another match. A document number is unique only
 * within its issuing country, so a match is a hint like any other.
 */
export function documentNumberMaterial(written: string): string | null {
  const normalized = written.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  return normalized.length >= 4 ? `doc:${normalized}` : null;
}

export interface MatchKey {
  kind: MatchKind;
  keyId: string;
  hash: string;
}

/** The identity values matching reads; the others (phone, address, guardian) are never compared. */
export interface MatchableIdentity {
  fullName: string | null;
  personalNumber: string | null;
  documentNumber: string | null;
}

/** The purpose the keyring derives the matching subkeys for. */
export const matchHashPurpose = 'duplicate-match';

/** The keyed hashes of an identity under one key; none for an identity with neither value. */
export function matchKeysOf(hasher: KeyedHasher, identity: MatchableIdentity): MatchKey[] {
  const keys: MatchKey[] = [];
  const add = (kind: MatchKind, material: string) => keys.push({ kind, keyId: hasher.keyId, hash: hasher.hash(material) });
  if (identity.personalNumber) add('personal_number', personalNumberMaterial(identity.personalNumber));
  const document = identity.documentNumber && documentNumberMaterial(identity.documentNumber);
  if (document) add('document_number', document);
  if (identity.fullName) for (const material of nameMaterials(identity.fullName)) add('name', material);
  return keys;
}
