/**
 * An attacker on a published statistics table (issue 12). It knows every published value, that
 * every line of the extended table adds up to its total, that counts are non-negative integers,
 * that a hidden cell is not 0 (zeros are published), and what the published reason says: a
 * "small" cell is 1 to 4 and a "secondary" one 5 or more. For each hidden cell it works out:
 *
 * - whether the equations alone fix it (exact Gaussian elimination over BigInt), and
 * - its smallest and largest feasible value (a small two-phase simplex with Bland's rule).
 *
 * The constraint matrix of a table is totally unimodular, so the LP's bounds are integers that
 * some table reaches: a cell whose bounds meet is recovered. It shares no code with the
 * suppression it attacks.
 */

export type Published = { value: number } | { suppressed: 'small' | 'secondary' };
export interface PublishedTable {
  cells: Published[][];
  rowTotals: Published[];
  columnTotals: Published[];
  grandTotal: Published;
}

export interface HiddenCellRange {
  /** Row and column in the extended table (the last of each is the totals). */
  at: [number, number];
  min: number;
  /** Infinity when nothing bounds it from above. */
  max: number;
  determinedByEquations: boolean;
}

const EPS = 1e-9;

function extended(table: PublishedTable): Published[][] {
  return [...table.cells.map((row, i) => [...row, table.rowTotals[i]!]), [...table.columnTotals, table.grandTotal]];
}

interface System {
  unknowns: [number, number][];
  /** What each unknown is shifted by, its least value: z = x − offset ≥ 0. */
  offsets: number[];
  /** The lines' equations over the shifted unknowns. */
  a: number[][];
  b: number[];
  /** The same with a row z + slack = 3 per small cell (x ≤ 4), a slack column each. */
  bounded: { a: number[][]; b: number[] };
}

/** The equations each line of the extended table gives about its hidden cells. */
function equationsOf(table: PublishedTable): System {
  const grid = extended(table);
  const rows = grid.length;
  const columns = grid[0]!.length;
  const unknowns: [number, number][] = [];
  const offsets: number[] = [];
  const index = grid.map((row, i) =>
    row.map((cell, j) => {
      if (!('suppressed' in cell)) return -1;
      offsets.push(cell.suppressed === 'small' ? 1 : 5);
      return unknowns.push([i, j]) - 1;
    }),
  );
  const a: number[][] = [];
  const b: number[] = [];
  const addLine = (cells: [number, number, number][]) => {
    const coefficients = new Array<number>(unknowns.length).fill(0);
    let constant = 0;
    for (const [i, j, sign] of cells) {
      const cell = grid[i]![j]!;
      if ('value' in cell) constant -= sign * cell.value;
      else {
        const k = index[i]![j]!;
        coefficients[k] = sign;
        constant -= sign * offsets[k]!; // x = z + offset
      }
    }
    if (coefficients.some((c) => c !== 0)) {
      a.push(coefficients);
      b.push(constant);
    }
  };
  for (let i = 0; i < rows; i++) addLine(Array.from({ length: columns }, (_, j) => [i, j, j === columns - 1 ? -1 : 1]));
  for (let j = 0; j < columns; j++) addLine(Array.from({ length: rows }, (_, i) => [i, j, i === rows - 1 ? -1 : 1]));
  const small = offsets.flatMap((offset, k) => (offset === 1 ? [k] : []));
  const bounded = {
    a: [
      ...a.map((row) => [...row, ...small.map(() => 0)]),
      ...small.map((k, s) => [...offsets.map((_, j) => (j === k ? 1 : 0)), ...small.map((_, t) => (t === s ? 1 : 0))]),
    ],
    b: [...b, ...small.map(() => 3)],
  };
  return { unknowns, offsets, a, b, bounded };
}

