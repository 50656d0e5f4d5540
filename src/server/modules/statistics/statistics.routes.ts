import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problem } from '../../../shared/schemas/common.ts';
import { statistics, statisticsQuery } from '../../../shared/schemas/statistics.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { statisticsPolicy } from './statistics.policy.ts';
import { readStatistics } from './statistics.service.ts';

const errors = { 400: problem, 401: problem, 403: problem };

export const statisticsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/statistics',
    {
      config: { access: statisticsPolicy.route('read') },
      schema: {
        tags: ['statistics'],
        summary:
          'Statistics by quarter for the caller\'s regions (new cases, forms of exploitation, gender and age, citizenship, phases, consultations, calls, returns, median days), after disclosure control: counts of 1–4 and the cells that would reveal them are { suppressed: true }',
        querystring: statisticsQuery,
        response: { 200: statistics, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return readStatistics(db, actorContextOf(request), request.query);
    },
  );
};
