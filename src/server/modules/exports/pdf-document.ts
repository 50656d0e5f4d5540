import { randomBytes } from 'node:crypto';
import path from 'node:path';
import PDFDocument, { type StructureElement, type TableCell } from 'pdfkit';
import { projectRoot } from '../../project-root.ts';
import { stripControlCharacters } from './cell-guard.ts';
import { useRevision6 } from './pdf-encryption.ts';

const fontFolder = path.join(projectRoot, 'assets/fonts');

/** DejaVu Sans (assets/fonts, Bitstream Vera licence): Swedish, Nordic, Baltic, Polish, Vietnamese, Cyrillic, Greek. */
export const pdfFonts = {
  regular: path.join(fontFolder, 'DejaVuSans.ttf'),
  bold: path.join(fontFolder, 'DejaVuSans-Bold.ttf'),
} as const;

export interface PdfOptions {
  /** The document's title: shown in the reader's title bar (not the file name) and read out first. */
  title: string;
  /** The password the user chose; the file opens only with it (AES-256, PDF 2.0-style R6). */
  userPassword: string;
  /** BCP 47 language of the text, for screen readers' pronunciation. */
  lang?: 'sv-SE' | 'en-GB';
}

export type PdfDocument = InstanceType<typeof PDFDocument>;
type Structure = StructureElement;

/**
 * A tagged, encrypted PDF (PDF/UA identification, language, title shown instead of the file
 * name). `pdfVersion: '1.7ext3'` makes pdfkit encrypt with AES-256, and `useRevision6`
 * hardens the password entries to revision 6 (pdf-encryption.ts). The owner
 * password is random and thrown away: the reader gets printing, copying and assistive
 * technology (PDF/UA requires the last), not the right to change the permissions.
 */
export function openPdf(options: PdfOptions): PdfDocument {
  const ownerPassword = randomBytes(32).toString('base64url');
  const doc = new PDFDocument({
    pdfVersion: '1.7ext3',
    userPassword: options.userPassword,
    ownerPassword,
    permissions: { printing: 'highResolution', copying: true, contentAccessibility: true, modifying: false, annotating: false, fillingForms: false, documentAssembly: false },
    tagged: true,
    subset: 'PDF/UA',
    lang: options.lang ?? 'sv-SE',
    displayTitle: true,
    info: { Title: stripControlCharacters(options.title), Creator: 'Samverka' },
    font: pdfFonts.regular,
    size: 'A4',
    margin: 56,
  });
  useRevision6(doc, options.userPassword, ownerPassword);
  doc.registerFont('regular', pdfFonts.regular).registerFont('bold', pdfFonts.bold);
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function finishPdf(doc: PdfDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** A section of the structure tree (Sect) under the document root. */
export function addSection(doc: PdfDocument): Structure {
  const section = doc.struct('Sect');
  doc.addStructure(section);
  return section;
}

export function addHeading(doc: PdfDocument, parent: Structure, text: string, level: 1 | 2): void {
  doc
    .font('bold')
    .fontSize(level === 1 ? 18 : 13)
    .text(stripControlCharacters(text), { structParent: parent, structType: level === 1 ? 'H1' : 'H2', paragraphGap: 6 });
  doc.font('regular').fontSize(10);
}

export function addParagraph(doc: PdfDocument, parent: Structure, text: string): void {
  doc.font('regular').fontSize(10).text(stripControlCharacters(text), { structParent: parent, structType: 'P', paragraphGap: 4 });
}

export interface PdfTable {
  /** Column headings (TH, scope Column); none for a table of label–value pairs. */
  columns: string[];
  /** Data rows; with `rowHeaders`, the first cell of each row is a row heading (TH, scope Row). */
  rows: (string | number)[][];
  rowHeaders?: boolean;
}

/** A table whose headings are tagged TH with their scope, so a screen reader announces them with each cell. */
export function addTable(doc: PdfDocument, parent: Structure, table: PdfTable): void {
  const heading = (text: string, scope: 'Row' | 'Column'): TableCell => ({ text: stripControlCharacters(text), type: 'TH', scope, font: { src: 'bold' } });
  // Counts and suppressed counts ("<5") line up on the right, as in the statistics tables.
  const cell = (value: string | number): TableCell =>
    typeof value === 'number' ? { text: value.toLocaleString('sv-SE'), align: { x: 'right' } } : { text: stripControlCharacters(value), align: { x: /^<\d+$/.test(value) ? 'right' : 'left' } };
  const header = table.columns.map((text) => heading(text, 'Column'));
  const body = table.rows.map((row) => row.map((value, index) => (index === 0 && table.rowHeaders === true ? heading(String(value), 'Row') : cell(value))));
  doc.font('regular').fontSize(9);
  doc.table({ data: header.length > 0 ? [header, ...body] : body, structParent: parent, defaultStyle: { border: 0.5, borderColor: '#666666', padding: 4 } });
  doc.fontSize(10).moveDown();
}
