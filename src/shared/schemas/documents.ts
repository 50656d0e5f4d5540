import { z } from 'zod';
import { limits } from '../limits.ts';
import { uuid } from './common.ts';

/**
 * The upload's file name, in the query string because the body is the file's bytes. The server
 * keeps only the last path segment, refuses control characters and makes the extension match the
 * type it detects in the content; the name never decides the type.
 */
export const documentUploadQuery = z.object({
  /** 1–200 characters once any directories are stripped; no control characters. */
  fileName: z.string().min(1).max(limits.fileNameMax * 4),
});

/** A document's metadata, as lists show it; the bytes are fetched from its content URL. */
export const documentMeta = z.object({
  id: uuid,
  fileName: z.string(),
  /** Detected from the content (magic numbers) when it was uploaded. */
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedByName: z.string(),
  uploadedAt: z.iso.datetime({ offset: true }),
});
export type DocumentMeta = z.infer<typeof documentMeta>;

export const documentList = z.object({ items: z.array(documentMeta) });
export type DocumentList = z.infer<typeof documentList>;

export const documentParams = z.object({ caseId: uuid, documentId: uuid });
