import type { Quarter, StatisticsMedian } from '../../../shared/schemas/statistics.ts';
import { MIN_PUBLISHED_COUNT } from './disclosure-control.ts';
import type { QuarterCount, QuarterMedian } from './statistics-cases.queries.ts';

const indexOf = (q: Quarter) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
const quarterAt = (i: number): Quarter => `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;

/** The quarter `n` quarters after `quarter` (before, for a negative n). */
export function shiftQuarter(quarter: Quarter, n: number): Quarter {
  return quarterAt(indexOf(quarter) + n);
}

/** The quarters from `from` to `to`, both included. */
export function quartersBetween(from: Quarter, to: Quarter): Quarter[] {
  return Array.from({ length: indexOf(to) - indexOf(from) + 1 }, (_, k) => quarterAt(indexOf(from) + k));
}

/** The quarter a Swedish calendar date (YYYY-MM-DD) falls in. */
export function quarterOfDate(date: string): Quarter {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The first day of a quarter, YYYY-MM-DD. */
export function firstDayOf(quarter: Quarter): string {
  return `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The counts laid out as rows × columns; groups outside the labels are not counted. */
export function countMatrix(counts: readonly QuarterCount[], rows: readonly string[], columns: readonly string[]): number[][] {
  const matrix = rows.map(() => columns.map(() => 0));
  for (const { row, quarter, count } of counts) {
    const i = rows.indexOf(row);
    const j = columns.indexOf(quarter);
    if (i >= 0 && j >= 0) matrix[i]![j]! += count;
  }
  return matrix;
}

/**
 * Citizenships counted over the whole period: those with fewer than five cases are grouped as
 * 'other' (a rare citizenship in a small region points to a person), 'unknown' kept apart.
 */
export function groupCitizenships(counts: readonly QuarterCount[]): { labels: string[]; counts: QuarterCount[] } {
  const totals = new Map<string, number>();
  for (const c of counts) totals.set(c.row, (totals.get(c.row) ?? 0) + c.count);
  const shown = [...totals]
    .filter(([code, total]) => code !== 'unknown' && total >= MIN_PUBLISHED_COUNT)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code]) => code);
  const grouped = counts.map((c) => (c.row === 'unknown' || shown.includes(c.row) ? c : { ...c, row: 'other' }));
  return { labels: [...shown, 'other', 'unknown'], counts: grouped };
}

/** A median per quarter and overall, withheld (null) where it rests on fewer than five values. */
export function publishMedian(id: StatisticsMedian['id'], medians: readonly QuarterMedian[], quarters: readonly Quarter[]): StatisticsMedian {
  const publish = (m: QuarterMedian | undefined) => (m && m.count >= MIN_PUBLISHED_COUNT && m.days !== null ? Number(m.days) : null);
  return {
    id,
    quarters: quarters.map((quarter) => ({ quarter, days: publish(medians.find((m) => m.quarter === quarter)) })),
    overall: publish(medians.find((m) => m.quarter === null)),
  };
}
