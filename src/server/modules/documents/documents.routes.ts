import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { limits } from '../../../shared/limits.ts';
import { problem } from '../../../shared/schemas/common.ts';
import { documentList, documentMeta, documentParams, documentUploadQuery } from '../../../shared/schemas/documents.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf } from '../../platform/idempotency.ts';
import { fileBodyType } from '../../platform/openapi-transform.ts';
import { HttpProblem } from '../../platform/problems.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { attachmentDisposition } from './document-types.ts';
import { downloadDocument, listCaseDocuments, uploadDocument } from './documents.service.ts';
import { documentsPolicy } from './documents.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const caseParams = z.object({ caseId: z.uuid() });

/**
 * What an Idempotency-Key was used for: the method, the route, the URL (case and file name) and
 * the hash of the content. The platform's fingerprint serialises the body as JSON, which for up to
 * 20 MB of bytes would be slow and large.
 */
function uploadFingerprint(request: FastifyRequest, sha256: string): string {
  return createHash('sha256')
    .update(`${request.method} ${request.routeOptions.url ?? ''} ${request.url}\n${sha256}`)
    .digest('base64url');
}

/** The case's documents: metadata lists, uploads checked by content, audited downloads. */
export const documentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  // Raw bytes, for the upload route only: this plugin is encapsulated, so no other route takes
  // application/octet-stream. The authentication hook (with its cross-site check) runs on
  // onRequest, before any body is read.
  app.addContentTypeParser(fileBodyType, { parseAs: 'buffer', bodyLimit: limits.documentBytesMax }, (_request, body, done) => {
    done(null, body);
  });

  app.get(
    '/cases/:caseId/documents',
    {
      config: { access: documentsPolicy.route('list') },
      schema: {
        tags: ['documents'],
        summary: "The case's documents: metadata only, never the content",
        params: caseParams,
        response: { 200: documentList, ...errors },
      },
    },
    async (request) => listCaseDocuments(db, actorContextOf(request), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/documents',
    {
      config: { access: documentsPolicy.route('upload') },
      bodyLimit: limits.documentBytesMax,
      schema: {
        tags: ['documents'],
        summary: 'Upload a document: the body is the file (application/octet-stream), at most 20 MB',
        description:
          'The type is detected from the content and must be PDF, PNG, JPEG, DOCX, XLSX or ODT (415 otherwise); ' +
          'over 20 MB answers 413. The file name goes in the query string.',
        consumes: [fileBodyType],
        params: caseParams,
        querystring: documentUploadQuery,
        headers: idempotencyHeaders,
        response: { 200: documentMeta, 201: documentMeta, ...errors, 413: problem, 415: problem, 422: problem },
      },
    },
    async (request, reply) => {
      const { caseId } = request.params;
      const content: unknown = request.body;
      if (!Buffer.isBuffer(content)) {
        // A JSON or other body: a file is sent as application/octet-stream.
        throw new HttpProblem(415, 'Unsupported Media Type', 'Send the file as application/octet-stream.');
      }
      const { document, replayed } = await uploadDocument(db, actorContextOf(request), {
        unverifiedCaseId: caseId,
        fileName: request.query.fileName,
        content,
        idempotency: { key: idempotencyKeyOf(request), fingerprintOf: (sha256) => uploadFingerprint(request, sha256) },
      });
      return reply
        .code(replayed ? 200 : 201)
        .header('location', `/api/cases/${caseId}/documents/${document.id}/content`)
        .send(document);
    },
  );

  app.get(
    '/cases/:caseId/documents/:documentId/content',
    {
      config: { access: documentsPolicy.route('download') },
      // A HEAD would read the bytes and be audited as a download for nothing.
      exposeHeadRoute: false,
      schema: {
        tags: ['documents'],
        summary: "The document's bytes, as an attachment, with the media type detected on upload",
        params: documentParams,
        // The bytes themselves, sent as they are: a Buffer skips the JSON serializer.
        response: { 200: z.unknown().describe('The file, with Content-Type the detected media type'), ...errors },
      },
    },
    async (request, reply) => {
      const { caseId, documentId } = request.params;
      const found = await downloadDocument(db, actorContextOf(request), caseId, documentId);
      return reply
        .type(found.mediaType)
        .header('content-disposition', attachmentDisposition(found.fileName))
        .header('x-content-type-options', 'nosniff')
        // Should the browser render it after all, it gets no scripts, no origin and no fetches.
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('cache-control', 'no-store')
        .send(found.content);
    },
  );
};
