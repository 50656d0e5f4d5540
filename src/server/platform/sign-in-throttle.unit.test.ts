import { describe, expect, it } from 'vitest';
import { delaySeconds, lockoutSeconds } from './sign-in-throttle.ts';

describe('sign-in back-off', () => {
  it('lets an account make two mistakes, then doubles the wait, then locks it for 15 minutes at 10', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => delaySeconds('account', n))).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 60]);
    expect(delaySeconds('account', 10)).toBe(lockoutSeconds);
    expect(lockoutSeconds).toBe(900);
  });

  it('gives an address more room, but locks it too', () => {
    expect(delaySeconds('address', 9)).toBe(0);
    expect(delaySeconds('address', 10)).toBe(1);
    expect(delaySeconds('address', 50)).toBe(lockoutSeconds);
  });
});
