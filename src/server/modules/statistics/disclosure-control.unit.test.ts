import { describe, expect, it } from 'vitest';
import { attack, recovered } from '../../../../test/support/disclosure-attacker.ts';
import { extendTable, primarySuppression, protectTable, protectTogether, publishExtended, type ProtectedTable } from './disclosure-control.ts';

/** A small seeded generator (mulberry32), so every run tests the same tables. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tables like real statistics: many zeros and small counts, some large ones. */
function randomTable(random: () => number): number[][] {
  const rows = 1 + Math.floor(random() * 6);
  const columns = 1 + Math.floor(random() * 6);
  const draw = () => {
    const r = random();
    if (r < 0.25) return 0;
    if (r < 0.6) return 1 + Math.floor(random() * 4);
    if (r < 0.85) return 5 + Math.floor(random() * 10);
    return 15 + Math.floor(random() * 200);
  };
  return Array.from({ length: rows }, () => Array.from({ length: columns }, draw));
}

const primaryOnly = (counts: number[][]): ProtectedTable => {
  const extended = extendTable(counts);
  return publishExtended(extended, primarySuppression(extended));
};

const flatten = (table: ProtectedTable) => [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.grandTotal];

function expectSafe(counts: number[][]) {
  const table = protectTable(counts);
  const extended = extendTable(counts);
  const published = [...table.cells.map((row, i) => [...row, table.rowTotals[i]!]), [...table.columnTotals, table.grandTotal]];
  published.forEach((row, i) =>
    row.forEach((cell, j) => {
      const value = extended[i]![j]!;
      // Every 1..4 is hidden, no zero is, and a published value is the true one.
      // Every 1..4 is hidden as small, and any other hidden cell says it is 5 or more.
      if (value >= 1 && value <= 4) expect(cell).toEqual({ suppressed: 'small' });
      if (value >= 5 && 'suppressed' in cell) expect(cell).toEqual({ suppressed: 'secondary' });
      if (value === 0) expect(cell).toEqual({ value: 0 });
      if ('value' in cell) expect(cell.value).toBe(value);
    }),
  );
  for (const range of attack(table)) {
    const truth = extended[range.at[0]]![range.at[1]]!;
    expect(truth).toBeGreaterThanOrEqual(range.min);
    expect(truth).toBeLessThanOrEqual(range.max);
  }
  expect(recovered(table)).toEqual([]);
}

describe('primary suppression', () => {
  it('hides every cell of 1 to 4, totals included, and publishes zeros', () => {
    const table = protectTable([
      [0, 3],
      [10, 20],
    ]);
    expect(table.cells[0]![0]).toEqual({ value: 0 });
    expect(table.cells[0]![1]).toEqual({ suppressed: 'small' });
    expect(table.rowTotals[0]).toEqual({ suppressed: 'small' });
    expect(flatten(table).filter((c) => 'value' in c && c.value >= 1 && c.value <= 4)).toEqual([]);
  });

  it('alone lets the attacker recover a hidden value from its totals', () => {
    // Row 0: 3 + 10 = 13 published, so the 3 is 13 − 10.
    const counts = [
      [3, 10],
      [20, 30],
    ];
    expect(recovered(primaryOnly(counts)).map((r) => r.at)).toContainEqual([0, 0]);
  });

  it('alone lets the attacker pin a cycle of ones that the equations leave open', () => {
    // Each row's hidden pair sums to 2 and a hidden count is at least 1, so both are 1.
    const counts = [
      [1, 1, 10],
      [1, 1, 10],
    ];
    const table = primaryOnly(counts);
    expect(attack(table).filter((r) => r.determinedByEquations)).toEqual([]);
    expect(recovered(table).length).toBeGreaterThan(0);
    expectSafe(counts);
  });
});

