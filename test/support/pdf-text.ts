import { createDecipheriv } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { hardenedHash, passwordBytes } from '../../src/server/modules/exports/pdf-encryption.ts';

/**
 * Reads the text of a PDF our exports write (pdfkit: no object streams, Flate-compressed content,
 * Type0 fonts with a ToUnicode map, AES-256 under the Standard security handler revision 6), the
 * way a reader does: the file key is opened with the password (ISO 32000-2 algorithm 2.A), each
 * stream decrypted and inflated, and the glyph codes of the text operators mapped back to
 * characters. Null when the password does not open the file. Each text-showing operator is a line.
 */
export function pdfText(pdf: Buffer, password: string): string | null {
  const raw = pdf.toString('latin1');
  const fileKey = openFileKey(raw, password);
  if (!fileKey) return null;
  const objects = new Map<number, { dictionary: string; stream: Buffer | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const streamAt = body.indexOf('stream\n');
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dictionary: body, stream: null });
      continue;
    }
    const dictionary = body.slice(0, streamAt);
    const encrypted = Buffer.from(body.slice(streamAt + 7, body.lastIndexOf('\nendstream')), 'latin1');
    const decipher = createDecipheriv('aes-256-cbc', fileKey, encrypted.subarray(0, 16));
    const plain = Buffer.concat([decipher.update(encrypted.subarray(16)), decipher.final()]);
    objects.set(Number(match[1]), { dictionary, stream: dictionary.includes('/FlateDecode') ? inflateSync(plain) : plain });
  }
  // Font resource names (F1, F2, ...) are unique in a pdfkit document: name → its ToUnicode map.
  const maps = new Map<string, Map<number, string>>();
  for (const { dictionary } of objects.values()) {
    for (const [, name, ref] of dictionary.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(ref))?.dictionary ?? '';
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
      const cmap = toUnicode ? objects.get(Number(toUnicode))?.stream : null;
      if (cmap) maps.set(name!, parseToUnicode(cmap.toString('latin1')));
    }
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    const content = stream?.toString('latin1') ?? '';
    if (!/\bBT\b/.test(content)) continue;
    let font = new Map<number, string>();
    for (const [, fontName, shown] of content.matchAll(/\/(F\d+) [\d.]+ Tf|(\[[^\]]*\]\s*TJ|<[0-9a-fA-F]*>\s*Tj)/g)) {
      if (fontName) font = maps.get(fontName) ?? new Map();
      else lines.push([...shown!.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => decodeCodes(hex!, font)).join(''));
    }
  }
  return lines.join('\n');
}

function openFileKey(raw: string, password: string): Buffer | null {
  const start = raw.indexOf('/Filter /Standard');
  const dictionary = raw.slice(start, raw.indexOf('endobj', start));
  const entry = (name: string) => Buffer.from(new RegExp(`/${name} <([0-9a-f]+)>`).exec(dictionary)?.[1] ?? '', 'hex');
  const u = entry('U');
  const pw = passwordBytes(password);
  if (u.length < 48 || !hardenedHash(pw, u.subarray(32, 40)).equals(u.subarray(0, 32))) return null;
  const unwrap = createDecipheriv('aes-256-cbc', hardenedHash(pw, u.subarray(40, 48)), Buffer.alloc(16)).setAutoPadding(false);
  return Buffer.concat([unwrap.update(entry('UE')), unwrap.final()]);
}

const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** The bfchar and bfrange entries of a ToUnicode CMap: glyph code → text. */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, target] of block!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const first = parseInt(from!, 16);
      const last = parseInt(to!, 16);
      if (target!.startsWith('[')) {
        // An entry may be several code points (a ligature): <0066 0069>.
        [...target!.matchAll(/<([0-9a-fA-F ]+)>/g)].forEach(([, hex], i) => map.set(first + i, utf16(hex!.replaceAll(' ', ''))));
      } else {
        const base = parseInt(target!.slice(1, -1), 16);
        for (let code = first; code <= last; code++) map.set(code, String.fromCodePoint(base + code - first));
      }
    }
  }
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, hex] of block!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(code!, 16), utf16(hex!));
  }
  return map;
}

function decodeCodes(hex: string, font: Map<number, string>): string {
  let text = '';
  for (let at = 0; at + 4 <= hex.length; at += 4) text += font.get(parseInt(hex.slice(at, at + 4), 16)) ?? '\ufffd';
  return text;
}
