import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseFlag, caseFlagInput, caseFlagParams, caseFlagSummary, caseFlagsQuery } from '../../../shared/schemas/case-flags.ts';
import { problem, uuid } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf } from '../../platform/versions.ts';
import { listCaseFlags, listFlagsForCases, raiseFlag, removeFlag } from './case-flags.service.ts';
import { caseFlagsPolicy } from './case-flags.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ['case flags'];
const caseParams = z.object({ caseId: uuid });

/** Flags on a case: risk to the person, risk to staff, urgent; shown until removed. */
export const caseFlagRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const emailed = config.smtpUrl !== undefined;

  app.get(
    '/cases/:caseId/flags',
    {
      config: { access: caseFlagsPolicy.route('list') },
      schema: { tags, summary: "The case's flags, oldest first", params: caseParams, response: { 200: z.array(caseFlag), ...errors } },
    },
    async (request) => listCaseFlags(db, actorContextOf(request), request.params.caseId),
  );

  app.get(
    '/case-flags',
    {
      config: { access: caseFlagsPolicy.route('listForCases') },
      schema: {
        tags,
        summary: 'The flags of several cases (the case list); cases outside your scope answer nothing',
        querystring: caseFlagsQuery,
        response: { 200: z.array(caseFlagSummary), ...errors },
      },
    },
    async (request) => listFlagsForCases(db, actorContextOf(request), request.query.caseIds),
  );

  app.post(
    '/cases/:caseId/flags',
    {
      config: { access: caseFlagsPolicy.route('raise') },
      schema: {
        tags,
        summary: 'Raise a flag on the case',
        description: 'dueOn is a calendar date (YYYY-MM-DD), stored and answered as the same date in every time zone.',
        params: caseParams,
        body: caseFlagInput,
        response: { 201: caseFlag, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await raiseFlag(db, actorContextOf(request), request.params.caseId, request.body, emailed)),
  );

  app.delete(
    '/cases/:caseId/flags/:flagId',
    {
      config: { access: caseFlagsPolicy.route('remove'), ifMatch: true },
      schema: {
        tags,
        summary: 'Remove a flag from the case; its notification goes with it',
        description: 'Needs If-Match.',
        params: caseFlagParams,
        response: { 204: z.null(), ...errors, 412: problem, 428: problem },
      },
    },
    async (request, reply) => {
      await removeFlag(db, actorContextOf(request), request.params.caseId, request.params.flagId, () => expectedVersionOf(request));
      return reply.code(204).send(null);
    },
  );
};