describe('secondary suppression', () => {
  it('never protects a small count with a cell of exactly 5, which readers know is at least 5', () => {
    const counts = [
      [1, 5, 40],
      [20, 30, 50],
    ];
    // Hiding the 1 and the 5 alone: the row says 1 + 5 = 6, and "5 or more" leaves the 1 at 1.
    const extended = extendTable(counts);
    const naive = extended.map((row, i) => row.map((_, j) => i === 0 && j < 2));
    expect(recovered(publishExtended(extended, naive)).map((r) => r.at)).toContainEqual([0, 0]);
    expectSafe(counts);
  });

  it('hides the cheapest other cell of the row and column, never a zero', () => {
    const table = protectTable([
      [3, 0, 50, 6],
      [7, 0, 60, 80],
      [40, 0, 70, 90],
    ]);
    expect(table.cells[0]![3]).toEqual({ suppressed: 'secondary' });
    expect(table.cells[1]![0]).toEqual({ suppressed: 'secondary' });
    expect(table.cells[1]![3]).toEqual({ suppressed: 'secondary' });
    expect(table.cells.map((row) => row[1])).toEqual([{ value: 0 }, { value: 0 }, { value: 0 }]);
    expect(table.grandTotal).toEqual({ value: 406 });
    expectSafe([
      [3, 0, 50, 6],
      [7, 0, 60, 80],
      [40, 0, 70, 90],
    ]);
  });

  it.each([
    ['one cell of one', [[1]]],
    ['a single row', [[2, 50, 60]]],
    ['a single column', [[2], [50], [60]]],
    ['a lone small cell among zeros', [[0, 0], [0, 3]]],
    ['all small', [[1, 2], [3, 4]]],
    ['small cells on a diagonal', [[1, 20, 20], [20, 1, 20], [20, 20, 1]]],
    ['a row of zeros but one', [[0, 0, 4, 0], [9, 9, 9, 9]]],
    ['a total of 1..4 over large cells', [[0, 4], [0, 100]]],
    ['cycle of ones inside large totals', [[1, 1, 10], [1, 1, 10]]],
    ['a small column total', [[2, 100], [2, 100], [0, 100]]],
    ['everything zero', [[0, 0], [0, 0]]],
  ])('leaves no value recoverable: %s', (_, counts) => {
    expectSafe(counts);
  });

  // Hundreds of LPs: seconds of CPU on a busy machine, so a minute before vitest gives up.
  it('leaves no value recoverable in 400 seeded random tables', { timeout: 60_000 }, () => {
    const random = seeded(20261207);
    let hiddenCells = 0;
    for (let n = 0; n < 400; n++) {
      const counts = randomTable(random);
      expectSafe(counts);
      hiddenCells += flatten(protectTable(counts)).filter((c) => 'suppressed' in c).length;
    }
    // The generator makes small counts, so the attacker had something to attack.
    expect(hiddenCells).toBeGreaterThan(1000);
  });

  it('is needed: primary suppression alone leaks in many of the same random tables', { timeout: 60_000 }, () => {
    const random = seeded(20261207);
    let leaking = 0;
    for (let n = 0; n < 400; n++) if (recovered(primaryOnly(randomTable(random))).length > 0) leaking++;
    expect(leaking).toBeGreaterThan(100);
  });
});

describe('tables that publish the same totals', () => {
  it('hide a total in all of them when one hides it, and stay safe each', () => {
    // Both count the same cases per quarter; only the first has a small cell in quarter 1.
    const byRegion = [
      [3, 40],
      [30, 40],
    ];
    const byPhase = [
      [33, 80],
      [0, 0],
    ];
    const [a, b] = protectTogether([
      { counts: byRegion, sharesColumnTotals: true },
      { counts: byPhase, sharesColumnTotals: true },
    ]);
    a!.columnTotals.forEach((cell, j) => expect('suppressed' in cell).toBe('suppressed' in b!.columnTotals[j]!));
    expect('suppressed' in a!.grandTotal).toBe('suppressed' in b!.grandTotal);
    expect(recovered(a!)).toEqual([]);
    expect(recovered(b!)).toEqual([]);
  });
});
