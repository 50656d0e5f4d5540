import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import { caseCreateInput, caseDetail, caseListPage, caseListQuery } from '../../../shared/schemas/cases.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
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
        response: { 201: caseDetail, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createCase(db, actorContextOf(request), request.body);
      return reply.code(201).header('location', `/api/cases/${created.id}`).send(created);
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
    async (request) => getCase(db, actorContextOf(request), request.params.caseId),
  );
};
