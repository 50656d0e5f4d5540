/**
 * Statistical disclosure control for a two-dimensional table of counts (issue 12).
 *
 * The table is treated as its extended form: (R+1) × (C+1) cells, where the last column holds the
 * row totals, the last row the column totals and the corner the grand total. Every line of the
 * extended table adds up, so whoever reads a published table knows these equations, knows that
 * counts are non-negative integers, that a hidden cell is never 0 (zeros are published, they are
 * structurally known), and why each is hidden: a small one is 1 to 4 ("<5"), any other 5 or more.
 *
 * 1. Primary suppression: every cell, totals included, with a value of 1..4.
 * 2. Secondary suppression: for each hidden cell, other non-zero cells are hidden until the cell
 *    can move by one in some direction while every equation still holds and every hidden cell
 *    stays within what its reason says (a small one in 1..4, another ≥ 5). Such a move is a cycle of hidden cells in the table's bipartite graph (rows and
 *    columns as nodes, hidden cells as edges) whose signs alternate; the cheapest one is found
 *    with Dijkstra over the cells that may join it. The constraint matrix is totally unimodular,
 *    so a cell with no such move is exactly the cell an LP attacker pins to one value, and a cell
 *    with one is not.
 */

export type PublishedCell = { value: number } | { suppressed: 'small' | 'secondary' };

export interface ProtectedTable {
  cells: PublishedCell[][];
  rowTotals: PublishedCell[];
  columnTotals: PublishedCell[];
  grandTotal: PublishedCell;
}

/** The smallest count published as itself (anything 1..MIN-1 is hidden). */
export const MIN_PUBLISHED_COUNT = 5;

/** The extended table: counts with their row totals, column totals and grand total. */
export function extendTable(counts: readonly (readonly number[])[]): number[][] {
  const columns = counts[0]?.length ?? 0;
  for (const row of counts) {
    if (row.length !== columns) throw new Error('Every row of a table has the same number of columns.');
    for (const value of row) if (!Number.isInteger(value) || value < 0) throw new Error('Counts are non-negative integers.');
  }
  const extended = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, j) => extended.reduce((sum, row) => sum + row[j]!, 0));
  return [...extended, totals];
}

/** Which cells of the extended table primary suppression hides: every value 1..4. */
export function primarySuppression(extended: readonly (readonly number[])[]): boolean[][] {
  return extended.map((row) => row.map((value) => value > 0 && value < MIN_PUBLISHED_COUNT));
}

interface Graph {
  rows: number;
  columns: number;
  values: readonly (readonly number[])[];
}

/**
 * In y-space (totals' signs flipped so every line sums to zero) a cycle adds +σ to cells it crosses
 * row→column and −σ to those it crosses column→row. A marginal total (exactly one index on the
 * total line) has its sign flipped back. The move is feasible when every cell it changes stays
 * within its published bounds: a small count (1..4) stays in 1..4, a larger one stays ≥ 5.
 */
function canCross(g: Graph, i: number, j: number, rowToColumn: boolean, sigma: 1 | -1): boolean {
  const isMarginal = i === g.rows - 1 !== (j === g.columns - 1);
  const change = sigma * (rowToColumn ? 1 : -1) * (isMarginal ? -1 : 1);
  const value = g.values[i]![j]!;
  const least = value < MIN_PUBLISHED_COUNT ? 1 : MIN_PUBLISHED_COUNT;
  const most = value < MIN_PUBLISHED_COUNT ? MIN_PUBLISHED_COUNT - 1 : Infinity;
  return change > 0 ? value + 1 <= most : value - 1 >= least;
}

/**
 * The cheapest cells to add so the hidden cell (ki, kj) can move with sign σ, or null when it
 * cannot. Hidden cells cost nothing; a zero never joins; a visible cell costs its value, with a
 * small extra per cell so that, at equal value, fewer cells are hidden.
 */
function cheapestCycle(g: Graph, hidden: readonly (readonly boolean[])[], ki: number, kj: number, sigma: 1 | -1): { cost: number; cells: [number, number][] } | null {
  if (!canCross(g, ki, kj, true, sigma)) return null;
  // Nodes: rows 0..R-1, then columns R..R+C-1. The path runs from column kj back to row ki.
  const nodeCount = g.rows + g.columns;
  const cost = new Array<number>(nodeCount).fill(Infinity);
  const previous = new Array<[number, number, number] | null>(nodeCount).fill(null);
  const done = new Array<boolean>(nodeCount).fill(false);
  const start = g.rows + kj;
  cost[start] = 0;
  const perCell = 1 / (g.rows * g.columns + 1);
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodeCount; n++) if (!done[n] && cost[n]! < Infinity && (node < 0 || cost[n]! < cost[node]!)) node = n;
    if (node < 0 || node === ki) break;
    done[node] = true;
    const isRow = node < g.rows;
    const count = isRow ? g.columns : g.rows;
    for (let other = 0; other < count; other++) {
      const [i, j] = isRow ? [node, other] : [other, node - g.rows];
      if (i === ki && j === kj) continue;
      const value = g.values[i]![j]!;
      if (value === 0 || !canCross(g, i, j, isRow, sigma)) continue;
      const next = isRow ? g.rows + j : i;
      const step = hidden[i]![j] ? 0 : value + perCell;
      if (cost[node]! + step < cost[next]!) {
        cost[next] = cost[node]! + step;
        previous[next] = [node, i, j];
      }
    }
  }
  if (cost[ki] === Infinity) return null;
  const cells: [number, number][] = [];
  for (let node = ki; node !== start; ) {
    const [from, i, j] = previous[node]!;
    if (!hidden[i]![j]) cells.push([i, j]);
    node = from;
  }
  return { cost: cost[ki]!, cells };
}

