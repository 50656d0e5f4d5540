import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, newRecoveryCode, normaliseRecoveryCode } from './recovery-codes.ts';

describe('recovery codes', () => {
  it('are 80 random bits in four groups of Crockford base32', () => {
    const codes = new Set(Array.from({ length: 200 }, newRecoveryCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('match however they are typed', () => {
    const code = 'AB1C-D0EF-GH23-4567';
    expect(hashRecoveryCode('ab1c d0ef gh23 4567')).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode('ABlC-DOEF-GH23-4567')).toBe(hashRecoveryCode(code));
    expect(normaliseRecoveryCode(' ab1c-d0ef-gh23-4567 ')).toBe('AB1CD0EFGH234567');
    expect(hashRecoveryCode(code)).toMatch(/^[0-9a-f]{64}$/);
  });
});