/** Minimises c·z subject to a z = b, z ≥ 0. */
export function minimise(a: number[][], b: number[], c: number[]): number | 'unbounded' | 'infeasible' {
  const m = a.length;
  const n = c.length;
  const width = n + m;
  const t = a.map((row, i) => {
    const s = b[i]! < 0 ? -1 : 1;
    return [...row.map((v) => v * s), ...Array.from({ length: m }, (_, k) => (k === i ? 1 : 0)), b[i]! * s];
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);
  const pivot = (r: number, col: number) => {
    const p = t[r]![col]!;
    t[r] = t[r]!.map((v) => v / p);
    for (let i = 0; i < m; i++) {
      const f = t[i]![col]!;
      if (i !== r && Math.abs(f) > EPS) t[i] = t[i]!.map((v, k) => v - f * t[r]![k]!);
    }
    basis[r] = col;
  };
  const run = (cost: number[], mayEnter: (j: number) => boolean): 'optimal' | 'unbounded' => {
    for (;;) {
      let enter = -1;
      for (let j = 0; j < width && enter < 0; j++) {
        if (!mayEnter(j) || basis.includes(j)) continue;
        let reduced = cost[j]!;
        for (let i = 0; i < m; i++) reduced -= cost[basis[i]!]! * t[i]![j]!;
        if (reduced < -EPS) enter = j;
      }
      if (enter < 0) return 'optimal';
      let leave = -1;
      let best = Infinity;
      for (let i = 0; i < m; i++) {
        if (t[i]![enter]! <= EPS) continue;
        const ratio = t[i]![width]! / t[i]![enter]!;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leave]!)) {
          best = ratio;
          leave = i;
        }
      }
      if (leave < 0) return 'unbounded';
      pivot(leave, enter);
    }
  };
  const objective = (cost: number[]) => basis.reduce((sum, j, i) => sum + cost[j]! * t[i]![width]!, 0);
  const phaseOne = Array.from({ length: width }, (_, j) => (j >= n ? 1 : 0));
  run(phaseOne, () => true);
  if (objective(phaseOne) > 1e-7) return 'infeasible';
  for (let i = 0; i < m; i++) {
    if (basis[i]! < n) continue;
    const j = t[i]!.findIndex((v, k) => k < n && Math.abs(v) > EPS);
    if (j >= 0) pivot(i, j);
  }
  const cost = [...c, ...new Array<number>(m).fill(0)];
  if (run(cost, (j) => j < n) === 'unbounded') return 'unbounded';
  return objective(cost);
}

function gcd(x: bigint, y: bigint): bigint {
  let [p, q] = [x < 0n ? -x : x, y < 0n ? -y : y];
  while (q) [p, q] = [q, p % q];
  return p;
}

/** The rank of an integer matrix, by fraction-free elimination over BigInt. */
export function rank(matrix: number[][]): number {
  const rows = matrix.map((row) => row.map((v) => BigInt(v)));
  const columns = rows[0]?.length ?? 0;
  let r = 0;
  for (let col = 0; col < columns && r < rows.length; col++) {
    const p = rows.findIndex((row, i) => i >= r && row[col] !== 0n);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const pivotRow = rows[r]!;
    for (let i = 0; i < rows.length; i++) {
      const f = rows[i]![col]!;
      if (i === r || f === 0n) continue;
      const next = rows[i]!.map((v, k) => v * pivotRow[col]! - f * pivotRow[k]!);
      const g = next.reduce((acc, v) => gcd(acc, v), 0n) || 1n;
      rows[i] = next.map((v) => v / g);
    }
    r++;
  }
  return r;
}

/** What the attacker learns about each hidden cell of a published table. */
export function attack(table: PublishedTable): HiddenCellRange[] {
  const { unknowns, offsets, a, bounded } = equationsOf(table);
  const baseRank = rank(a);
  const slackColumns = bounded.a[0] ? bounded.a[0].length - unknowns.length : 0;
  return unknowns.map((at, k) => {
    const unit = unknowns.map((_, j) => (j === k ? 1 : 0));
    const objective = [...unit, ...new Array<number>(slackColumns).fill(0)];
    const low = minimise(bounded.a, bounded.b, objective);
    const high = minimise(
      bounded.a,
      bounded.b,
      objective.map((v) => -v),
    );
    if (low === 'infeasible' || high === 'infeasible') throw new Error('The published table is inconsistent.');
    if (low === 'unbounded') throw new Error('A count has no lower bound.');
    return {
      at,
      min: Math.round(low) + offsets[k]!,
      max: high === 'unbounded' ? Infinity : Math.round(-high) + offsets[k]!,
      determinedByEquations: rank([...a, unit]) === baseRank,
    };
  });
}

/** The hidden cells the attacker recovers exactly. */
export function recovered(table: PublishedTable): HiddenCellRange[] {
  return attack(table).filter((range) => range.determinedByEquations || range.min === range.max);
}
