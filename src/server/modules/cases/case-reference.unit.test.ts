import { describe, expect, it } from 'vitest';
import { formatCaseReference, swedishYear } from './case-reference.ts';

describe('formatCaseReference', () => {
  it('pads the sequence to six digits', () => {
    expect(formatCaseReference(2026, 123)).toBe('NMT-2026-000123');
    expect(formatCaseReference(2027, 999_999)).toBe('NMT-2027-999999');
  });

  it('refuses sequences that do not fit', () => {
    expect(() => formatCaseReference(2026, 0)).toThrow(RangeError);
    expect(() => formatCaseReference(2026, 1_000_000)).toThrow(RangeError);
    expect(() => formatCaseReference(2026, 1.5)).toThrow(RangeError);
  });
});

describe('swedishYear', () => {
  it('counts New Year in Swedish time, not UTC', () => {
    // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Stockholm.
    expect(swedishYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(swedishYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
  });
});
