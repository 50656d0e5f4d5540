import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/limits.ts';
import { checkFile, documentContentPath, documentTypeKey, sizeParts } from './document-format.ts';

describe('sizeParts', () => {
  it.each([
    [0, { unit: 'bytes', value: 0 }],
    [1023, { unit: 'bytes', value: 1023 }],
    [1024, { unit: 'kilobytes', value: 1 }],
    [1536, { unit: 'kilobytes', value: 1.5 }],
    [limits.documentBytesMax, { unit: 'megabytes', value: 20 }],
    // One byte over the limit must not read as "20 MB".
    [limits.documentBytesMax + 1, { unit: 'megabytes', value: 20.1 }],
  ])('%i bytes', (bytes, expected) => {
    expect(sizeParts(bytes)).toEqual(expected);
  });
});

describe('checkFile', () => {
  it('asks for a file, refuses empty and too large files and too long names', () => {
    expect(checkFile(null)).toBe('fileRequired');
    expect(checkFile({ size: 0, name: 'a.pdf' })).toBe('empty');
    expect(checkFile({ size: limits.documentBytesMax + 1, name: 'a.pdf' })).toBe('tooLarge');
    expect(checkFile({ size: 10, name: `${'a'.repeat(limits.fileNameMax)}.pdf` })).toBe('nameTooLong');
    expect(checkFile({ size: limits.documentBytesMax, name: 'a.pdf' })).toBeNull();
  });
});

describe('documentTypeKey', () => {
  it('names the allowed types and calls anything else other', () => {
    expect(documentTypeKey('application/pdf')).toBe('pdf');
    expect(documentTypeKey('application/vnd.oasis.opendocument.text')).toBe('odt');
    expect(documentTypeKey('text/html')).toBe('other');
    expect(documentTypeKey('toString')).toBe('other');
  });
});

it('builds the content path with encoded ids', () => {
  expect(documentContentPath('a/b', 'c')).toBe('/api/cases/a%2Fb/documents/c/content');
});
