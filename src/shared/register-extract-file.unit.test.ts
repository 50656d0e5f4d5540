import { describe, expect, it } from 'vitest';
import { registerExtractFileName } from './register-extract-file.ts';

describe('register extract file name', () => {
  it("is the Swedish calendar day it was made, nothing about the person", () => {
    expect(registerExtractFileName('pdf', new Date('2026-06-15T09:00:00Z'))).toBe('samverka-registerutdrag-2026-06-15.pdf');
    // Half past midnight on New Year's Day in Stockholm is still the old year in UTC.
    expect(registerExtractFileName('json', new Date('2026-12-31T23:30:00Z'))).toBe('samverka-registerutdrag-2027-01-01.json');
  });
});
