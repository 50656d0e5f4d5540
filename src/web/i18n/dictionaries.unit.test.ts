import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { sv, type MessageKey } from './sv.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const keys = Object.keys(sv) as MessageKey[];

  it('has the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s has text and the same placeholders in both languages', (key) => {
    expect(sv[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
    expect(placeholders(en[key])).toEqual(placeholders(sv[key]));
  });
});
