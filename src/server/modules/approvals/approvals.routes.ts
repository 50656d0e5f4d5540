import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { approval, approvalCount, approvalDecisionInput, approvalParams, approvalQuery, approvalWithdrawInput } from '../../../shared/schemas/approvals.ts';
import { problem } from '../../../shared/schemas/common.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { expectedVersionOf, sendVersion } from '../../platform/versions.ts';
import { countApprovals, decide, listApprovalsFor, withdraw } from './approvals.service.ts';
import { approvalsPolicy } from './approvals.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const decisionErrors = { ...errors, 409: problem, 412: problem, 422: problem, 428: problem };
const tags = ['approvals'];

/** Actions held for a second person: closing a protected-identity case, a transfer across regions. */
export const approvalRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const emailed = config.smtpUrl !== undefined;

  app.get(
    '/approvals',
    {
      config: { access: approvalsPolicy.route('list') },
      schema: { tags, summary: 'Requests waiting for a second person (national coordinators)', querystring: approvalQuery, response: { 200: z.array(approval), ...errors } },
    },
    async (request) => listApprovalsFor(db, actorContextOf(request), request.query.status),
  );

  app.get(
    '/approvals/count',
    {
      config: { access: approvalsPolicy.route('count') },
      schema: { tags, summary: 'How many requests wait for a decision', response: { 200: approvalCount, ...errors } },
    },
    async () => countApprovals(db),
  );

  for (const decision of ['approve', 'reject'] as const) {
    app.post(
      `/approvals/:approvalId/${decision}`,
      {
        config: { access: approvalsPolicy.route(decision), ifMatch: true },
        schema: {
          tags,
          summary: decision === 'approve' ? 'Approve a request: the held action runs now' : 'Reject a request',
          description: 'A national coordinator who did not ask (403 for the requester); a reason is required. Needs If-Match.',
          params: approvalParams,
          body: approvalDecisionInput,
          response: { 200: approval, ...decisionErrors },
        },
      },
      async (request, reply) => {
        const decided = await decide(
          db,
          actorContextOf(request),
          request.params.approvalId,
          decision,
          () => expectedVersionOf(request),
          request.body.reason,
          emailed,
        );
        sendVersion(reply, decided.version);
        return decided;
      },
    );
  }

  app.post(
    '/approvals/:approvalId/withdraw',
    {
      config: { access: approvalsPolicy.route('withdraw'), ifMatch: true },
      schema: {
        tags,
        summary: 'Withdraw a pending request: it can no longer be approved',
        description:
          'The one who asked, or for a transfer whoever may revoke it (the transfer is then revoked too); a reason is required. ' +
          'Others: 404 (403 for a national coordinator). 409 once decided or withdrawn. Needs If-Match.',
        params: approvalParams,
        body: approvalWithdrawInput,
        response: { 200: approval, ...decisionErrors },
      },
    },
    async (request, reply) => {
      const withdrawn = await withdraw(db, actorContextOf(request), request.params.approvalId, () => expectedVersionOf(request), request.body.reason, emailed);
      sendVersion(reply, withdrawn.version);
      return withdrawn;
    },
  );
};
