import { describe, expect, it } from 'vitest';
import { encryptedExportInput, exportPassword } from './exports.ts';

describe('the export password', () => {
  it.each([
    ['tolv tecken!', true],
    ['Åsa-Öbergs lösen 2026', true],
    ['нгуен тхи минь', true],
    ['elva tecken', false],
    ['x'.repeat(65), false],
    ['aaaaaaaaaaaaaaaa', false],
    ['abababababab', false],
    ['tolv\u0000tecken!', false],
    ['tolv\ttecken!!', false],
    ['åäöéüø'.repeat(11).slice(0, 63), true],
    ['åäöéüø'.repeat(11).slice(0, 64), false],
  ])('%j is accepted: %s', (password, accepted) => {
    expect(exportPassword.safeParse(password).success).toBe(accepted);
  });

  it('refuses a password longer than a PDF reader reads (127 bytes of UTF-8)', () => {
    const emoji = '🔒🗝️'.repeat(13); // 52 UTF-16 units, 143 bytes
    expect(exportPassword.safeParse(emoji).success).toBe(false);
  });

  it('strips unknown keys from the export input and keeps the password as typed', () => {
    expect(encryptedExportInput.parse({ password: ' mellanslag runt ', extra: 1 })).toEqual({ password: ' mellanslag runt ' });
  });
});
