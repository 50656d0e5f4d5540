import { createHash } from 'node:crypto';
import type { DocumentList, DocumentMeta } from '../../../shared/schemas/documents.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { HttpProblem, badRequest, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { requireCaseAccess } from '../cases/case-access.policy.ts';
import { allowedDocumentTypes, cleanFileName, detectDocumentType, nameForType } from './document-types.ts';
import { findDocumentContent, findDocumentMeta, insertDocument, listDocuments } from './documents.queries.ts';

export async function listCaseDocuments(db: Db, ctx: ActorContext, unverifiedCaseId: string): Promise<DocumentList> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const items = await listDocuments(db, access.caseId);
  await recordAudit(db, ctx, { action: 'document.list', subjectId: access.caseId, details: { documentIds: items.map((d) => d.id) } });
  return { items };
}

const fileNameMessages = {
  control_characters: 'the file name must not contain control characters',
  empty: 'the file name is empty',
  too_long: 'the file name is too long',
} as const;

const allowedList = Object.values(allowedDocumentTypes)
  .map((extensions) => extensions[0])
  .join(', ');

export interface Upload {
  unverifiedCaseId: string;
  /** The name the client gave, as sent. */
  fileName: string;
  content: Buffer;
  /** The Idempotency-Key, and the request it was sent with (method, URL and the content's hash). */
  idempotency: { key: string | undefined; fingerprintOf: (sha256: string) => string };
}

/**
 * Stores a document in the case. The type is read from the content against the allow-list; a
 * refused file leaves nothing behind but the audit event of the refusal. The stored name keeps
 * the client's name but takes an extension that matches the content.
 */
export async function uploadDocument(db: Db, ctx: ActorContext, upload: Upload): Promise<{ document: DocumentMeta; replayed: boolean }> {
  const access = await requireCaseAccess(db, ctx.actor, upload.unverifiedCaseId, 'uploadDocuments');
  const name = cleanFileName(upload.fileName);
  if (!name.ok) {
    throw badRequest('Invalid input: fileName', [{ field: 'fileName', code: name.code, message: fileNameMessages[name.code] }]);
  }
  if (upload.content.length === 0) {
    throw badRequest('The file is empty.', [{ field: 'body', code: 'too_small', message: 'the file is empty' }]);
  }
  const type = await detectDocumentType(upload.content);
  if (!type.allowed) {
    await recordAudit(db, ctx, {
      action: 'document.refused',
      subjectId: access.caseId,
      details: { sizeBytes: upload.content.length, detectedType: type.detected },
    });
    throw new HttpProblem(415, 'Unsupported Media Type', `Only these types of file may be uploaded: ${allowedList}. The content decides the type, not the name.`);
  }
  const sha256 = createHash('sha256').update(upload.content).digest('hex');
  return db.transaction(async (tx) => {
    const claim = { userId: ctx.actor.userId, key: upload.idempotency.key, fingerprint: upload.idempotency.fingerprintOf(sha256) };
    const { id, replayed } = await createOnce(tx, claim, async () => {
      const created = await insertDocument(tx, {
        caseId: access.caseId,
        fileName: nameForType(name.name, type.mediaType),
        mediaType: type.mediaType,
        sha256,
        content: upload.content,
        uploadedByUserId: ctx.actor.userId,
      });
      await recordAudit(tx, ctx, {
        action: 'document.upload',
        subjectId: access.caseId,
        details: { documentId: created, sizeBytes: upload.content.length, mediaType: type.mediaType },
      });
      return created;
    });
    const document = await findDocumentMeta(tx, access.caseId, id);
    if (!document) throw notFound('No such document.');
    if (replayed) {
      await recordAudit(tx, ctx, { action: 'document.list', subjectId: access.caseId, details: { documentIds: [id], idempotentReplay: true } });
    }
    return { document, replayed };
  });
}

/** The document's bytes, if it belongs to the case in the URL and the actor sees that case. */
export async function downloadDocument(db: Db, ctx: ActorContext, unverifiedCaseId: string, unverifiedDocumentId: string) {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const found = await findDocumentContent(db, access.caseId, unverifiedDocumentId);
  if (!found) throw notFound('No such document.');
  await recordAudit(db, ctx, { action: 'document.download', subjectId: access.caseId, details: { documentId: found.id } });
  return found;
}
