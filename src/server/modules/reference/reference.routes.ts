import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { geography } from '../../../shared/schemas/reference.ts';
import { loadReferenceData } from '../../db/reference-data.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { referencePolicy } from './reference.policy.ts';

export const referenceRoutes: FastifyPluginAsyncZod<AppDeps> = async (app) => {
  app.get(
    '/reference/geography',
    {
      // Public facts (SCB codes and police regions), also needed by the public intake form.
      config: { access: referencePolicy.route('readGeography') },
      schema: {
        tags: ['reference'],
        summary: 'Police regions, counties and municipalities',
        response: { 200: geography },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return loadReferenceData();
    },
  );
};
