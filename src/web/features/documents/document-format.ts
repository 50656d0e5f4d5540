import { limits } from '../../../shared/limits.ts';
import { apiHref } from '../../api.ts';

/** A size for people: bytes, kB or MB (of 1024), rounded up to one decimal so a file over the limit never looks equal to it. */
export function sizeParts(bytes: number): { unit: 'bytes' | 'kilobytes' | 'megabytes'; value: number } {
  const roundUp = (value: number) => Math.ceil(value * 10) / 10;
  if (bytes < 1024) return { unit: 'bytes', value: bytes };
  if (bytes < 1024 * 1024) return { unit: 'kilobytes', value: roundUp(bytes / 1024) };
  return { unit: 'megabytes', value: roundUp(bytes / (1024 * 1024)) };
}

/** The types the server accepts, by media type, with the key of their label. */
const typeKeys = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
} as const;

export type DocumentTypeKey = (typeof typeKeys)[keyof typeof typeKeys] | 'other';

export function documentTypeKey(mediaType: string): DocumentTypeKey {
  return Object.hasOwn(typeKeys, mediaType) ? typeKeys[mediaType as keyof typeof typeKeys] : 'other';
}

/** For the file picker: suggests the allowed files. The server still decides by the content. */
export const acceptedFiles = [
  ...Object.keys(typeKeys),
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.docx',
  '.xlsx',
  '.odt',
].join(',');

export type FileProblem = 'fileRequired' | 'empty' | 'tooLarge' | 'nameTooLong';

/** What can be seen before sending: a file chosen, not empty, within 20 MB, a name that fits. */
export function checkFile(file: { size: number; name: string } | null): FileProblem | null {
  if (!file) return 'fileRequired';
  if (file.size === 0) return 'empty';
  if (file.size > limits.documentBytesMax) return 'tooLarge';
  if (file.name.length > limits.fileNameMax) return 'nameTooLong';
  return null;
}

/** The URL of a document's bytes; a plain link with `download` fetches it as an attachment. */
export function documentContentPath(caseId: string, documentId: string): string {
  return apiHref('/api/cases/{caseId}/documents/{documentId}/content', { path: { caseId, documentId } });
}
