import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { healthPolicy } from './health.policy.ts';

const status = z.object({ status: z.enum(['ok', 'unavailable']) });

/** Liveness says the process answers; readiness also asks the database. Public, no data. */
export const healthRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/health/live',
    { config: { access: healthPolicy.route('live') }, schema: { tags: ['system'], summary: 'The process is up', response: { 200: status } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/health/ready',
    {
      config: { access: healthPolicy.route('ready') },
      schema: { tags: ['system'], summary: 'The process can serve requests', response: { 200: status, 503: status } },
    },
    async (request, reply) => {
      try {
        await database.ping();
        return { status: 'ok' as const };
      } catch (error) {
        request.log.warn({ err: error }, 'database not ready');
        return reply.code(503).send({ status: 'unavailable' as const });
      }
    },
  );
};
