import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseLink, caseLinkInput } from '../../../shared/schemas/cases.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { addCaseLink, listCaseLinks, removeCaseLink } from './case-links.service.ts';
import { casesPolicy } from './cases.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ['cases'];

/** Linked cases: the same investigation, the same exploitation situation, the same person. */
export const caseLinkRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/cases/:caseId/links',
    {
      config: { access: casesPolicy.route('listLinks') },
      schema: {
        tags,
        summary: 'The cases linked to this one that the caller may see',
        params: z.object({ caseId: z.uuid() }),
        response: { 200: z.array(caseLink), ...errors },
      },
    },
    async (request) => listCaseLinks(db, actorContextOf(request), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/links',
    {
      config: { access: casesPolicy.route('addLink') },
      schema: {
        tags,
        summary: 'Link another case, by its reference number, to this one',
        params: z.object({ caseId: z.uuid() }),
        body: caseLinkInput,
        response: { 201: caseLink, ...errors, 409: problem },
      },
    },
    async (request, reply) => {
      const link = await addCaseLink(db, actorContextOf(request), request.params.caseId, request.body);
      return reply.code(201).send(link);
    },
  );

  app.delete(
    '/cases/:caseId/links/:linkId',
    {
      config: { access: casesPolicy.route('removeLink') },
      schema: {
        tags,
        summary: 'Remove a link between two cases',
        params: z.object({ caseId: z.uuid(), linkId: z.uuid() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeCaseLink(db, actorContextOf(request), request.params.caseId, request.params.linkId);
      return reply.code(204).send(null);
    },
  );
};
