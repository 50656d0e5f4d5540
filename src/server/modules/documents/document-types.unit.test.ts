import { describe, expect, it } from 'vitest';
import {
  minimalDocx,
  minimalJpeg,
  minimalOdt,
  minimalPdf,
  minimalPng,
  storedZip,
  windowsExecutable,
} from '../../../../test/support/documents.ts';
import { attachmentDisposition, cleanFileName, detectDocumentType, nameForType } from './document-types.ts';

describe('detectDocumentType', () => {
  it.each([
    ['PDF', minimalPdf(), 'application/pdf'],
    ['PNG', minimalPng(), 'image/png'],
    ['JPEG', minimalJpeg(), 'image/jpeg'],
    ['DOCX', minimalDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['ODT', minimalOdt(), 'application/vnd.oasis.opendocument.text'],
  ])('allows %s by its content', async (_name, bytes, mediaType) => {
    expect(await detectDocumentType(bytes)).toEqual({ allowed: true, mediaType });
  });

  it.each([
    ['plain text', Buffer.from('Hej, det här är en anteckning.\n')],
    ['HTML', Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')],
    ['SVG', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['a Windows executable', windowsExecutable()],
    ['a plain zip archive', storedZip([{ name: 'a.txt', content: 'hej' }])],
    ['a bare PNG signature (file-type throws on it)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['a single byte', Buffer.from([0x25])],
  ])('refuses %s', async (_name, bytes) => {
    expect((await detectDocumentType(bytes)).allowed).toBe(false);
  });

  it('says what it found in a refused file, for the audit log', async () => {
    expect(await detectDocumentType(windowsExecutable())).toEqual({ allowed: false, detected: 'application/x-msdownload' });
    expect(await detectDocumentType(Buffer.from('text'))).toEqual({ allowed: false, detected: null });
  });
});

describe('cleanFileName', () => {
  it.each([
    ['rapport.pdf', 'rapport.pdf'],
    ['  Beslut om betänketid.pdf  ', 'Beslut om betänketid.pdf'],
    ['C:\\fakepath\\intyg.png', 'intyg.png'],
    ['../../etc/passwd', 'passwd'],
    ['mapp/undermapp/fil.docx', 'fil.docx'],
  ])('%j becomes %j', (raw, name) => {
    expect(cleanFileName(raw)).toEqual({ ok: true, name });
  });

  it.each([
    ['a newline', 'x\n.pdf', 'control_characters'],
    ['a NUL byte', 'x\u0000.pdf', 'control_characters'],
    ['a carriage return (header injection)', 'x.pdf\r\nSet-Cookie: a=b', 'control_characters'],
    ['a right-to-left override', 'fil\u202Efdp.exe', 'control_characters'],
    ['only a directory', 'mapp/', 'empty'],
    ['dot-dot', '..', 'empty'],
    ['blanks', '   ', 'empty'],
    ['a name over the limit', `${'a'.repeat(201)}.pdf`, 'too_long'],
  ])('refuses %s', (_name, raw, code) => {
    expect(cleanFileName(raw)).toEqual({ ok: false, code });
  });
});

describe('nameForType', () => {
  it('keeps a name whose extension fits the content, in any case', () => {
    expect(nameForType('beslut.PDF', 'application/pdf')).toBe('beslut.PDF');
    expect(nameForType('foto.jpeg', 'image/jpeg')).toBe('foto.jpeg');
    expect(nameForType('foto.jpg', 'image/jpeg')).toBe('foto.jpg');
  });

  it('adds the extension of the detected type to a name that does not fit it', () => {
    expect(nameForType('anteckning.html', 'application/pdf')).toBe('anteckning.html.pdf');
    expect(nameForType('bild', 'image/png')).toBe('bild.png');
    expect(nameForType('.hidden', 'image/png')).toBe('.hidden.png');
  });

  it('stays within the length limit', () => {
    const name = nameForType(`${'å'.repeat(200)}`, 'application/pdf');
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact name percent-encoded (RFC 6266, RFC 5987)', () => {
    expect(attachmentDisposition('Beslut om betänketid (1).pdf')).toBe(
      `attachment; filename="Beslut om bet_nketid (1).pdf"; filename*=UTF-8''Beslut%20om%20bet%C3%A4nketid%20%281%29.pdf`,
    );
  });

  it('cannot break out of the quoted fallback or the header', () => {
    const header = attachmentDisposition('a"b\\c;d%e\'f*.pdf');
    expect(header).toBe(`attachment; filename="a_b_c_d_e'f*.pdf"; filename*=UTF-8''a%22b%5Cc%3Bd%25e%27f%2A.pdf`);
  });
});
