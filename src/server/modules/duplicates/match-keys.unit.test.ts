import { describe, expect, it } from 'vitest';
import { Keyring } from '../../platform/crypto.ts';
import { matchHashPurpose, matchKeysOf, nameMaterials, namePartsMatch, namesMatch, phoneticCodes } from './match-keys.ts';
import { foldedNameParts, foldNamePart } from './name-folding.ts';
import { nearMissPairs, variantPairs } from './name-variants.fixtures.ts';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

describe('folding a name part', () => {
  it.each([
    ['Lindqvist', 'lindkvist'],
    ['Lindquist', 'lindkvist'],
    ['LINDKWIST', 'lindkvist'],
    ['Sjöberg', 'sjoberg'],
    ['Åkesson', 'akeson'],
    ['Bäckström', 'bakstrom'],
    ['Renée', 'rene'],
    ['Müller', 'muler'],
    ['Sophia', 'sofia'],
    ['Zoltán', 'soltan'],
    ['Oxana', 'oksana'],
    ['Stadtler', 'statler'],
    ['Youssef', 'jusuf'],
    ['Mohammed', 'muhamad'],
    ['Mehmet', 'muhamad'],
    ['Tatyana', 'tatiana'],
    ['Hjalmar', 'jalmar'],
    ['Şahin', 'sahin'],
    ['Wrocław', 'vroclav'],
  ])('%s → %s', (written, folded) => {
    expect(foldNamePart(written)).toBe(folded);
  });

  it('splits a full name on spaces, hyphens and apostrophes and drops what holds no letter', () => {
    expect(foldedNameParts("  Anna-Karin O'Neill  Lindqvist 3 ")).toEqual(['ana', 'karin', 'o', 'neil', 'lindkvist']);
  });

  it('codes a folded part with double metaphone, each code once', () => {
    expect(phoneticCodes('lindkvist')).toEqual(['LNTKFST']);
    expect(phoneticCodes('')).toEqual([]);
  });
});

describe('full names', () => {
  it('match when two parts code alike, in any order, whatever else the names hold', () => {
    expect(namesMatch('Anna Lindqvist', 'Ana Lindquist')).toBe(true);
    expect(namesMatch('Anna Maria Lindqvist', 'Lindkvist Anna')).toBe(true);
    expect(namesMatch('Muhammad Ahmed', 'Mohamed Ahmad Hassan')).toBe(true);
  });

  it('do not match on one shared part alone', () => {
    expect(namesMatch('Anna Lindqvist', 'Anna Svensson')).toBe(false);
    expect(namesMatch('Anna Lindqvist', 'Lindqvist')).toBe(false);
  });

  it('of one part match that part only', () => {
    expect(namesMatch('Lindqvist', 'Lindquist')).toBe(true);
    expect(nameMaterials('')).toEqual([]);
  });
});

describe('keyed hashes', () => {
  const ring = new Keyring(`k2:${key(2)},k1:${key(1)}`);
  const [current, older] = ring.keyedHashers(matchHashPurpose);
  const identity = { fullName: 'Anna Lindqvist', personalNumber: '19811218-9876', documentNumber: 'PA 1234567' };

  it('hash the personal number, the document number and the names under each key, naming the key, never holding the value', () => {
    const keys = matchKeysOf(current!, identity);
    expect(keys.map((k) => k.kind)).toEqual(['personal_number', 'document_number', 'name']);
    for (const k of keys) {
      expect(k.keyId).toBe('k2');
      expect(k.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(JSON.stringify(keys)).not.toMatch(/Lindqvist|LNTKFST|19811218|1234567/);
  });

  it('are equal for spellings of one name and for one number, under one key', () => {
    const a = matchKeysOf(current!, identity);
    const b = matchKeysOf(current!, { fullName: 'Lindkvist Ana', personalNumber: '19811218-9876', documentNumber: 'pa1234567' });
    expect(b).toEqual(a);
  });

  it('differ between keys, and from a plain HMAC under the encryption key itself', async () => {
    expect(older!.keyId).toBe('k1');
    expect(matchKeysOf(older!, identity)[0]!.hash).not.toBe(matchKeysOf(current!, identity)[0]!.hash);
    const { createHmac } = await import('node:crypto');
    const direct = createHmac('sha256', Buffer.alloc(32, 2)).update('pnr:19811218-9876').digest('hex');
    expect(matchKeysOf(current!, identity)[0]!.hash).not.toBe(direct);
  });

  it('are none for an identity without name or number', () => {
    expect(matchKeysOf(current!, { fullName: null, personalNumber: null, documentNumber: null })).toEqual([]);
  });

  it('match a document number however it is spaced or cased, and ignore one too short to mean anything', () => {
    const hashOf = (documentNumber: string) =>
      matchKeysOf(current!, { fullName: null, personalNumber: null, documentNumber }).map((k) => k.hash);
    expect(hashOf('pa-123 4567')).toEqual(hashOf('PA1234567'));
    expect(hashOf('PA1234568')).not.toEqual(hashOf('PA1234567'));
    expect(hashOf(' - 12 ')).toEqual([]);
  });
});

/** Precision and recall of a matcher over the test list; printed, then asserted. */
function measure(match: (a: string, b: string) => boolean, variants: readonly (readonly [string, string])[], nearMisses: readonly (readonly [string, string])[]) {
  const truePositives = variants.filter(([a, b]) => match(a, b)).length;
  const falsePositives = nearMisses.filter(([a, b]) => match(a, b)).length;
  return { precision: truePositives / (truePositives + falsePositives), recall: truePositives / variants.length, falsePositives };
}

/** Full names made of two neighbouring pairs of the list, so a full name matches only when both parts do. */
const fullNames = (pairs: readonly (readonly [string, string])[]) =>
  pairs.map(([a, b], i) => {
    const [c, d] = pairs[(i + 1) % pairs.length]!;
    return [`${c} ${a}`, `${d} ${b}`] as const;
  });

describe('measured on the test list of name variants', () => {
  it('holds at least 25 variant pairs and 25 near misses', () => {
    expect(variantPairs.length).toBeGreaterThanOrEqual(25);
    expect(nearMissPairs.length).toBeGreaterThanOrEqual(25);
  });

  it('one name part against another: high recall; the known collisions cost precision', () => {
    const result = measure(namePartsMatch, variantPairs, nearMissPairs);
    process.stdout.write(
      `name parts: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} ` +
        `(${variantPairs.length} variant pairs, ${nearMissPairs.length} near misses, ${result.falsePositives} false hints)\n`,
    );
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.precision).toBeGreaterThanOrEqual(0.85);
    // The collisions STACK.md names are there, and found: a match is a hint, never a merge.
    expect(namePartsMatch('Lind', 'Lund')).toBe(true);
    expect(namePartsMatch('Maria', 'Mario')).toBe(true);
  });

  it('full names (two parts must code alike, as stored): a false hint needs two colliding parts', () => {
    const result = measure(namesMatch, fullNames(variantPairs), fullNames(nearMissPairs));
    process.stdout.write(`full names: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}\n`);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
  });
});
