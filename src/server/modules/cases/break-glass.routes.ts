import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { breakGlassEvent, breakGlassGrant, breakGlassInput } from '../../../shared/schemas/cases.ts';
import { pageQuery, problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { breakTheGlass, listBreakGlassEvents } from './break-glass.service.ts';
import { casesPolicy } from './cases.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem };

const breakGlassEventPage = z.object({
  items: z.array(breakGlassEvent),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** Break the glass, and the auditors' review of it (DESIGN.md §6). */
export const breakGlassRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.post(
    '/break-glass',
    {
      config: { access: casesPolicy.route('breakGlass') },
      schema: {
        tags: ['cases'],
        summary: 'Open a case outside my scope for 4 hours, with a written reason (needs a recent re-authentication)',
        description:
          'Answers 403 with the re-authentication problem type when the sign-in is older than 5 minutes, 404 for an unknown reference, and 409 when the caller already sees the case without emergency access (no grant is made).',
        body: breakGlassInput,
        response: { 201: breakGlassGrant, ...errors, 404: problem, 409: problem },
      },
    },
    async (request, reply) => reply.code(201).send(await breakTheGlass(db, actorContextOf(request), request.body)),
  );

  app.get(
    '/audit/break-glass',
    {
      config: { access: casesPolicy.route('reviewBreakGlass') },
      schema: {
        tags: ['audit'],
        summary: 'Break-the-glass events for review, newest first',
        querystring: pageQuery,
        response: { 200: breakGlassEventPage, ...errors },
      },
    },
    async (request) => listBreakGlassEvents(db, actorContextOf(request), request.query),
  );
};
