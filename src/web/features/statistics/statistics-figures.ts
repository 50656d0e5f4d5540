import type { PublishedCell, StatisticsDimension, StatisticsTable } from '../../../shared/schemas/statistics.ts';
import { type ChartSeries, maxChartSeries } from '../../components/bar-chart.tsx';

export interface FigureLabels {
  /** The name of a row or column label. */
  label: (dimension: StatisticsDimension, code: string) => string;
  /** A cell as the table writes it: a formatted count, "<5" or "..". */
  text: (cell: PublishedCell) => string;
}

export interface FigureRow {
  key: string;
  label: string;
  cells: string[];
  total: string;
}

/** One statistics table as a chart and as a table: the same cells, so both show the same figures. */
export interface TableFigures {
  /** The chart's groups and the table's column headers (quarters, or age bands). */
  categories: string[];
  /** The rows drawn in the chart: every row, or the largest five when there are more than six. */
  series: ChartSeries[];
  /** True when the chart shows only the largest rows (the summary says so). */
  largestOnly: boolean;
  rows: FigureRow[];
  columnTotals: string[];
  grandTotal: string;
}

/** The largest rows charted when a table has more rows than the chart has colours. */
export const largestRowsCharted = maxChartSeries - 1;

const valueOf = (cell: PublishedCell): number | null => ('value' in cell ? cell.value : null);

/**
 * How large a row is, for choosing which rows to chart: its published total, or where that is hidden
 * the sum of its published cells (a hidden total is never guessed at; small totals rank last).
 */
function rowSize(table: StatisticsTable, row: number): number {
  const total = valueOf(table.rowTotals[row]!);
  if (total !== null) return total;
  return table.cells[row]!.reduce((sum, cell) => sum + (valueOf(cell) ?? 0), 0);
}

/** The rows to chart, in the table's order: all of them, or the five largest. */
function chartedRows(table: StatisticsTable): number[] {
  const all = table.rows.labels.map((_, i) => i);
  if (all.length <= maxChartSeries) return all;
  const largest = [...all].sort((a, b) => rowSize(table, b) - rowSize(table, a) || a - b).slice(0, largestRowsCharted);
  return all.filter((i) => largest.includes(i));
}

/** Turns a table after disclosure control into chart series and table rows built from the same cells. */
export function tableFigures(table: StatisticsTable, labels: FigureLabels): TableFigures {
  const rowLabel = (code: string) => labels.label(table.rows.dimension, code);
  const charted = chartedRows(table);
  return {
    categories: table.columns.labels.map((code) => labels.label(table.columns.dimension, code)),
    series: charted.map((i) => {
      const cells = table.cells[i]!;
      return {
        key: table.rows.labels[i]!,
        label: rowLabel(table.rows.labels[i]!),
        values: cells.map(valueOf),
        hiddenLabels: cells.map((cell) => ('value' in cell ? undefined : labels.text(cell))),
      };
    }),
    largestOnly: charted.length < table.rows.labels.length,
    rows: table.rows.labels.map((code, i) => ({
      key: code,
      label: rowLabel(code),
      cells: table.cells[i]!.map(labels.text),
      total: labels.text(table.rowTotals[i]!),
    })),
    columnTotals: table.columnTotals.map(labels.text),
    grandTotal: labels.text(table.grandTotal),
  };
}
