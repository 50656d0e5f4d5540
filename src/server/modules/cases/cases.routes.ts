import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import { caseCreateInput, caseDetail, caseListPage, caseListQuery } from '../../../shared/schemas/cases.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { idempotencyHeaders, idempotencyKeyOf, requestFingerprint } from '../../platform/idempotency.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { sendVersion } from '../../platform/versions.ts';
import { caseCreatorRoles, caseRoles } from './cases.policy.ts';
import { createCase, getCase, listCasesFor } from './cases.service.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

export const caseRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/cases',
    {
      config: { access: { roles: caseRoles } },
      schema: {
        tags: ['cases'],
        summary: 'Cases the caller may see, a page at a time',
        querystring: caseListQuery,
        response: { 200: caseListPage, ...errors },
      },
    },
    async (request) => listCasesFor(db, actorContextOf(request), request.query),
  );

  app.post(
    '/cases',
    {
      config: { access: { roles: caseCreatorRoles } },
      schema: {
        tags: ['cases'],
        summary: 'Open a case for an exposed person',
        body: caseCreateInput,
        headers: idempotencyHeaders,
        response: { 200: caseDetail, 201: caseDetail, ...errors, 422: problem },
      },
    },
    async (request, reply) => {
      const { detail, replayed } = await createCase(db, actorContextOf(request), request.body, {
        key: idempotencyKeyOf(request),
        fingerprint: requestFingerprint(request),
      });
      sendVersion(reply, detail.version);
      return reply
        .code(replayed ? 200 : 201)
        .header('location', `/api/cases/${detail.id}`)
        .send(detail);
    },
  );

  app.get(
    '/cases/:caseId',
    {
      config: { access: { roles: caseRoles } },
      schema: {
        tags: ['cases'],
        summary: 'One case, if the caller may see it',
        params: z.object({ caseId: z.uuid() }),
        response: { 200: caseDetail, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await getCase(db, actorContextOf(request), request.params.caseId);
      sendVersion(reply, detail.version);
      return detail;
    },
  );
};
