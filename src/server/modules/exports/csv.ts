import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { type ExportColumn, stripControlCharacters } from './cell-guard.ts';

/**
 * CSV for Swedish Excel: semicolon between cells (the comma is the decimal sign), a UTF-8 byte
 * order mark (without it Excel reads the file as Windows-1252 and å ä ö break), CRLF between
 * records. Cells that hold a semicolon, a quote or a line break are quoted by csv-stringify.
 *
 * Every text cell has its control characters stripped (cell-guard.ts) in `cast`, before
 * csv-stringify's `escape_formulas` puts a single quote in front of = + - @ tab and CR.
 * Numbers are written as numbers and are not escaped: a negative number is not a formula.
 */
function csvStringifier(headers: string[]) {
  return stringify({
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
    header: true,
    columns: headers.map((header, index) => ({ key: String(index), header: stripControlCharacters(header) })),
    cast: { string: (value) => stripControlCharacters(value) },
  });
}

/** Turns each row into the array of its cells, in column order. */
function rowsToRecords<Row>(columns: readonly ExportColumn<Row>[]): Transform {
  return new Transform({
    objectMode: true,
    transform(row: Row, _encoding, done) {
      done(null, columns.map((column) => column.value(row) ?? ''));
    },
  });
}

/**
 * Writes the rows as CSV to `output`, one row at a time: rows are read from the iterable only as
 * fast as the output takes them, so a large export never sits whole in memory. Resolves when the
 * output has finished; rejects (and destroys the output) on the first error.
 */
export async function writeCsv<Row>(rows: Iterable<Row> | AsyncIterable<Row>, columns: readonly ExportColumn<Row>[], output: Writable): Promise<void> {
  await pipeline(
    Readable.from(rows),
    rowsToRecords(columns),
    csvStringifier(columns.map((c) => c.header)),
    output,
  );
}

/** The whole CSV as a buffer, for small exports and tests. */
export async function csvBuffer<Row>(rows: Iterable<Row> | AsyncIterable<Row>, columns: readonly ExportColumn<Row>[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeCsv(rows, columns, sink);
  return Buffer.concat(chunks);
}
