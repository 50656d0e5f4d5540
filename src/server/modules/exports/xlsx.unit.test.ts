import { PassThrough, Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import officeCrypto from 'officecrypto-tool';
import { describe, expect, it } from 'vitest';
import { decryptXlsx, encryptXlsx, encryptedXlsx, writeXlsx } from './xlsx.ts';

interface Row {
  id: number;
  name: string;
  note: string;
}
const columns = [
  { header: 'Nr', value: (row: Row) => row.id },
  { header: 'Namn', value: (row: Row) => row.name },
  { header: 'Anteckning', value: (row: Row) => row.note },
];
const hostile = "=cmd|' /C calc'!A0";
const rowCount = 100_000;
const megabyte = 1024 * 1024;

function* manyRows(): Generator<Row> {
  for (let id = 1; id <= rowCount; id++) {
    yield { id, name: id === 4242 ? hostile : `Åsa Öberg ${id}`, note: id % 2 === 0 ? '+46 70 123 45 67' : 'Nguyễn Thị Minh; Jānis Bērziņš' };
  }
}

/** Collects the written file and the highest heap use seen while writing it. */
async function writeAndWatchMemory(rows: Iterable<Row>): Promise<{ file: Buffer; written: number; peakHeapGrowth: number }> {
  globalThis.gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      done();
    },
  });
  const { rowCount: written } = await writeXlsx(rows, columns, sink, { sheetName: 'Ärenden' });
  return { file: Buffer.concat(chunks), written, peakHeapGrowth: peak - baseline };
}

/** Reads the sheet back with exceljs's streaming reader: row count, the hostile row, the header. */
async function readBack(file: Buffer): Promise<{ rows: number; header: unknown[]; hostileCell: unknown; hostileType: unknown }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' });
  let rows = 0;
  let header: unknown[] = [];
  let hostileCell: unknown;
  let hostileType: unknown;
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      rows++;
      if (row.number === 1) header = (row.values as unknown[]).slice(1);
      if (row.getCell(1).value === 4242) {
        hostileCell = row.getCell(2).value;
        hostileType = row.getCell(2).type;
      }
    }
  }
  return { rows, header, hostileCell, hostileType };
}

describe('streamed, encrypted XLSX', () => {
  it('writes 100,000 rows within a bounded heap, and the encrypted file opens with its password', async () => {
    const { file, written, peakHeapGrowth } = await writeAndWatchMemory(manyRows());
    expect(written).toBe(rowCount);
    // Rows are committed as they come: the heap holds the zip's window, not the sheet.
    expect(peakHeapGrowth).toBeLessThan(200 * megabyte);

    const encrypted = encryptXlsx(file, 'ett långt lösenord 42');
    expect(officeCrypto.isEncrypted(encrypted)).toBe(true);
    // An OLE compound file holding the encrypted package, no longer a readable zip.
    expect(encrypted.subarray(0, 4).toString('hex')).toBe('d0cf11e0');
    await expect(decryptXlsx(encrypted, 'fel lösenord här')).rejects.toThrow();

    const back = await readBack(await decryptXlsx(encrypted, 'ett långt lösenord 42'));
    expect(back.rows).toBe(rowCount + 1);
    expect(back.header).toEqual(['Nr', 'Namn', 'Anteckning']);
    expect(back.hostileCell).toBe(`'${hostile}`);
    expect(back.hostileType).toBe(ExcelJS.ValueType.String);
  }, 300_000);

  it('keeps numbers as numbers, strips control characters and escapes formulas in text', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeXlsx([{ id: -5, name: '@SUM(A1)\u0000', note: '\u0007-1' }], columns, sink, { sheetName: 'Blad: 1/2 [test]' });
    const workbook = new ExcelJS.Workbook();
    // exceljs 4.4 types its Buffer against an older @types/node.
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Blad  1 2  test');
    expect(sheet?.getRow(2).values).toEqual([undefined, -5, "'@SUM(A1)", "'-1"]);
  });

  it('makes an encrypted file in one call that opens only with its password', async () => {
    const { file, rowCount: written } = await encryptedXlsx([{ id: 1, name: 'Łukasz Żółć', note: '=1+1' }], columns, { sheetName: 'Samtal', password: 'tolv tecken!' });
    expect(written).toBe(1);
    await expect(decryptXlsx(file, 'tolv tecken?')).rejects.toThrow();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await decryptXlsx(file, 'tolv tecken!')) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.getWorksheet('Samtal')?.getRow(2).values).toEqual([undefined, 1, 'Łukasz Żółć', "'=1+1"]);
  }, 60_000); // each password check hashes 100,000 rounds of SHA-512, by design
});
