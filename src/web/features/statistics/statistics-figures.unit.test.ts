import { describe, expect, it } from 'vitest';
import type { PublishedCell, StatisticsTable } from '../../../shared/schemas/statistics.ts';
import { type FigureLabels, tableFigures } from './statistics-figures.ts';

const v = (value: number): PublishedCell => ({ value });
const small: PublishedCell = { suppressed: 'small' };
const secondary: PublishedCell = { suppressed: 'secondary' };
const format = new Intl.NumberFormat('sv-SE');
const labels: FigureLabels = {
  label: (dimension, code) => `${dimension}:${code}`,
  text: (cell) => ('value' in cell ? format.format(cell.value) : cell.suppressed === 'small' ? '<5' : '..'),
};

function table(cells: PublishedCell[][], rowTotals: PublishedCell[], columnTotals: PublishedCell[], grandTotal: PublishedCell): StatisticsTable {
  return {
    id: 'exploitation_forms',
    rows: { dimension: 'exploitation_form', labels: cells.map((_, i) => `form${i}`) },
    columns: { dimension: 'quarter', labels: ['2025-Q1', '2025-Q2'] },
    cells,
    rowTotals,
    columnTotals,
    grandTotal,
    filtersApplied: ['period', 'region', 'form'],
  };
}

/** Every charted value is the table's cell in the same row and column, and a hidden one is null. */
function expectChartMatchesTable(figures: ReturnType<typeof tableFigures>) {
  for (const series of figures.series) {
    const row = figures.rows.find((r) => r.key === series.key)!;
    series.values.forEach((value, c) => {
      if (value === null) {
        expect(['<5', '..']).toContain(row.cells[c]);
        expect(series.hiddenLabels?.[c]).toBe(row.cells[c]);
      } else {
        expect(format.format(value)).toBe(row.cells[c]);
      }
    });
  }
}

describe('statistics table as chart and table', () => {
  it('charts every row of a small table with the same figures as the table, hidden cells without a value', () => {
    const t = table(
      [
        [v(1200), small],
        [v(0), secondary],
      ],
      [v(1205), v(9)],
      [v(1200), v(14)],
      v(1214),
    );
    const figures = tableFigures(t, labels);
    expect(figures.categories).toEqual(['quarter:2025-Q1', 'quarter:2025-Q2']);
    expect(figures.largestOnly).toBe(false);
    expect(figures.series.map((s) => s.values)).toEqual([
      [1200, null],
      [0, null],
    ]);
    expect(figures.series.map((s) => s.hiddenLabels)).toEqual([
      [undefined, '<5'],
      [undefined, '..'],
    ]);
    expect(figures.rows).toEqual([
      { key: 'form0', label: 'exploitation_form:form0', cells: ['1\u00a0200', '<5'], total: '1\u00a0205' },
      { key: 'form1', label: 'exploitation_form:form1', cells: ['0', '..'], total: '9' },
    ]);
    expect(figures.columnTotals).toEqual(['1\u00a0200', '14']);
    expect(figures.grandTotal).toBe('1\u00a0214');
    expectChartMatchesTable(figures);
  });

  it('charts the five largest rows of a table with more than six, in table order, ranking a hidden total by its visible cells', () => {
    const sizes = [10, 50, 20, 70, 5, 30, 60];
    const cells = sizes.map((n) => [v(n), v(0)]);
    cells[4] = [v(90), secondary]; // total hidden, but 90 visible: among the largest
    const rowTotals = sizes.map((n) => v(n));
    rowTotals[4] = secondary;
    const figures = tableFigures(table(cells, rowTotals, [secondary, v(0)], secondary), labels);
    expect(figures.largestOnly).toBe(true);
    expect(figures.series.map((s) => s.key)).toEqual(['form1', 'form3', 'form4', 'form5', 'form6']);
    expect(figures.rows).toHaveLength(7);
    expect(figures.rows[4]!.total).toBe('..');
    expect(figures.grandTotal).toBe('..');
    expectChartMatchesTable(figures);
  });
});
