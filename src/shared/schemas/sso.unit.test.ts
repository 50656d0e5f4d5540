import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './sso.ts';

describe('safeReturnTo', () => {
  it.each([
    ['/cases', '/cases'],
    ['/cases/123?tab=team#history', '/cases/123?tab=team#history'],
    ['/cases/../setup', '/setup'],
  ])('keeps the same-site path %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    undefined,
    '',
    'cases',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/\t/evil.example',
    '/\n/evil.example',
    `/${'a'.repeat(2001)}`,
  ])('falls back to /cases for %j', (value) => {
    expect(safeReturnTo(value)).toBe('/cases');
  });
});
