import { describe, expect, it } from 'vitest';
import { markedValue, searchTerms, snippetParts } from './case-search.ts';

describe('snippet parts', () => {
  it('splits a headline on its start and stop marks', () => {
    expect(snippetParts('\u0002Flickorna\u0003 hade \u0002skulder\u0003 till')).toEqual([
      { text: 'Flickorna', match: true },
      { text: ' hade ', match: false },
      { text: 'skulder', match: true },
      { text: ' till', match: false },
    ]);
    expect(snippetParts('inget markerat')).toEqual([{ text: 'inget markerat', match: false }]);
    expect(snippetParts('')).toEqual([]);
  });

  it('keeps markup in the text as text', () => {
    expect(snippetParts('<b>\u0002x\u0003</b>')).toEqual([
      { text: '<b>', match: false },
      { text: 'x', match: true },
      { text: '</b>', match: false },
    ]);
  });

  it('marks the first case-insensitive occurrence in a plain value', () => {
    expect(markedValue('Hägg Alfa', 'hägg')).toEqual([
      { text: 'Hägg', match: true },
      { text: ' Alfa', match: false },
    ]);
    expect(markedValue('NMT-2026-000123', 'NMT-2026-0001')).toEqual([
      { text: 'NMT-2026-0001', match: true },
      { text: '23', match: false },
    ]);
    expect(markedValue('Ek', 'björk')).toEqual([{ text: 'Ek', match: false }]);
  });
});

describe('search terms', () => {
  it('treats text that looks like a reference as a reference prefix', () => {
    expect(searchTerms('nmt-2026-0001').referencePrefix).toBe('NMT-2026-0001');
    expect(searchTerms(' 2026-000123 ').referencePrefix).toBe('NMT-2026-000123');
    expect(searchTerms('NMT').referencePrefix).toBe('NMT');
    expect(searchTerms('flicka skuld').referencePrefix).toBeNull();
    expect(searchTerms('2026').referencePrefix).toBeNull();
  });

  it('collapses spaces in the code-name text', () => {
    expect(searchTerms('  Hägg   Alfa ').codeName).toBe('Hägg Alfa');
  });
});
