import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { sv } from './sv.ts';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

type Texts = Record<string, unknown>;

/** Every way the dictionaries differ from the first, one line each; empty when they agree. */
function dictionaryDifferences(firstName: string, first: Texts, translations: Record<string, Texts>): string[] {
  const others = Object.entries(translations);
  const problems: string[] = [];
  for (const [name, dictionary] of [[firstName, first] as const, ...others]) {
    for (const [key, text] of Object.entries(dictionary)) {
      if (typeof text !== 'string') problems.push(`${name} ${key}: not a string`);
      else if (text.trim() === '') problems.push(`${name} ${key}: empty`);
    }
  }
  for (const [name, dictionary] of others) {
    for (const key of Object.keys(first)) {
      if (!(key in dictionary)) problems.push(`${name} lacks ${key}`);
    }
    for (const key of Object.keys(dictionary)) {
      if (!(key in first)) problems.push(`${name} has ${key}, ${firstName} does not`);
    }
    for (const [key, text] of Object.entries(first)) {
      const other = dictionary[key];
      if (typeof text !== 'string' || typeof other !== 'string') continue;
      const expected = placeholders(text).join(', ');
      const actual = placeholders(other).join(', ');
      if (expected !== actual) {
        problems.push(`${key}: ${firstName} has {${expected}}, ${name} has {${actual}}`);
      }
    }
  }
  return problems;
}

describe('dictionaries', () => {
  it('have the same keys, the same placeholders per key and no empty text in Swedish and English', () => {
    expect(dictionaryDifferences('sv', sv, { en }).join('\n')).toBe('');
  });

  it('would name every difference at once', () => {
    expect(
      dictionaryDifferences('sv', { a: 'Hej {name}', b: 'B', c: ' ' }, { en: { a: 'Hi {person}', c: 'C', d: 'D' } }),
    ).toEqual(['sv c: empty', 'en lacks b', 'en has d, sv does not', 'a: sv has {name}, en has {person}']);
  });
});
