import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { phaseMoveInput, supportProcessState } from '../../../shared/schemas/support-process.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import { getSupportProcess, movePhase } from './support-process.service.ts';
import { supportProcessPolicy } from './support-process.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const params = z.object({ caseId: z.uuid() });

/** The support process of a case: where it stands, and moves between phases (DESIGN.md §4). */
export const supportProcessRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(
    '/cases/:caseId/support-process',
    {
      config: { access: supportProcessPolicy.route('read') },
      schema: {
        tags: ['support-process'],
        summary: "The case's phase, checklists, what the next phase lacks, and the phase history",
        params,
        response: { 200: supportProcessState, ...errors },
      },
    },
    async (request, reply) => {
      const state = await getSupportProcess(db, actorContextOf(request), request.params.caseId);
      // The ETag is the case's version: what a move sends back in If-Match.
      sendVersion(reply, state.caseVersion);
      return state;
    },
  );

  app.post(
    '/cases/:caseId/phase',
    {
      config: { access: supportProcessPolicy.route('movePhase'), ifMatch: true },
      schema: {
        tags: ['support-process'],
        summary: 'Move the case to another phase',
        description:
          'Forward to the next phase or to closed; back to an earlier phase, or reopen a closed case, with a reason. ' +
          "Send the case's version in If-Match. Answers the new process state; 422 lists each thing the move lacks. " +
          'Closing a case whose person has protected identity answers 202: the closing waits for a national coordinator to approve it (pendingClosureApproval).',
        params,
        body: phaseMoveInput,
        response: { 200: supportProcessState, 202: supportProcessState, ...errors, 409: problem, 412: problem, 422: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const expectedVersion = expectedVersionOf(request);
      const state = await movePhase(db, actorContextOf(request), request.params.caseId, request.body, expectedVersion, config.smtpUrl !== undefined);
      sendVersion(reply, state.caseVersion);
      const waits = request.body.to === 'closed' && state.phase !== 'closed' && state.pendingClosureApproval !== null;
      return reply.code(waits ? 202 : 200).send(state);
    },
  );
};
