import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import { newestCase } from './case-panel.ts';

const caseAt = (id: string, version: number) => ({ id, version }) as unknown as CaseDetail;

describe('the case the page shows', () => {
  it('shows a saved case at once, before the reload lands', () => {
    const saved = caseAt('a', 4);
    expect(newestCase(caseAt('a', 3), saved)).toBe(saved);
  });

  it('keeps the saved case when an earlier reload lands later with the older version', () => {
    const saved = caseAt('a', 4);
    expect(newestCase(caseAt('a', 2), saved)).toBe(saved);
  });

  it('prefers the reload at the same version and any newer one', () => {
    const same = caseAt('a', 4);
    const newer = caseAt('a', 5);
    expect(newestCase(same, caseAt('a', 4))).toBe(same);
    expect(newestCase(newer, caseAt('a', 4))).toBe(newer);
  });

  it('never shows a case saved on another page', () => {
    const other = caseAt('b', 9);
    const loaded = caseAt('a', 1);
    expect(newestCase(loaded, other)).toBe(loaded);
    expect(newestCase(null, other)).toBeNull();
  });
});
