import { type PdfOptions, type PdfTable, addHeading, addParagraph, addSection, addTable, finishPdf, openPdf } from './pdf-document.ts';

/**
 * The PDF exports, built from plain data: the caller has read (and scoped, and audited) what
 * goes in, and chosen the labels in the user's language. Every document is tagged (headings,
 * paragraphs, tables with their header cells), carries its language and title, embeds DejaVu
 * Sans and is encrypted with the user's password.
 */

export interface StatisticsTable extends PdfTable {
  /** The table's heading (H2), e.g. "Nya ärenden per kvartal". */
  title: string;
  /** Sentences under the heading: the period, the filters, what "<5" means. */
  notes?: string[];
}

/** A statistics report: the title (H1), an introduction, then one section per table. */
export async function statisticsPdf(tables: readonly StatisticsTable[], options: PdfOptions & { introduction?: string[] }): Promise<Buffer> {
  const doc = openPdf(options);
  const front = addSection(doc);
  addHeading(doc, front, options.title, 1);
  for (const text of options.introduction ?? []) addParagraph(doc, front, text);
  front.end();
  for (const table of tables) {
    const section = addSection(doc);
    addHeading(doc, section, table.title, 2);
    for (const text of table.notes ?? []) addParagraph(doc, section, text);
    addTable(doc, section, { ...table, rowHeaders: table.rowHeaders ?? true });
    section.end();
  }
  return finishPdf(doc);
}

export interface CaseSummarySection {
  heading: string;
  paragraphs?: string[];
  table?: PdfTable;
}

export interface CaseSummary {
  /** Label–value pairs under the title: reference, phase, region, dates (YYYY-MM-DD). */
  facts: { label: string; value: string }[];
  sections: CaseSummarySection[];
}

/** A case summary: the title (H1), the key facts as a two-column table, then each section. */
export async function caseSummaryPdf(summary: CaseSummary, options: PdfOptions): Promise<Buffer> {
  const doc = openPdf(options);
  const front = addSection(doc);
  addHeading(doc, front, options.title, 1);
  if (summary.facts.length > 0) {
    addTable(doc, front, { columns: [], rows: summary.facts.map(({ label, value }) => [label, value]), rowHeaders: true });
  }
  front.end();
  for (const part of summary.sections) {
    const section = addSection(doc);
    addHeading(doc, section, part.heading, 2);
    for (const text of part.paragraphs ?? []) addParagraph(doc, section, text);
    if (part.table) addTable(doc, section, part.table);
    section.end();
  }
  return finishPdf(doc);
}
