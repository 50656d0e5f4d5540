import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import { measure, measureCreateInput, measureList, measureParams, measureUpdateInput } from '../../../shared/schemas/measures.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import { changeMeasure, createMeasure, listCaseMeasures } from './measures.service.ts';
import { measuresPolicy } from './measures.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const caseParams = z.object({ caseId: z.uuid() });

/** The case's support and protection measures (insatser): list, record, change. */
export const measureRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/cases/:caseId/measures',
    {
      config: { access: measuresPolicy.route('list') },
      schema: {
        tags: ['measures'],
        summary: "The case's measures",
        params: caseParams,
        response: { 200: measureList, ...errors },
      },
    },
    async (request) => listCaseMeasures(db, actorContextOf(request), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/measures',
    {
      config: { access: measuresPolicy.route('create') },
      schema: {
        tags: ['measures'],
        summary: 'Record a measure; a reflection-period permit gets its end date (decision + 30 days) from the server',
        params: caseParams,
        body: measureCreateInput,
        headers: idempotencyHeaders,
        response: { 200: measure, 201: measure, ...errors, 422: problem },
      },
    },
    async (request, reply) => {
      const { caseId } = request.params;
      const { measure: created, replayed } = await createMeasure(db, actorContextOf(request), caseId, request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      sendVersion(reply, created.version);
      return reply
        .code(replayed ? 200 : 201)
        .header('location', `/api/cases/${caseId}/measures/${created.id}`)
        .send(created);
    },
  );

  app.patch(
    '/cases/:caseId/measures/:measureId',
    {
      config: { access: measuresPolicy.route('update'), ifMatch: true },
      schema: {
        tags: ['measures'],
        summary: 'Change a measure; send the version last read in If-Match',
        params: measureParams,
        body: measureUpdateInput,
        response: { 200: measure, ...errors, 412: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const expectedVersion = expectedVersionOf(request);
      const { caseId, measureId } = request.params;
      const updated = await changeMeasure(db, actorContextOf(request), caseId, measureId, expectedVersion, request.body);
      sendVersion(reply, updated.version);
      return updated;
    },
  );
};