/**
 * Hides the cheapest further cells so that no hidden cell can be recovered exactly. Returns the
 * full suppression pattern over the extended table.
 */
export function secondarySuppression(extended: readonly (readonly number[])[], primary: readonly (readonly boolean[])[]): boolean[][] {
  const hidden = primary.map((row) => [...row]);
  const g: Graph = { rows: extended.length, columns: extended[0]?.length ?? 0, values: extended };
  // Hidden cells are visited in order; cells hidden on the way are appended, so each is checked.
  const queue: [number, number][] = [];
  hidden.forEach((row, i) => row.forEach((isHidden, j) => isHidden && queue.push([i, j])));
  for (let q = 0; q < queue.length; q++) {
    const [ki, kj] = queue[q]!;
    const options = [cheapestCycle(g, hidden, ki, kj, 1), cheapestCycle(g, hidden, ki, kj, -1)];
    if (options.some((o) => o !== null && o.cost === 0)) continue;
    const best = options.filter((o) => o !== null).sort((a, b) => a.cost - b.cost)[0];
    // Raising a cell with its row, column and grand totals is a cycle; a small cell of 4 in a table
    // of small totals may have none, and is then hidden with its whole table.
    if (!best) {
      hideAllNonZero(extended, hidden, queue);
      break;
    }
    for (const [i, j] of best.cells) {
      hidden[i]![j] = true;
      queue.push([i, j]);
    }
  }
  return hidden;
}

/** Hides every non-zero cell: the last resort when no cycle can protect a small count. */
function hideAllNonZero(extended: readonly (readonly number[])[], hidden: boolean[][], queue: [number, number][]): void {
  extended.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value > 0 && !hidden[i]![j]) {
        hidden[i]![j] = true;
        queue.push([i, j]);
      }
    }),
  );
}

/** The extended table published under a suppression pattern: a hidden cell carries no value. */
export function publishExtended(extended: readonly (readonly number[])[], hidden: readonly (readonly boolean[])[]): ProtectedTable {
  const publish = (i: number, j: number): PublishedCell => {
    const value = extended[i]![j]!;
    if (!hidden[i]![j]) return { value };
    return { suppressed: value < MIN_PUBLISHED_COUNT ? 'small' : 'secondary' };
  };
  const rows = extended.length - 1;
  const columns = extended[0]!.length - 1;
  return {
    cells: Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => publish(i, j))),
    rowTotals: Array.from({ length: rows }, (_, i) => publish(i, columns)),
    columnTotals: Array.from({ length: columns }, (_, j) => publish(rows, j)),
    grandTotal: publish(rows, columns),
  };
}

/** The table as published: primary and secondary suppression applied, no hidden value sent. */
export function protectTable(counts: readonly (readonly number[])[]): ProtectedTable {
  const extended = extendTable(counts);
  return publishExtended(extended, secondarySuppression(extended, primarySuppression(extended)));
}

/** A table protected together with others that publish some of the same totals. */
export interface LinkedTable {
  counts: readonly (readonly number[])[];
  /** True when its column totals are the same figures as the other tables' that say so (cases per quarter). */
  sharesColumnTotals: boolean;
}

/**
 * Protects tables that count the same things, so that one never publishes a total another hides:
 * every table shares its grand total, and those that say so their column totals. A total hidden
 * in one is hidden in all, and each table is protected again around it until nothing changes.
 */
export function protectTogether(tables: readonly LinkedTable[]): ProtectedTable[] {
  const extended = tables.map((t) => extendTable(t.counts));
  let hidden = extended.map((e) => secondarySuppression(e, primarySuppression(e)));
  for (;;) {
    const last = (k: number) => [extended[k]!.length - 1, extended[k]![0]!.length - 1] as const;
    const grandHidden = hidden.some((h, k) => h[last(k)[0]]![last(k)[1]]);
    const sharing = tables.map((t, k) => k).filter((k) => tables[k]!.sharesColumnTotals);
    const columnHidden = (j: number) => sharing.some((k) => hidden[k]![last(k)[0]]![j]);
    let changed = false;
    const forced = hidden.map((h, k) => {
      const next = h.map((row) => [...row]);
      const [r, c] = last(k);
      const force = (j: number) => {
        if (!next[r]![j]) changed = next[r]![j] = true;
      };
      if (grandHidden) force(c);
      if (tables[k]!.sharesColumnTotals) for (let j = 0; j < c; j++) if (columnHidden(j)) force(j);
      return next;
    });
    if (!changed) return extended.map((e, k) => publishExtended(e, hidden[k]!));
    hidden = extended.map((e, k) => secondarySuppression(e, forced[k]!));
  }
}
