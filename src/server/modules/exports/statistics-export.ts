import ExcelJS from 'exceljs';
import type { PoliceRegion } from '../../../shared/enums.ts';
import type { PublishedCell, Statistics, StatisticsExportFilter, StatisticsTable } from '../../../shared/schemas/statistics.ts';
import type { Actor } from '../../platform/actor.ts';
import { statisticsPolicy, statisticsView } from '../statistics/statistics.policy.ts';
import { readStatistics } from '../statistics/statistics.service.ts';
import { type ExportColumn, guardTextCell } from './cell-guard.ts';
import { csvBuffer } from './csv.ts';
import type { ExportContext, ExportSource } from './export-source.ts';
import { passwordOf } from './export-source.ts';
import { statisticsPdf, type StatisticsTable as PdfStatisticsTable } from './pdf.ts';
import { dimensionValueLabeller, type ExportLanguage, statisticsTexts } from './statistics-export-labels.ts';
import { encryptXlsx } from './xlsx.ts';

/** A figure as a file holds it: the count as a number, a hidden one as the page shows it ("<5", ".."). */
type Figure = number | string;

/** One table with its labels in the chosen language and the totals as the page shows them (last row and column). */
interface LabelledTable {
  id: StatisticsTable['id'];
  title: string;
  sheetName: string;
  /** The heading of the row labels' column, e.g. "Region". */
  rowHeading: string;
  columns: string[];
  rows: { label: string; figures: Figure[] }[];
  /** Notes under the table: what narrows it beyond the common filters. */
  notes: string[];
}

/** One cell of the long CSV. */
interface LongRow {
  table: string;
  row: string;
  column: string;
  value: Figure;
}

/**
 * The statistics exactly as the page shows them, in the chosen language: read through the same
 * service as GET /api/statistics (scope by role, disclosure control, audited as statistics.read),
 * so an exported figure never differs from the page and a hidden one is "<5" or "..", never its count.
 */
async function labelledStatistics(context: ExportContext<StatisticsExportFilter>) {
  const { language, ...query } = context.filter;
  // statistics.read is audited as the requester's, under the request that asked for the export.
  const statistics = await readStatistics(context.db, context.actorContext, query);
  await context.progress(50);
  return { statistics, tables: statistics.tables.map((table) => labelTable(table, statistics, language)) };
}

function labelTable(table: StatisticsTable, statistics: Statistics, language: ExportLanguage): LabelledTable {
  const texts = statisticsTexts[language];
  const label = dimensionValueLabeller(language);
  const figure = (cell: PublishedCell): Figure => ('value' in cell ? cell.value : cell.suppressed === 'small' ? texts.small : texts.secondary);
  const rows = table.rows.labels.map((code, r) => ({
    label: label(table.rows.dimension, code),
    figures: [...table.cells[r]!.map(figure), figure(table.rowTotals[r]!)],
  }));
  rows.push({ label: texts.total, figures: [...table.columnTotals.map(figure), figure(table.grandTotal)] });
  return {
    id: table.id,
    title: texts.tables[table.id],
    sheetName: texts.sheets[table.id],
    rowHeading: texts.dimensions[table.rows.dimension],
    columns: [...table.columns.labels.map((code) => label(table.columns.dimension, code)), texts.total],
    rows,
    notes: statistics.form !== null && !table.filtersApplied.includes('form') ? [texts.noFilterForm] : [],
  };
}

/** Every published figure, one row per cell (totals included): the tidy format programs read. */
function longRows(tables: readonly LabelledTable[]): LongRow[] {
  return tables.flatMap((table) =>
    table.rows.flatMap((row) => row.figures.map((value, c) => ({ table: table.title, row: row.label, column: table.columns[c]!, value }))),
  );
}

/** The period, the regions and the form of exploitation, as sentences under the title. */
function filterNotes(statistics: Statistics, language: ExportLanguage): string[] {
  const texts = statisticsTexts[language];
  const label = dimensionValueLabeller(language);
  const regions = statistics.regions.map((code: PoliceRegion) => label('region', code)).join(', ');
  return [
    texts.period(label('quarter', statistics.from), label('quarter', statistics.to)),
    statistics.national ? texts.scopeNational : texts.scopeRegions(regions),
    statistics.form ? texts.formFilter(label('exploitation_form', statistics.form)) : texts.formAll,
    texts.legend,
  ];
}

/** One sheet per table: the row labels down the first column, the quarters (or age bands) across, totals last. */
async function workbookOf(tables: readonly LabelledTable[], notes: string[], password: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheetName);
    sheet.addRow([table.rowHeading, ...table.columns].map(guardTextCell));
    for (const row of table.rows) sheet.addRow([guardTextCell(row.label), ...row.figures.map((f) => (typeof f === 'number' ? f : guardTextCell(f)))]);
    sheet.addRow([]);
    for (const note of [...table.notes, ...notes]) sheet.addRow([guardTextCell(note)]);
  }
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  return encryptXlsx(xlsx, password);
}

const longColumns = (language: ExportLanguage): ExportColumn<LongRow>[] => {
  const headers = statisticsTexts[language].csvHeaders;
  return [
    { header: headers.table, value: (r) => r.table },
    { header: headers.row, value: (r) => r.row },
    { header: headers.column, value: (r) => r.column },
    { header: headers.value, value: (r) => r.value },
  ];
};

/**
 * The statistics as CSV (long: table, row, column, value), an encrypted XLSX (a sheet per table)
 * or an encrypted PDF (a section per table, with the period, filters and what "<5" and ".." mean).
 * The gate is the page's own: statistics 'read'. rowCount is the number of published figures
 * (table cells and totals), the same in every format: the CSV's data rows.
 */
export const statisticsExport: ExportSource<StatisticsExportFilter> = {
  allows: (actor: Actor) => statisticsPolicy.allows(actor, 'read'),
  // A region that is not the requester's is refused when asked (403), as the page refuses it.
  verify: async (_db, actor, filter) => {
    statisticsView(actor, filter.region);
  },
  async write(context) {
    const { language } = context.filter;
    const { statistics, tables } = await labelledStatistics(context);
    const cells = longRows(tables);
    const rowCount = cells.length;
    if (context.format === 'csv') return { file: await csvBuffer(cells, longColumns(language)), rowCount };
    const notes = filterNotes(statistics, language);
    if (context.format === 'xlsx') return { file: await workbookOf(tables, notes, passwordOf(context)), rowCount };
    const sections: PdfStatisticsTable[] = tables.map((table) => ({
      title: table.title,
      notes: table.notes,
      columns: [table.rowHeading, ...table.columns],
      rows: table.rows.map((row) => [row.label, ...row.figures]),
    }));
    const file = await statisticsPdf(sections, {
      title: statisticsTexts[language].title,
      userPassword: passwordOf(context),
      lang: language === 'en' ? 'en-GB' : 'sv-SE',
      introduction: notes,
    });
    return { file, rowCount };
  },
};
