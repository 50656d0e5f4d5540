import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problem } from '../../../shared/schemas/common.ts';
import { caseDeadlinesParams, deadlineList } from '../../../shared/schemas/deadlines.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { listCaseDeadlines } from './deadlines.service.ts';
import { deadlinesPolicy } from './deadlines.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

export const deadlineRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/cases/:caseId/deadlines',
    {
      config: { access: deadlinesPolicy.route('list') },
      schema: {
        tags: ['cases'],
        summary: "The case's watched deadlines (tasks, reflection period, residence permit), earliest first",
        params: caseDeadlinesParams,
        response: { 200: deadlineList, ...errors },
      },
    },
    async (request) => listCaseDeadlines(db, actorContextOf(request), request.params.caseId),
  );
};
