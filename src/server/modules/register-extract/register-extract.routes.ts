import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import { extractJsonInput, extractPdfInput, extractSearchInput, extractSearchResult, registerExtract } from '../../../shared/schemas/register-extract.ts';
import { registerExtractFileName } from '../../../shared/register-extract-file.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { deliverJson, deliverPdf, searchPersons } from './register-extract.service.ts';
import { registerExtractPolicy } from './register-extract.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 429: problem };
const params = z.object({ personId: z.uuid() });

/** The data protection officer's register extracts (GDPR Art. 15): search, then deliver as JSON or PDF. */
export const registerExtractRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, keyring }) => {
  app.post(
    '/register-extracts/search',
    {
      config: { access: registerExtractPolicy.route('search') },
      schema: {
        tags: ['register-extract'],
        summary: 'Find the persons a register extract is about, by personal identity number or exact full name (keyed hashes; audited without the value)',
        body: extractSearchInput,
        response: { 200: extractSearchResult, ...errors },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return searchPersons(db, keyring, actorContextOf(request), request.body);
    },
  );

  app.post(
    '/register-extracts/persons/:personId',
    {
      config: { access: registerExtractPolicy.route('extractJson') },
      schema: {
        tags: ['register-extract'],
        summary: 'The register extract of one person as JSON (schema version 1), after the second-factor code again; audited as delivered',
        params,
        body: extractJsonInput,
        response: { 200: registerExtract, ...errors },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return deliverJson(db, keyring, actorContextOf(request), request.params.personId, request.body);
    },
  );

  app.post(
    '/register-extracts/persons/:personId/pdf',
    {
      config: { access: registerExtractPolicy.route('extractPdf') },
      schema: {
        tags: ['register-extract'],
        summary: "The register extract of one person as a tagged PDF encrypted with the officer's password, after the second-factor code again; audited as delivered",
        params,
        body: extractPdfInput,
        response: { 200: z.unknown().describe('The encrypted PDF'), ...errors },
      },
    },
    async (request, reply) => {
      const pdf = await deliverPdf(db, keyring, actorContextOf(request), request.params.personId, request.body);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${registerExtractFileName('pdf', new Date())}"`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
