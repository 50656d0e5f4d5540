import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import { notSameInput, possibleDuplicateList, samePersonInput } from '../../../shared/schemas/duplicates.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { listPossibleDuplicates, markNotSame, markSamePerson } from './duplicates.service.ts';
import { duplicatesPolicy } from './duplicates.policy.ts';

const params = z.object({ caseId: z.uuid() });
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

export const duplicateRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const deps = { db, emailNotifications: config.smtpUrl !== undefined };

  app.get(
    '/cases/:caseId/duplicates',
    {
      config: { access: duplicatesPolicy.route('list') },
      schema: {
        tags: ['duplicates'],
        summary: 'Possible duplicates of the case\'s person: other cases in your scope whose identity may be the same person (a hint, never a merge)',
        params,
        response: { 200: possibleDuplicateList, ...errors },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return listPossibleDuplicates(db, actorContextOf(request), request.params.caseId);
    },
  );

  app.post(
    '/cases/:caseId/duplicates/same-person',
    {
      config: { access: duplicatesPolicy.route('markSamePerson') },
      schema: {
        tags: ['duplicates'],
        summary: 'Link a possible duplicate as the same person: the cases are linked and both lead coordinators told',
        params,
        body: samePersonInput,
        response: { 200: possibleDuplicateList, 409: problem, ...errors },
      },
    },
    async (request) => markSamePerson(deps, actorContextOf(request), request.params.caseId, request.body),
  );

  app.post(
    '/cases/:caseId/duplicates/not-same',
    {
      config: { access: duplicatesPolicy.route('markNotSame') },
      schema: {
        tags: ['duplicates'],
        summary: 'Mark a possible duplicate as not the same person, with the reason; it is no longer suggested',
        params,
        body: notSameInput,
        response: { 200: possibleDuplicateList, 409: problem, ...errors },
      },
    },
    async (request) => markNotSame(deps, actorContextOf(request), request.params.caseId, request.body),
  );
};
