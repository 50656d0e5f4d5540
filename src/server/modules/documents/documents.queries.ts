import { and, desc, eq, sql } from 'drizzle-orm';
import type { DocumentMeta } from '../../../shared/schemas/documents.ts';
import type { Db, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/identity.ts';
import { documentContents, documents } from './documents.schema.ts';

// Every query here takes a case id the caller has already been let into (requireCaseAccess) and
// keeps to that case, so a document of another case is not found through this one.

/** The columns lists read: metadata only, never document_contents. */
const metaColumns = {
  id: documents.id,
  fileName: documents.fileName,
  mediaType: documents.mediaType,
  sizeBytes: documents.sizeBytes,
  uploadedByName: users.name,
  uploadedAt: documents.uploadedAt,
};

type MetaRow = { [K in keyof typeof metaColumns]: (typeof metaColumns)[K]['_']['data'] };

const toMeta = (row: MetaRow): DocumentMeta => ({ ...row, uploadedAt: row.uploadedAt.toISOString() });

/** The case's documents, newest first, without their content. */
export async function listDocuments(db: Db | Tx, caseId: string): Promise<DocumentMeta[]> {
  const rows = await db
    .select(metaColumns)
    .from(documents)
    .innerJoin(users, eq(users.id, documents.uploadedByUserId))
    .where(eq(documents.caseId, caseId))
    .orderBy(desc(documents.uploadedAt), desc(documents.id));
  return rows.map(toMeta);
}

export async function findDocumentMeta(db: Db | Tx, caseId: string, documentId: string): Promise<DocumentMeta | undefined> {
  const [row] = await db
    .select(metaColumns)
    .from(documents)
    .innerJoin(users, eq(users.id, documents.uploadedByUserId))
    .where(and(eq(documents.caseId, caseId), eq(documents.id, documentId)));
  return row ? toMeta(row) : undefined;
}

// The bytes cross the driver as hex text, which both drivers move natively. PGlite's own bytea
// conversion goes byte by byte in JavaScript: some 15 seconds for a 20 MB document each way.
const contentAsHex = sql<string>`encode(${documentContents.content}, 'hex')`;
const contentFromHex = (content: Buffer) => sql`decode(${content.toString('hex')}, 'hex')`;

/** The document's bytes with what a download needs, if it belongs to the case. */
export async function findDocumentContent(db: Db | Tx, caseId: string, documentId: string) {
  const [row] = await db
    .select({ id: documents.id, fileName: documents.fileName, mediaType: documents.mediaType, hex: contentAsHex })
    .from(documents)
    .innerJoin(documentContents, eq(documentContents.documentId, documents.id))
    .where(and(eq(documents.caseId, caseId), eq(documents.id, documentId)));
  if (!row) return undefined;
  const { hex, ...meta } = row;
  return { ...meta, content: Buffer.from(hex, 'hex') };
}

export interface NewDocument {
  caseId: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  content: Buffer;
  uploadedByUserId: string;
}

/** Stores the metadata and, in its own table, the bytes. */
export async function insertDocument(tx: Tx, d: NewDocument): Promise<string> {
  const [row] = await tx
    .insert(documents)
    .values({
      caseId: d.caseId,
      fileName: d.fileName,
      mediaType: d.mediaType,
      sizeBytes: d.content.length,
      sha256: d.sha256,
      uploadedByUserId: d.uploadedByUserId,
    })
    .returning({ id: documents.id });
  await tx.insert(documentContents).values({ documentId: row!.id, content: contentFromHex(d.content) });
  return row!.id;
}
