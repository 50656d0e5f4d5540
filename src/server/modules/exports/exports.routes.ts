import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import { exportAccepted, exportRequestInput, exportState } from '../../../shared/schemas/exports.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import type { ExportWorker } from './export-worker.ts';
import { downloadExport, readExportState, requestExport } from './exports.service.ts';
import { exportsPolicy } from './exports.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const exportParams = z.object({ exportId: z.uuid() });

/** Exports of lists: ask (with the code again), follow the job, fetch the file within its hour. */
export const exportRoutes: FastifyPluginAsyncZod<AppDeps & { exportWorker: ExportWorker }> = async (app, { db, keyring, exportWorker }) => {
  app.post(
    '/exports',
    {
      config: { access: exportsPolicy.route('request') },
      schema: {
        tags: ['exports'],
        summary: 'Export a list as CSV or password-encrypted XLSX, or a case summary as an encrypted PDF, as a background job (needs the second-factor code again)',
        description:
          'The case list holds pseudonymised fields only and may be CSV; XLSX is encrypted with the password (Agile AES-256), PDF with AES-256. Answers 202 with the id to follow; 403 when the code is wrong (nothing is queued); 404 for a case summary of a case outside the caller\'s scope; 429 after repeated wrong codes.',
        body: exportRequestInput,
        response: { 202: exportAccepted, ...errors, 429: problem },
      },
    },
    async (request, reply) => reply.code(202).send(await requestExport(db, keyring, exportWorker, actorContextOf(request), request.body)),
  );

  app.get(
    '/exports/:exportId',
    {
      config: { access: exportsPolicy.route('readStatus') },
      schema: {
        tags: ['exports'],
        summary: "Where the caller's own export stands: status, progress, row count, when the file expires",
        params: exportParams,
        response: { 200: exportState, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return readExportState(db, actorContextOf(request), request.params.exportId);
    },
  );

  app.get(
    '/exports/:exportId/file',
    {
      config: { access: exportsPolicy.route('download') },
      // A HEAD would decrypt the file and be audited as a download for nothing.
      exposeHeadRoute: false,
      schema: {
        tags: ['exports'],
        summary: "The caller's own finished export as an attachment; 410 once its hour has passed",
        params: exportParams,
        response: { 200: z.unknown().describe('The CSV, encrypted XLSX or encrypted PDF file'), ...errors, 409: problem, 410: problem },
      },
    },
    async (request, reply) => {
      const found = await downloadExport(db, keyring, actorContextOf(request), request.params.exportId);
      return reply
        .type(found.contentType)
        .header('content-disposition', `attachment; filename="${found.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('cache-control', 'no-store')
        .send(found.file);
    },
  );
};
