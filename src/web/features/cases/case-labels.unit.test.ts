import { describe, expect, it } from 'vitest';
import { indicators } from '../../../shared/enums.ts';
import { indicatorGroups } from './case-labels.ts';

describe('indicator groups', () => {
  it('hold every indicator exactly once', () => {
    const grouped = indicatorGroups.flatMap((g) => [...g.indicators]);
    expect([...grouped].sort()).toEqual([...indicators].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});
