import { fileTypeFromBuffer } from 'file-type';
import { limits } from '../../../shared/limits.ts';

/**
 * The document types a case may hold, by the media type detected from the content, with the file
 * name extensions that go with each. Everything else is refused: text, HTML and SVG (a browser
 * runs what they contain), executables, archives, macro-enabled Office files.
 */
export const allowedDocumentTypes = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
} as const satisfies Record<string, readonly string[]>;

export type DocumentMediaType = keyof typeof allowedDocumentTypes;

export function isAllowedDocumentType(mediaType: string): mediaType is DocumentMediaType {
  return Object.hasOwn(allowedDocumentTypes, mediaType);
}

export type DetectedDocumentType = { allowed: true; mediaType: DocumentMediaType } | { allowed: false; detected: string | null };

/**
 * What the bytes are, by their magic numbers: never by the file's name or the request's headers.
 * Content file-type cannot make out (plain text, HTML, truncated files) is refused as unknown.
 */
export async function detectDocumentType(content: Uint8Array): Promise<DetectedDocumentType> {
  let mime: string | undefined;
  try {
    mime = (await fileTypeFromBuffer(content))?.mime;
  } catch {
    // file-type throws on content that ends inside a structure it recognised (e.g. a bare PNG signature).
    mime = undefined;
  }
  if (mime !== undefined && isAllowedDocumentType(mime)) return { allowed: true, mediaType: mime };
  return { allowed: false, detected: mime ?? null };
}

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Bidirectional overrides make "exe.pdf" display as something else; they have no place in a name.
const bidiControls = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

export type CleanFileName = { ok: true; name: string } | { ok: false; code: 'control_characters' | 'empty' | 'too_long' };

/**
 * The name to keep for an uploaded file: the last segment of whatever path the client sent
 * (browsers and some tools send "C:\\fakepath\\x.pdf" or "dir/x.pdf"), trimmed. Control and
 * bidirectional formatting characters are refused rather than stripped, so what is stored is
 * what the user chose.
 */
export function cleanFileName(raw: string): CleanFileName {
  if (controlCharacters.test(raw) || bidiControls.test(raw)) return { ok: false, code: 'control_characters' };
  const name = (raw.split(/[/\\]/).pop() ?? '').normalize('NFC').trim();
  if (name === '' || name === '.' || name === '..') return { ok: false, code: 'empty' };
  if (name.length > limits.fileNameMax) return { ok: false, code: 'too_long' };
  return { ok: true, name };
}

/**
 * The name with an extension that matches the content, so the file opens as what it is and a
 * PDF cannot be saved as "notes.html": a name whose extension does not fit gets the right one
 * added ("notes.html.pdf"), shortening the stem if the name would grow past the limit.
 */
export function nameForType(name: string, mediaType: DocumentMediaType): string {
  const extensions: readonly string[] = allowedDocumentTypes[mediaType];
  const dot = name.lastIndexOf('.');
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (extensions.includes(current)) return name;
  const suffix = `.${extensions[0]}`;
  const stem = [...name];
  while (stem.length > 0 && stem.join('').length + suffix.length > limits.fileNameMax) stem.pop();
  return `${stem.join('')}${suffix}`;
}

/**
 * Content-Disposition for a download (RFC 6266): always an attachment, never shown inline; an
 * ASCII fallback name for old clients and the exact name as RFC 5987 UTF-8 percent-encoding.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  // encodeURIComponent leaves ' ( ) * unescaped; RFC 5987 attr-char does not allow them.
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
