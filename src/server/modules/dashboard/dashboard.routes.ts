import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problem } from '../../../shared/schemas/common.ts';
import { dashboard, dashboardQuery } from '../../../shared/schemas/dashboard.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { readDashboard } from './dashboard.service.ts';
import { dashboardPolicy } from './dashboard.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem };

export const dashboardRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/dashboard',
    {
      config: { access: dashboardPolicy.route('read') },
      schema: {
        tags: ['consultations'],
        summary: "The coordinator's figures for their region (or every region): open by age, overdue, own queue, new today, calls today",
        querystring: dashboardQuery,
        response: { 200: dashboard, ...errors },
      },
    },
    async (request) => readDashboard(db, actorContextOf(request), request.query),
  );
};
