import { describe, expect, it } from 'vitest';
import { comparableName } from './register-extract.service.ts';

describe('comparableName (the register extract\'s exact name search)', () => {
  it('ignores case, accents, punctuation and the order of the parts', () => {
    expect(comparableName('Anna-Maria Lindqvist')).toBe(comparableName('lindqvist, ANNA maria'));
    expect(comparableName('Åsa Öberg')).toBe(comparableName('åsa öberg'));
    expect(comparableName('José Núñez')).toBe(comparableName('Jose Nunez'));
  });

  it('keeps another spelling another name, unlike the duplicates\' phonetic match', () => {
    expect(comparableName('Anna Lindqvist')).not.toBe(comparableName('Anna Lindkvist'));
    expect(comparableName('Maria Berg')).not.toBe(comparableName('Mario Berg'));
    expect(comparableName('Anna Lindqvist')).not.toBe(comparableName('Anna Maria Lindqvist'));
  });
});
