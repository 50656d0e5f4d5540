import { setImmediate as nextTurn } from 'node:timers/promises';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import officeCrypto from 'officecrypto-tool';
import { type CellValue, type ExportColumn, guardTextCell } from './cell-guard.ts';

/** Rows between yields to the event loop, so the zip stream can drain what was committed. */
const rowsPerTurn = 500;

/** Excel's limit on a sheet name: 31 characters, none of : \ / ? * [ ]. */
function sheetNameOf(name: string): string {
  const clean = guardTextCell(name).replace(/[:\\/?*[\]]/g, ' ').trim();
  return (clean === '' ? 'Export' : clean).slice(0, 31);
}

/** A number stays a number; text goes through the cell guard (controls stripped, formulas neutralised). */
function cellOf(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : guardTextCell(value);
}

/**
 * Writes the rows as one XLSX sheet to `output` with exceljs's streaming writer: each row is
 * committed (serialised into the zip stream) as soon as it is added, strings are written inline
 * rather than into a shared-strings table, and no styles are kept, so memory stays flat however
 * many rows there are. exceljs never turns a plain string into a formula; the guard is there for
 * the user who later edits the cell (Excel re-reads "=…" typed into a cell as a formula).
 * Resolves with the number of data rows written once the output has the whole file.
 */
export async function writeXlsx<Row>(
  rows: Iterable<Row> | AsyncIterable<Row>,
  columns: readonly ExportColumn<Row>[],
  output: Writable,
  options: { sheetName: string },
): Promise<{ rowCount: number }> {
  const finished = new Promise<void>((resolve, reject) => {
    output.once('finish', resolve);
    output.once('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetNameOf(options.sheetName));
  sheet.addRow(columns.map((column) => guardTextCell(column.header))).commit();
  let rowCount = 0;
  for await (const row of rows) {
    sheet.addRow(columns.map((column) => cellOf(column.value(row)))).commit();
    rowCount++;
    if (rowCount % rowsPerTurn === 0) await nextTurn();
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return { rowCount };
}

/**
 * Encrypts a finished XLSX with a password: ECMA-376 Agile encryption (AES-256-CBC, key derived
 * with SHA-512 over 100,000 rounds), which Excel, LibreOffice and msoffcrypto-tool open. The
 * whole file has to be in memory: the format wraps it in an OLE compound file.
 */
export function encryptXlsx(xlsx: Buffer, password: string): Buffer {
  return officeCrypto.encrypt(xlsx, { password });
}

/** Opens an XLSX made by `encryptXlsx` (for tests and for checking a download). */
export async function decryptXlsx(encrypted: Buffer, password: string): Promise<Buffer> {
  return officeCrypto.decrypt(encrypted, { password });
}

/**
 * The rows as an encrypted XLSX in one call: streamed into memory (about 2 MB per 100,000 rows of
 * a few columns), then encrypted, since encryption needs the whole file anyway.
 */
export async function encryptedXlsx<Row>(
  rows: Iterable<Row> | AsyncIterable<Row>,
  columns: readonly ExportColumn<Row>[],
  options: { sheetName: string; password: string },
): Promise<{ file: Buffer; rowCount: number }> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const { rowCount } = await writeXlsx(rows, columns, sink, { sheetName: options.sheetName });
  return { file: encryptXlsx(Buffer.concat(chunks), options.password), rowCount };
}
