import { createDecipheriv } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { caseSummaryPdf, statisticsPdf } from './pdf.ts';
import { pdfFonts } from './pdf-document.ts';
import { hardenedHash, passwordBytes } from './pdf-encryption.ts';

const password = 'ett långt lösenord 42';
const names = 'Åsa Öberg, Nguyễn Thị Minh, Jānis Bērziņš, Łukasz Żółć';

function summary(): Promise<Buffer> {
  return caseSummaryPdf(
    {
      facts: [
        { label: 'Ärende', value: '2026-0012' },
        { label: 'Personer', value: names },
        { label: 'Öppnat', value: '2026-03-01' },
      ],
      sections: [{ heading: 'Stöd och skydd', paragraphs: ['Skyddat boende ordnat.', 'Uppföljning om tre månader.'] }],
    },
    { title: 'Ärendesammanfattning', userPassword: password },
  );
}

/** The hex string entries of the PDF's Standard security handler dictionary. */
function encryptionEntries(pdf: Buffer): { dictionary: string; entry: (name: string) => Buffer } {
  const text = pdf.toString('latin1');
  const start = text.indexOf('/Filter /Standard');
  const dictionary = text.slice(start, text.indexOf('endobj', start));
  return {
    dictionary,
    entry: (name) => Buffer.from(new RegExp(`/${name} <([0-9a-f]+)>`).exec(dictionary)?.[1] ?? '', 'hex'),
  };
}

/** Opens the file key with a password the way a reader does (ISO 32000-2, algorithms 2.A and 13). */
function fileKeyFor(pdf: Buffer, candidate: string): Buffer | null {
  const { entry } = encryptionEntries(pdf);
  const u = entry('U');
  const pw = passwordBytes(candidate);
  if (!hardenedHash(pw, u.subarray(32, 40)).equals(u.subarray(0, 32))) return null;
  const unwrap = createDecipheriv('aes-256-cbc', hardenedHash(pw, u.subarray(40, 48)), Buffer.alloc(16)).setAutoPadding(false);
  const fileKey = Buffer.concat([unwrap.update(entry('UE')), unwrap.final()]);
  // Perms holds the permissions and "adb", encrypted with the file key: proof the key is right.
  const perms = createDecipheriv('aes-256-ecb', fileKey, null).setAutoPadding(false).update(entry('Perms'));
  expect(perms.subarray(9, 12).toString('latin1')).toBe('adb');
  return fileKey;
}

// Each document subsets and embeds two fonts and derives its keys: slow on a loaded machine.
describe('PDF exports', { timeout: 30_000 }, () => {
  it('writes PDF 1.7 encrypted with AES-256 under revision 6, which opens with the password only', async () => {
    const pdf = await summary();
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdf.toString('latin1')).toMatch(/\/Encrypt \d+ 0 R/);
    const { dictionary } = encryptionEntries(pdf);
    expect(dictionary).toMatch(/\/V 5\b/);
    expect(dictionary).toMatch(/\/R 6\b/);
    expect(dictionary).toMatch(/\/CFM \/AESV3/);
    expect(fileKeyFor(pdf, password)).toHaveLength(32);
    expect(fileKeyFor(pdf, 'ett långt lösenord 43')).toBeNull();
  });

  it('leaves no text readable without the password, metadata included', async () => {
    const text = (await summary()).toString('latin1');
    for (const word of ['Ärendesammanfattning', 'Sammanfattning', '2026-0012', 'Skyddat']) expect(text).not.toContain(word);
  });

  it('is tagged for assistive technology: language, title, PDF/UA, headings, paragraphs and tables', async () => {
    const pdf = await statisticsPdf(
      [{ title: 'Nya ärenden per region', notes: ['"<5" betyder 1–4 ärenden.'], columns: ['Region', '2025', '2026'], rows: [['Stockholm', 1234, '<5'], ['Syd', 12, 7]] }],
      { title: 'Statistik 2026', userPassword: password, introduction: ['Siffror för hela landet.'] },
    );
    const text = pdf.toString('latin1');
    expect(text).toContain('/Marked true');
    expect(text).toMatch(/\/Lang \(/);
    expect(text).toContain('/DisplayDocTitle true');
    expect(text).toContain('/StructTreeRoot');
    for (const tag of ['Sect', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD']) expect(text).toContain(`/S /${tag}\n`);
  });

  it('embeds a font with a glyph for every letter of Swedish names and names from abroad', () => {
    for (const font of [pdfFonts.regular, pdfFonts.bold]) {
      const doc = new PDFDocument().font(font);
      const fontkitFont = (doc as unknown as { _font: { font: { hasGlyphForCodePoint: (c: number) => boolean } } })._font.font;
      const missing = [...`${names} ÅÄÖåäö Ольга Θεά`].filter((char) => !fontkitFont.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
      expect(missing).toEqual([]);
    }
  });
});

describe('the revision 6 password hash (ISO 32000-2 algorithm 2.B)', () => {
  // Entries of a file encrypted by qpdf 11.3 (`qpdf --encrypt 'Åsa lösenord 42' 'ägare' 256`).
  const u = Buffer.from('0144d724b97dd014259feed29ec599157479b2939be181ebe4151e46cc157118b9146c0bec38b4e6e7de3f51079b06ac', 'hex');
  const o = Buffer.from('021d4147737405ea2bfdba95b8bb0ebb5bdea093f5db1b987315c9d72c28d297c79484752adcc048be14964ab01ec98a', 'hex');

  it("matches another implementation's user and owner entries", () => {
    expect(hardenedHash(passwordBytes('Åsa lösenord 42'), u.subarray(32, 40))).toEqual(u.subarray(0, 32));
    expect(hardenedHash(passwordBytes('ägare'), o.subarray(32, 40), u)).toEqual(o.subarray(0, 32));
    expect(hardenedHash(passwordBytes('Åsa lösenord 43'), u.subarray(32, 40))).not.toEqual(u.subarray(0, 32));
  });
});
